/**
 * One id rule everywhere (#24): the CMS turned "Coöperatie" into `cooperatie` while adopt,
 * intake and `npm run new` made `cooeperatie`. The rule is the CMS's (Decap decides the file
 * names it writes); src/lib/ids.ts implements it once and every command uses it. Checked here
 * against Decap's own sanitizeSlug with the atlas's CMS configuration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// decap-cms-core's own code: the function that turns the name into the file name.
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { describe, expect, it } from 'vitest';
import { slugProblem } from '../../src/lib/cms/slug';
import { buildCmsConfig } from '../../src/lib/cms/config';
import { adoptNewOrganisations } from '../../src/lib/intake/adopt-organisations';
import { cmsSlug, freeId, idFromName, isId } from '../../src/lib/ids';
import type { Initiative } from '../../src/lib/schema/types.generated';
import { ROOT } from '../helpers/fixtures';

const cmsConfig = buildCmsConfig({ repository: 'o/r', branch: 'main', localPort: 8081 }) as { slug: Record<string, unknown> };

/**
 * decap-cms-core's prepareSlug (lib/formatters.ts), applied before sanitizeSlug. Its module
 * needs a browser to load, so it is copied here, and the test below checks the copy against
 * Decap's source.
 */
const prepareSlug = (slug: string) => slug.trim().toLocaleLowerCase().replace(/[']/g, '').replace(/[.]/g, '-');

/** The file name the CMS writes for an entry named `name`: Decap's code, the atlas's settings. */
const decap = (name: string): string => sanitizeSlug(prepareSlug(name), cmsConfig.slug);

const TRICKY: [name: string, id: string][] = [
  ['Coöperatie', 'cooperatie'],
  ['Ærø', 'aero'],
  ["'s-Hertogenbosch", 's-hertogenbosch'],
  ['Zuid-Holland', 'zuid-holland'],
  ['München', 'munchen'],
  ['Café', 'cafe'],
  ['A & B', 'a-b'],
  ['🚀 Raket 🚀', 'raket'],
  ['  veel   spaties  ', 'veel-spaties'],
  ['Fryslân', 'fryslan'],
  ['Straße', 'strasse'],
  ['Łódź', 'lodz'],
  ['Œuvre', 'oeuvre'],
  ['Zuyd Hogeschool (Heerlen)', 'zuyd-hogeschool-heerlen'],
  ['ROC v.d. Twente', 'roc-v-d-twente'],
  ['IJsselland', 'ijsselland'],
  ['CamelCase BV', 'camelcase-bv'],
];

/** Names the CMS refuses (its file name would not be an id), and the id the commands give instead. */
const REFUSED: [name: string, id: string][] = [
  ['ROC_Twente', 'roc-twente'],
  ['a~b', 'a-b'],
  ['🚀', ''],
  ['Центр профессий', ''],
  ['Con', ''],
];

describe('the id rule is the CMS rule', () => {
  it("the copy of Decap's prepareSlug is Decap's", () => {
    const src = readFileSync(join(ROOT, 'node_modules/decap-cms-core/src/lib/formatters.ts'), 'utf8');
    const body = /export function prepareSlug\(slug: string\) \{([\s\S]*?)\n\}/.exec(src)![1]!;
    expect(body.replace(/\/\/.*$/gm, '').replace(/\s+/g, '')).toBe(
      "return(slug.trim().toLocaleLowerCase().replace(/[']/g,'').replace(/[.]/g,'-'));",
    );
  });

  it.each(TRICKY)('%s: the CMS writes %s, and so does every command', (name, id) => {
    expect(decap(name)).toBe(id);
    expect(cmsSlug(name)).toBe(id);
    expect(idFromName(name)).toBe(id);
    expect(freeId(name, new Set())).toBe(id);
    expect(slugProblem(name, 'organisation')).toBeUndefined();
  });

  it.each(REFUSED)('%s: the CMS refuses it; the commands still give an id or their fallback', (name, id) => {
    expect(cmsSlug(name)).toBe(decap(name));
    expect(isId(decap(name))).toBe(false);
    expect(slugProblem(name, 'organisation')).toMatchObject({ field: 'name', severity: 'error' });
    expect(idFromName(name)).toBe(id);
    expect(freeId(name, new Set(), 'organisatie')).toBe(id || 'organisatie');
  });

  it('numbers a taken id as the CMS does (-1, -2, …), within the longest id', () => {
    const taken = new Set(['cooperatie']);
    expect(freeId('Coöperatie', taken)).toBe('cooperatie-1');
    expect(freeId('Coöperatie', taken)).toBe('cooperatie-2');
    const long = 'Lange naam '.repeat(10);
    expect([idFromName(long).length, isId(idFromName(long))]).toEqual([80, true]);
    const first = freeId(long, taken);
    const second = freeId(long, taken);
    expect([isId(first), isId(second), second.endsWith('-1')]).toEqual([true, true, true]);
  });

  it('adopt gives a new organisation the CMS id, and an existing one keeps its own id', () => {
    const proposal = {
      name: 'Proef',
      kind: 'pps',
      status: 'active',
      summary: 'Een initiatief voor de test van de id-regel.',
      sources: [{ title: 'Bron' }],
      new_organisations: [
        { name: 'Coöperatie Zeeuws Licht', kind: 'company', role: 'partner' },
        { name: 'Ærø Maritiem', kind: 'company', role: 'partner' },
      ],
    } as unknown as Initiative;
    // An organisation made under the old rule: its id is stable and is referred to as it is.
    const old = { id: 'cooeperatie-zeeuws-licht', data: { name: 'Coöperatie Zeeuws Licht', kind: 'company' } } as never;
    const paths = (orgs: never[]) =>
      adoptNewOrganisations([{ id: 'proef', data: proposal }], orgs, [])
        .map((a) => a.path)
        .filter((p) => p.includes('organisations'));
    expect(paths([])).toEqual(['data/organisations/cooperatie-zeeuws-licht.yaml', 'data/organisations/aero-maritiem.yaml']);
    expect(paths([old])).toEqual(['data/organisations/aero-maritiem.yaml']);
  });
});
