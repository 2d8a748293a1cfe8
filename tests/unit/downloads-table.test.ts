/**
 * A new download is one entry in the downloads table (src/lib/export/downloads.ts): the /data/
 * page, the portals' descriptions and the file itself all come from it. Astro needs one
 * endpoint file per file name (src/io/download-endpoint.ts says why); this test names a missing,
 * stray or hand-written one, so the table stays the one place that says what a file holds.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { DOWNLOAD_NAMES, DOWNLOADS, downloadBody, downloadFiles, downloadHref, type DownloadContext } from '../../src/lib/export/downloads';
import { FILE_FORMATS } from '../../src/lib/export/file-formats';
import { filesBelow, ROOT, siteModelOf } from '../helpers/fixtures';

const PAGES = join(ROOT, 'src', 'pages');
/** Data files the pages load themselves (the map, the filters): published, but not downloads. */
const PAGE_DATA = ['data/kaart.json.ts', 'data/verkenner.json.ts', 'data/regio.geojson.ts', 'data/achtergrond.geojson.ts'];

const endpointFile = (href: string) => join(PAGES, `${href.replace(/^\//, '')}.ts`);
const oneLine = (file: string, name: string) => {
  const up = relative(join(file, '..'), join(ROOT, 'src', 'io', 'download-endpoint')).replaceAll('\\', '/');
  return `import { serveDownload } from '${up}';\n\nexport const GET = serveDownload('${name}');\n`;
};

describe('the downloads table is the one place a published file is described and made', () => {
  it('each download has its endpoint file, and that file is the one line serving it', () => {
    for (const name of DOWNLOAD_NAMES) {
      const file = endpointFile(downloadHref(name));
      expect(readFileSync(file, 'utf8'), `${relative(ROOT, file)} is the one line for ${name}`).toBe(oneLine(file, name));
    }
  });

  it('every endpoint under src/pages/data/ is a download in the table or page data named here', () => {
    const endpoints = filesBelow(join(PAGES, 'data'), /\.ts$/).map((f) => relative(PAGES, f).replaceAll('\\', '/'));
    const downloads = DOWNLOAD_NAMES.map((n) => relative(PAGES, endpointFile(downloadHref(n))).replaceAll('\\', '/'));
    expect(endpoints.filter((e) => !downloads.includes(e) && !PAGE_DATA.includes(e))).toEqual([]);
    expect(PAGE_DATA.every((e) => endpoints.includes(e))).toBe(true);
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
        facts: { title: 'Samenwerkingsatlas', tagline: 'Regionale samenwerking', owner: { name: 'Redactie', email: 'r@example.org' } },
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
