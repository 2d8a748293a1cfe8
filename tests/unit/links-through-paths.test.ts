/**
 * Every internal link goes through `paths` in src/lib/urls.ts and `withBase`: a path typed
 * into a page breaks the site under a base path or when a route is renamed, and nothing else
 * would notice.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths, withBase } from '../../src/lib/urls';
import { filesBelow, ROOT } from '../helpers/fixtures';

/** A literal path where a link is made: withBase(base, '/…'), `${base}x`, href="/x". */
const TYPED_PATH = /withBase\([\w.]+, ['`]|\$\{base\}[a-z]|href="\/[a-z]|href=\{'\/|BASE_URL\}[a-z]/;

describe('links', () => {
  it('no page, layout or component types an internal path', () => {
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
    expect(TYPED_PATH.test('<a href={withBase(base, paths.about())}>')).toBe(false);
  });

  it('filters on the map page are encoded, and every path works under a base path', () => {
    expect(withBase('/atlas/', paths.mapWithFilters({ organisatie: 'a&b', soort: 'civ' }))).toBe('/atlas/?organisatie=a%26b&soort=civ');
    expect(withBase('/atlas/', paths.adminFile('decap/decap-cms.js'))).toBe('/atlas/admin/decap/decap-cms.js');
    expect(withBase('/', paths.schemaFile('initiative.schema.json'))).toBe('/data/schemas/initiative.schema.json');
  });
});
