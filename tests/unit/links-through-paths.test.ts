/**
 * Every internal link goes through the route table in src/lib/urls.ts, bound to the base path
 * once (the site model's `links`, or `linksFor` in a browser script): a path typed into a page
 * breaks the site under a base path or when a route is renamed, and nothing else would notice.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, linksFor, paths, ROUTE_SAMPLES } from '../../src/lib/urls';
import { filesBelow, ROOT } from '../helpers/fixtures';

/** The first path segment of every route in the table: `initiatieven`, `data`, `over`, `favicon.svg`, ... */
function routeWords(): string[] {
  const table: Record<string, (...args: never[]) => string> = { ...paths, ...files };
  const samples = ROUTE_SAMPLES as Record<string, readonly (readonly unknown[])[] | undefined>;
  const made = Object.entries(table).flatMap(([k, f]) => (samples[k] ?? [['x']]).map((args) => f(...(args as never[]))));
  return [...new Set(made.map((p) => p.split(/[/?#]/)[1]).filter((w): w is string => !!w))];
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A link made by hand: a quote, `${anything}` or a closing `}` followed by (a slash and) a
 * route's first segment and a slash or `#` ('/over/', `${base}admin/#`, href="/data/"); or the
 * base bound anywhere but the table (withBase, import.meta.env.BASE_URL).
 */
const TYPED_PATH = new RegExp(
  [
    String.raw`(?:['"\x60]\/|\$\{[^}]*\}\/?|\}\/?)(?:${routeWords().map(escape).join('|')})(?:[/#'"\x60]|$)`,
    String.raw`withBase\(`,
    String.raw`import\.meta\.env\.BASE_URL`,
  ].join('|'),
);

describe('links', () => {
  it('no page, layout, component or library module types an internal path or binds the base itself', () => {
    const found = filesBelow(join(ROOT, 'src'), /\.(ts|astro|mjs)$/)
      .filter((f) => !f.endsWith(join('lib', 'urls.ts')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [`${relative(ROOT, f)}:${i + 1}`, line] as const)
          .filter(([, line]) => TYPED_PATH.test(line))
          .map(([where]) => where),
      );
    expect(found).toEqual([]);
  });

  it('the pattern catches a typed path (the check itself)', () => {
    expect(TYPED_PATH.test("<a href={withBase(base, '/over/')}>")).toBe(true);
    expect(TYPED_PATH.test('<link href={`${base}favicon.svg`} />')).toBe(true);
    expect(TYPED_PATH.test("  { href: '/data/', label: 'Open data' },")).toBe(true);
    expect(TYPED_PATH.test("return `${base.endsWith('/') ? base : `${base}/`}admin/#/collections/${collection}`;")).toBe(true);
    expect(TYPED_PATH.test('    schema: `${siteUrl}data/schemas/${which}.schema.json`,')).toBe(true);
    expect(TYPED_PATH.test('<a href="/regio/utrecht/">')).toBe(true);
    expect(TYPED_PATH.test('const base = import.meta.env.BASE_URL;')).toBe(true);
    expect(TYPED_PATH.test('<a href={links.about()}>')).toBe(false);
    expect(TYPED_PATH.test("folder: 'data/initiatives',")).toBe(false);
  });

  it('filters on the map page are encoded, and every path works under a base path', () => {
    expect(linksFor('/atlas/').map({ organisatie: 'a&b', soort: 'civ' })).toBe('/atlas/?organisatie=a%26b&soort=civ');
    expect(linksFor('/atlas/').adminAsset('decap/decap-cms.js')).toBe('/atlas/admin/decap/decap-cms.js');
    expect(linksFor('/atlas').cmsEntry('initiatives', 'x')).toBe('/atlas/admin/#/collections/initiatives/entries/x');
    expect(linksFor('/').schemaFile('initiative.schema.json')).toBe('/data/schemas/initiative.schema.json');
    expect(linksFor('/atlas/').home()).toBe('/atlas/');
  });
});
