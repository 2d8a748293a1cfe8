/**
 * Adding a facet is one entry in FACET_TABLE (src/lib/explore/filter.ts): every facet in the
 * table is read from and written to the URL under its word, filters, is counted, is checked
 * against the values the atlas knows, is described in words and, when it has a form entry,
 * is a group of checkboxes in the form. This test walks the table, so a new entry is checked
 * without a line here.
 */
import { describe, expect, it } from 'vitest';
import {
  describeState,
  dropUnknownValues,
  emptyState,
  FACET_TABLE,
  facetCounts,
  facetParams,
  FACETS,
  matches,
  parseState,
  serializeState,
  VOCABULARY_FACETS,
  type ExploreIndex,
  type ExploreItem,
  type FacetSpec,
} from '../../src/lib/explore/filter';
import { filterGroups } from '../../src/lib/explore/filter-form';
import { vocabulary } from '../../src/lib/schema/schemas';

/** An item whose every facet has the one value `v` (a new facet's key belongs here too). */
const item = (v: string): ExploreItem => ({ i: v, n: v, k: v, s: [v], l: [v], st: v, r: {}, p: '', t: '', o: [v] });
const a = item('a');
const b = item('b');
const index: Pick<ExploreIndex, 'labels' | 'regionSets' | 'organisations'> = {
  labels: Object.fromEntries(VOCABULARY_FACETS.map((f) => [f, { a: `${f} A`, b: `${f} B` }])) as unknown as ExploreIndex['labels'],
  regionSets: [],
  organisations: { a: 'organisation A', b: 'organisation B' },
};

describe.each(FACETS)('the facet %s', (facet) => {
  const param = FACET_TABLE[facet].param;
  const selected = { ...emptyState([]), [facet]: ['a'] };

  it('goes to the URL under its word and back', () => {
    const url = serializeState(selected);
    expect(url.getAll(param)).toEqual(['a']);
    expect(parseState(url, [])).toEqual(selected);
    expect(facetParams({ [facet]: 'a' })).toEqual({ [param]: 'a' });
  });

  it('filters and is counted', () => {
    expect(matches(a, selected)).toBe(true);
    expect(matches(b, selected)).toBe(false);
    expect(facetCounts([a, b], selected)[facet]).toEqual({ a: 1, b: 1 });
  });

  it('keeps a value the atlas knows, reports one it does not, and names the selection', () => {
    const url = new URLSearchParams([
      [param, 'a'],
      [param, 'zzz'],
    ]);
    const { state, ignored } = dropUnknownValues(parseState(url, []), url, index);
    expect(state[facet]).toEqual(['a']);
    expect(ignored).toEqual([{ param, value: 'zzz' }]);
    expect(describeState(selected, index)).toEqual([`${facet} A`]);
  });

  it('is a group in the form when it has a form entry', () => {
    const spec: FacetSpec = FACET_TABLE[facet];
    if (!spec.form || !spec.vocabulary) return;
    const values = vocabulary(spec.vocabulary).values.slice(0, 2);
    const group = filterGroups({ regionSets: [] }, { [facet]: Object.fromEntries(values.map((v) => [v, 1])) }).find(
      (g) => g.facet === facet,
    );
    expect(group).toMatchObject({ param, values, open: spec.form.open });
  });
});

describe('the form', () => {
  it('orders its groups by the table, with the region sets at their place', () => {
    const counts = Object.fromEntries(
      [...VOCABULARY_FACETS.map((f) => [f, vocabulary(FACET_TABLE[f].vocabulary).values] as const), ['provincie', ['x', 'y']] as const].map(
        ([f, v]) => [f, Object.fromEntries(v.map((x) => [x, 1]))],
      ),
    );
    const sets = [
      {
        id: 'provincie',
        name: 'Provincie',
        name_plural: 'Provincies',
        regions: [
          { id: 'x', name: 'X' },
          { id: 'y', name: 'Y' },
        ],
      },
    ];
    expect(filterGroups({ regionSets: sets }, counts).map((g) => g.facet)).toEqual(['kind', 'level', 'sector', 'provincie', 'status']);
  });
});
