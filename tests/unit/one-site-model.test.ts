import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow, ROOT } from '../helpers/fixtures';

/**
 * The derived view of the dataset is built once, by buildSiteModel, and reached through
 * getSite (src/io/site.ts). These checks keep it that way: no second cache of data in a module,
 * no hand-over through globalThis, no page building its own look-ups.
 */
const SRC = join(ROOT, 'src');
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const sources = filesBelow(SRC, /\.(ts|mts|mjs|astro)$/).filter((p) => !p.endsWith('.generated.ts'));

/**
 * Module-level state that is not data of the dataset, each with why it may stay:
 * the browser modules load a file once per page view; the compiled validator and the schema
 * `$ref` look-ups depend only on the schemas; a worker keeps its one reply.
 */
const ALLOWED_MODULE_STATE = new Set([
  'src/components/cms/validate-entry.ts',
  'src/components/cms/location-widget.ts',
  // The place picker's map: MapLibre loaded once per page view, its React component made once.
  'src/components/map/picker-map.ts',
  'src/components/cms/picker-map-control.ts',
  'src/components/cms/preview.ts',
  'src/lib/schema/validator.ts',
  'src/lib/schema/schemas.ts',
  // Property names per schema node: they depend only on the schemas.
  'src/lib/yaml/order-by-schema.ts',
  // A region's answer object, and the answers for points outside every region per region set
  // object and point: a pure function's answers, dropped with the region set (issue #28).
  // Asked while the dataset is validated, before there is a site model to keep them in.
  'src/lib/regions/region-sets.ts',
  // Each polygon's edges in strips: derived from a region's geometry alone, dropped with it.
  'src/lib/regions/point-in-region.ts',
  'src/io/check-files-worker.ts',
  // What the html tag read from each template's own text (where each value goes): code, not data.
  'src/lib/html/template.ts',
  // The layout's header and footer markup per site model (the same on thousands of pages),
  // dropped with the model: a WeakMap keyed by it (issue #28).
  'src/lib/html/layout.ts',
]);

/** Top-level `let`, a top-level Map named as a memo, or any top-level WeakMap or WeakSet (only ever a memo), typed or not. */
const MODULE_STATE =
  /^(let |(export )?const \w*(memo|cache|Memo|Cache)\w*\s*(:[^=]+)?=\s*new (Weak)?Map\b|(export )?const \w+\s*(:[^=]+)?=\s*new Weak(Map|Set)\b)/m;

/** What a page would use to read or derive the data itself. */
const DIRECT_DATA =
  /from '[./]+\/(io\/)?dataset'|\b(loadDataset|getDataset|siteIndex|neighboursOf|regionNameIndex|buildExploreIndex|dataLastChanged)\(/;

describe('one site model, one accessor', () => {
  it('no module other than the accessor keeps state between calls', () => {
    const offenders = sources.filter((p) => !ALLOWED_MODULE_STATE.has(rel(p)) && MODULE_STATE.test(readFileSync(p, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('only src/io/site.ts uses globalThis', () => {
    const users = sources.filter((p) => /\bglobalThis\b/.test(readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(users.map(rel)).toEqual(['src/io/site.ts']);
  });

  it('pages reach the data through getSite only', () => {
    const pages = sources.filter((p) => /^src\/(pages|layouts|components)\//.test(rel(p)));
    const direct = pages.filter((p) => DIRECT_DATA.test(readFileSync(p, 'utf8')));
    expect(direct.map(rel)).toEqual([]);
  });

  it('the patterns above catch what they are for', () => {
    expect(MODULE_STATE.test('const x = 1;\nlet cached: string | undefined;')).toBe(true);
    expect(MODULE_STATE.test('const memo = new WeakMap<A, B>();')).toBe(true);
    expect(MODULE_STATE.test('const answered = new WeakMap<A, B>();')).toBe(true);
    expect(MODULE_STATE.test('const answered: WeakMap<A, B> = new WeakMap();')).toBe(true);
    expect(MODULE_STATE.test('export const seen = new WeakSet<A>();')).toBe(true);
    expect(MODULE_STATE.test('const pageCache: Map<string, string> = new Map();')).toBe(true);
    expect(MODULE_STATE.test("const LABELS = new Map([['a', 'b']]);")).toBe(false);
    expect(MODULE_STATE.test('function f() {\n  let n = 0;\n}')).toBe(false);
    expect(DIRECT_DATA.test("import { getDataset } from '../../dataset';")).toBe(true);
    expect(DIRECT_DATA.test("import { loadDataset } from '../../io/dataset';")).toBe(true);
    expect(DIRECT_DATA.test('const names = regionNameIndex(d.regionSets);')).toBe(true);
    expect(DIRECT_DATA.test("import { getSite } from '../../io/site';")).toBe(false);
  });
});
