import { describe, expect, it } from 'vitest';
import { emptyState, facetCounts, isEmptyState, matches, parseState, serializeState, type ExploreItem } from '../../src/lib/explore/filter';

const item = (over: Partial<ExploreItem>): ExploreItem => ({ i: 'x', n: 'Naam', k: 'pps', s: [], l: [], st: 'active', r: { provincie: [] }, p: '', t: '', ...over });
const items = [
  item({ i: 'a', n: 'CIV Wind op Zee', k: 'civ', s: ['energie', 'maritiem'], l: ['mbo'], r: { provincie: ['zeeland'] }, y: 2019, t: 'Scalda' }),
  item({ i: 'b', n: 'EnTranCe', k: 'coe', s: ['energie'], l: ['hbo'], r: { provincie: ['groningen'] }, y: 2012 }),
  item({ i: 'c', n: 'Zorgcampus', k: 'pps', s: ['zorg-welzijn'], l: ['mbo'], r: { provincie: ['zuid-holland', 'zeeland'] } }),
];

describe('filter state and the URL', () => {
  it('round-trips through URL parameters in a stable order', () => {
    const s = parseState(new URLSearchParams('provincie=zeeland&soort=coe&soort=civ&van=2010&q=wind&onbekend=1'), ['provincie']);
    expect(s).toEqual({ kind: ['civ', 'coe'], sector: [], level: [], status: [], regions: { provincie: ['zeeland'] }, from: 2010, q: 'wind' });
    expect(serializeState(s).toString()).toBe('q=wind&soort=civ&soort=coe&provincie=zeeland&van=2010');
    expect(parseState(serializeState(s), ['provincie'])).toEqual(s);
  });

  it('ignores malformed years and empty values', () => {
    const s = parseState(new URLSearchParams('van=twintig&tot=20199&soort='), ['provincie']);
    expect(s.from).toBeUndefined();
    expect(s.to).toBeUndefined();
    expect(s.kind).toEqual([]);
    expect(isEmptyState(s)).toBe(true);
  });
});

describe('matching', () => {
  const base = emptyState(['provincie']);
  const ids = (s: typeof base) => items.filter((i) => matches(i, s)).map((i) => i.i);

  it('ORs values within a facet and ANDs across facets', () => {
    expect(ids({ ...base, kind: ['civ', 'coe'] })).toEqual(['a', 'b']);
    expect(ids({ ...base, kind: ['civ', 'coe'], level: ['hbo'] })).toEqual(['b']);
  });

  it('filters on any region of an initiative', () => {
    expect(ids({ ...base, regions: { provincie: ['zeeland'] } })).toEqual(['a', 'c']);
  });

  it('drops initiatives without a start year once a year is chosen', () => {
    expect(ids({ ...base, from: 2015 })).toEqual(['a']);
    expect(ids({ ...base, to: 2015 })).toEqual(['b']);
  });

  it('matches every word of the text query, ignoring case and accents', () => {
    expect(ids({ ...base, q: 'scalda WIND' })).toEqual(['a']);
    expect(ids({ ...base, q: 'éntrance' })).toEqual(['b']);
    expect(ids({ ...base, q: 'wind zorg' })).toEqual([]);
  });
});

describe('facet counts', () => {
  it('counts each facet with the other facets applied, not its own', () => {
    const counts = facetCounts(items, { ...emptyState(['provincie']), kind: ['civ'] });
    // Kind counts ignore the kind filter itself: ticking another kind would add these.
    expect(counts.kind).toEqual({ civ: 1, coe: 1, pps: 1 });
    // Other facets count only within CIV.
    expect(counts.sector).toEqual({ energie: 1, maritiem: 1 });
    expect(counts.provincie).toEqual({ zeeland: 1 });
  });
});
