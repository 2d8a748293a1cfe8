/**
 * A new download is one entry in the downloads table (src/lib/export/downloads.ts): the /data/
 * page, the portals' descriptions, the file's route and the file itself all come from it. The
 * downloads integration gives each entry its route, served by the one endpoint module; this
 * test shows that, and that no page file or hand-typed name goes around the table.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { downloadAt } from '../../src/io/download-endpoint';
import { DOWNLOAD_ENDPOINT, downloadRoutes } from '../../src/integrations/downloads';
import { DOWNLOAD_NAMES, DOWNLOADS, downloadBody, downloadFiles, downloadHref, type DownloadContext } from '../../src/lib/export/downloads';
import { FILE_FORMATS } from '../../src/lib/export/file-formats';
import { linksFor, PAGE_DATA_FILES } from '../../src/lib/urls';
import { filesBelow, ROOT, siteModelOf } from '../helpers/fixtures';

const PAGES = join(ROOT, 'src', 'pages');

describe('the downloads table is the one place a published file is described and made', () => {
  it('every entry gets one route at its address, all served by the one endpoint module', () => {
    const routes = downloadRoutes();
    expect(routes.map((r) => r.pattern)).toEqual(DOWNLOAD_NAMES.map(downloadHref));
    expect(new Set(routes.map((r) => r.entrypoint))).toEqual(new Set([DOWNLOAD_ENDPOINT]));
    expect(readFileSync(join(ROOT, DOWNLOAD_ENDPOINT), 'utf8')).toContain('export const GET');
  });

  it('the endpoint makes the file its path names, under any base path', () => {
    for (const base of ['/', '/atlas/']) {
      const links = linksFor(base);
      for (const name of DOWNLOAD_NAMES) expect(downloadAt(links.of(downloadHref(name)), links.of)).toBe(name);
      expect(() => downloadAt(links.of('/data/bestaat-niet.csv'), links.of)).toThrow(/No download is published at/);
    }
  });

  it('no page file under src/pages/data/ makes a download; the page data files each have one', () => {
    const endpoints = filesBelow(join(PAGES, 'data'), /\.ts$/).map((f) => relative(PAGES, f).replaceAll('\\', '/'));
    expect(endpoints.sort()).toEqual(PAGE_DATA_FILES.map((f) => `data/${f}.ts`).sort());
  });

  it('a download linked by name outside the table is a name in the table', () => {
    // `links.download('x')` and `paths.download('x')` take a plain string (the route table cannot
    // import the downloads table); every literal name in src/ must be one the table publishes.
    const named = filesBelow(join(ROOT, 'src'), /\.(ts|astro|mjs)$/).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\.download\('([^']+)'\)/g)].map((m) => ({ file: relative(ROOT, f), name: m[1]! })),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !(DOWNLOAD_NAMES as string[]).includes(n.name))).toEqual([]);
  });

  it('the /data/ page list is the table, in its order, with counts filled in', () => {
    const files = downloadFiles({ initiatives: 7, organisations: 3 });
    expect(files.map((f) => f.name)).toEqual(DOWNLOAD_NAMES);
    expect(files.find((f) => f.name === 'initiatieven.json')?.what).toContain('Alle 7 initiatieven');
    expect(files.find((f) => f.name === 'organisaties.json')?.what).toContain('Alle 3 organisaties');
    expect(files.find((f) => f.name === 'initiative.schema.json')?.href).toBe('/data/schemas/initiative.schema.json');
  });

  describe('each file, made from the bundled data', () => {
    let c: DownloadContext;
    beforeAll(async () => {
      const dataset = await loadDataset(join(ROOT, 'data'));
      c = {
        site: siteModelOf(dataset, '/atlas/'),
        siteUrl: 'https://atlas.example/atlas/',
        facts: {
          title: 'Samenwerkingsatlas',
          tagline: 'Regionale samenwerking',
          owner: { name: 'Redactie', email: 'r@example.org' },
          publisher: { name: 'Uitgever', url: 'https://uitgever.example/' },
          coverage: { name: 'Nederland', country: 'NLD', keywords: ['beroepsonderwijs'] },
        },
        now: new Date('2026-12-01T12:00:00Z'),
      };
    });

    it.each(DOWNLOAD_NAMES)('%s reads as its declared format', (name) => {
      const body = downloadBody(name, c);
      const format = DOWNLOADS[name].format;
      if (format === 'CSV') {
        expect(body.type).toMatch(/^text\/csv/);
        const delimiter = (DOWNLOADS[name] as { dialect?: { delimiter: string } }).dialect?.delimiter;
        expect(delimiter, `${name}: a CSV says its dialect`).toBeDefined();
        const rows: string[][] = parse(body.text.replace(/^\uFEFF/, ''), { delimiter: delimiter ?? ',' });
        expect(rows.length, `${name}: a header and rows`).toBeGreaterThan(1);
        expect(new Set(rows.map((r) => r.length)).size, `${name}: every row as wide as the header`).toBe(1);
      } else {
        expect(body.type.startsWith(FILE_FORMATS[format].mediaType) || body.type === 'application/schema+json').toBe(true);
        expect(() => JSON.parse(body.text)).not.toThrow();
      }
    });

    it('the files link to the pages under the base path', () => {
      const json = JSON.parse(downloadBody('initiatieven.json', c).text) as { initiatives: { id: string; url: string }[] };
      const first = json.initiatives[0]!;
      expect(first.url).toBe(`https://atlas.example/atlas/initiatieven/${first.id}/`);
    });
  });
});
