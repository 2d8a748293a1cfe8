/**
 * The route table (src/lib/urls.ts) and the page files (src/pages/) name the same pages: every
 * route is made by a page file (or a route an integration injects: the downloads), every page
 * file by a route. Adding a route is one entry in the table plus its page; a page without a
 * route, or a route without a page, fails here.
 */
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadRoutes } from '../../src/integrations/downloads';
import { files, paths, ROUTE_SAMPLES } from '../../src/lib/urls';
import { filesBelow, ROOT } from '../helpers/fixtures';

const PAGES = join(ROOT, 'src', 'pages');

/**
 * The address a page file answers, as Astro builds it (format 'directory'): `over.astro` ->
 * `/over/`, `data/index.astro` -> `/data/`, `wijzigingen.xml.ts` -> `/wijzigingen.xml`,
 * `[id].astro` -> any one segment, `404.astro` -> `/404.html`.
 */
function pagePattern(file: string): RegExp {
  const rel = relative(PAGES, file).split(sep).join('/');
  const segment = (s: string) =>
    s
      .split(/(\[[^\]]+\])/)
      .map((p) => (/^\[.+\]$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|\\]/g, '\\$&')))
      .join('');
  let path: string;
  if (rel === '404.astro') path = '/404\\.html';
  else if (rel.endsWith('.astro')) {
    const parts = rel.replace(/\.astro$/, '').split('/');
    if (parts.at(-1) === 'index') parts.pop();
    path = `/${parts.map(segment).join('/')}${parts.length ? '/' : ''}`;
  } else path = `/${rel.replace(/\.ts$/, '').split('/').map(segment).join('/')}`;
  return new RegExp(`^${path}$`);
}

const pageFiles = filesBelow(PAGES, /\.(astro|ts)$/);
const patterns = pageFiles.map((f) => ({ file: relative(ROOT, f), re: pagePattern(f) }));
/** The routes the downloads integration injects: static file names, each answered as written. */
const injected = downloadRoutes().map((r) => ({
  file: `${r.entrypoint} (${r.pattern})`,
  re: new RegExp(`^${r.pattern.replace(/[.*+?^${}()|\\]/g, '\\$&')}$`),
}));
const made = [...patterns, ...injected];

/** Every address the route table makes for its sample values, without query or fragment. */
function addresses(table: Record<string, (...args: never[]) => string>): { route: string; path: string }[] {
  const samples = ROUTE_SAMPLES as Record<string, readonly (readonly unknown[])[] | undefined>;
  return Object.entries(table).flatMap(([route, f]) =>
    (samples[route] ?? [[]]).map((args) => ({ route, path: f(...(args as never[])).replace(/[?#].*$/, '') })),
  );
}
const routes = addresses(paths);

describe('the route table and src/pages/', () => {
  it('reads page files as Astro does (the reading itself)', () => {
    expect(pagePattern(join(PAGES, 'over.astro')).test('/over/')).toBe(true);
    expect(pagePattern(join(PAGES, 'over.astro')).test('/over')).toBe(false);
    expect(pagePattern(join(PAGES, 'index.astro')).test('/')).toBe(true);
    expect(pagePattern(join(PAGES, 'initiatieven', '[id].astro')).test('/initiatieven/x/')).toBe(true);
    expect(pagePattern(join(PAGES, 'initiatieven', '[id].astro')).test('/initiatieven/')).toBe(false);
    expect(pagePattern(join(PAGES, 'voorbeeld', '[id].png.ts')).test('/voorbeeld/atlas.png')).toBe(true);
    expect(pagePattern(join(PAGES, 'data', 'initiatieven.csv.ts')).test('/data/initiatieven-csv')).toBe(false);
  });

  it('every route with a parameter says which values to check it with', () => {
    const missing = Object.entries(paths)
      .filter(([route, f]) => f.length > 0 && !(ROUTE_SAMPLES as Record<string, unknown>)[route])
      .map(([route]) => route);
    expect(missing).toEqual([]);
  });

  it('every route is made by a page file', () => {
    const orphans = routes.filter((r) => !made.some((p) => p.re.test(r.path))).map((r) => `${r.route}: ${r.path}`);
    expect(orphans).toEqual([]);
  });

  it('every page file has a route', () => {
    const unrouted = patterns.filter((p) => !routes.some((r) => p.re.test(r.path))).map((p) => p.file);
    expect(unrouted).toEqual([]);
  });

  it('every injected route is an address of the table (a download or a schema)', () => {
    const table = downloadRoutes()
      .map((r) => r.pattern.split('/').at(-1)!)
      .map((name) => [paths.download(name), paths.schemaFile(name as never)]);
    const stray = downloadRoutes()
      .filter((r, i) => !table[i]!.includes(r.pattern))
      .map((r) => r.pattern);
    expect(stray).toEqual([]);
  });

  it('no file route (public/, an integration) is a page', () => {
    const pages = addresses(files)
      .filter((r) => made.some((p) => p.re.test(r.path)))
      .map((r) => `${r.route}: ${r.path}`);
    expect(pages).toEqual([]);
  });
});
