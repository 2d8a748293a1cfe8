/**
 * The explorer's filters at their edges: whether "van 2019" and "tot 2019" include 2019, which
 * filter a facet's own count leaves out, how ties sort, and what every kind of unknown URL value
 * says. explore-filter.test.ts covers the ordinary cases.
 */
import { describe, expect, it } from 'vitest';
import {
  describeState,
  dropUnknownValues,
  emptyState,
  facetCounts,
  isEmptyState,
  matches,
  parseState,
  serializeState,
  sortItems,
  type ExploreItem,
  type FilterState,
  yearRangeProblem,
} from '../../src/lib/explore/filter';

const item = (over: Partial<ExploreItem>): ExploreItem => ({
  i: 'x',
  n: 'Naam',
  k: 'pps',
  s: [],
  l: [],
  st: 'active',
  r: { provincie: [], arbeidsmarktregio: [] },
  p: '',
  t: '',
  o: [],
  ...over,
});
const SETS = ['provincie', 'arbeidsmarktregio'];
const state = (over: Partial<FilterState>): FilterState => ({ ...emptyState(SETS), ...over });
const index = {
  labels: { kind: { pps: 'PPS', civ: 'CIV' }, sector: { zorg: 'Zorg' }, level: { mbo: 'mbo' }, status: { active: 'Actief' } },
  regionSets: [
    { id: 'provincie', name: 'Provincie', name_plural: 'Provincies', regions: [{ id: 'zeeland', name: 'Zeeland' }] },
    {
      id: 'arbeidsmarktregio',
      name: 'Arbeidsmarktregio',
      name_plural: 'Arbeidsmarktregio’s',
      regions: [{ id: 'amr-zeeland', name: 'AMR Zeeland' }],
    },
  ],
  organisations: { hz: 'HZ University' },
};

describe('start years', () => {
  const y2019 = item({ y: 2019 });
  it('"van 2019" and "tot 2019" both include 2019', () => {
    expect(matches(y2019, state({ from: 2019 }))).toBe(true);
    expect(matches(y2019, state({ to: 2019 }))).toBe(true);
    expect(matches(y2019, state({ from: 2019, to: 2019 }))).toBe(true);
  });

  it('"van 2020" leaves 2019 out, "tot 2018" too', () => {
    expect(matches(y2019, state({ from: 2020 }))).toBe(false);
    expect(matches(y2019, state({ to: 2018 }))).toBe(false);
    expect(matches(y2019, state({ from: 2010, to: 2018 }))).toBe(false);
    expect(matches(y2019, state({ from: 2020, to: 2030 }))).toBe(false);
  });

  it('an initiative without a start year passes only while no year is chosen', () => {
    expect(matches(item({}), state({}))).toBe(true);
    expect(matches(item({}), state({ to: 2030 }))).toBe(false);
    expect(matches(item({}), state({ from: 1900 }))).toBe(false);
  });

  it('reads a year only as four digits', () => {
    expect(parseState(new URLSearchParams('van=2019&tot=0999'), SETS)).toMatchObject({ from: 2019, to: 999 });
    for (const bad of ['19', '20190', ' 2019', '2019 ', '2o19', ''])
      expect(parseState(new URLSearchParams({ van: bad }), SETS).from, JSON.stringify(bad)).toBeUndefined();
  });
});

describe('counting a facet leaves out its own filter, and only that one', () => {
  const items = [
    item({ i: 'a', k: 'civ', s: ['zorg', 'zorg'], r: { provincie: ['zeeland'], arbeidsmarktregio: ['amr-zeeland'] }, y: 2019 }),
    item({ i: 'b', k: 'pps', s: ['zorg'], r: { provincie: ['utrecht'], arbeidsmarktregio: ['amr-utrecht'] }, y: 2010 }),
  ];
  it('a region set is a facet of its own', () => {
    const counts = facetCounts(items, state({ regions: { provincie: ['zeeland'], arbeidsmarktregio: [] } }));
    expect(counts.provincie).toEqual({ zeeland: 1, utrecht: 1 });
    expect(counts.arbeidsmarktregio).toEqual({ 'amr-zeeland': 1 });
    expect(counts.kind).toEqual({ civ: 1 });
    // An initiative that lists a value twice counts once.
    expect(counts.sector).toEqual({ zorg: 1 });
  });

  it('the year filter applies to every facet’s counts', () => {
    const counts = facetCounts(items, state({ from: 2015 }));
    expect(counts.kind).toEqual({ civ: 1 });
    expect(counts.provincie).toEqual({ zeeland: 1 });
  });

  it('matches leaves out exactly the facet or region set it is told to', () => {
    const s = state({ kind: ['pps'], regions: { provincie: ['utrecht'], arbeidsmarktregio: [] } });
    expect(matches(items[0]!, s)).toBe(false);
    expect(matches(items[0]!, s, 'kind')).toBe(false);
    expect(matches(items[0]!, state({ kind: ['pps'] }), 'kind')).toBe(true);
    expect(matches(items[0]!, state({ regions: { provincie: ['utrecht'], arbeidsmarktregio: [] } }), 'provincie')).toBe(true);
    expect(matches(items[0]!, state({ regions: { provincie: ['utrecht'], arbeidsmarktregio: [] } }), 'arbeidsmarktregio')).toBe(false);
    // An item without regions in a set does not match a chosen region of that set.
    expect(matches(item({ r: {} }), state({ regions: { provincie: ['zeeland'], arbeidsmarktregio: [] } }))).toBe(false);
  });
});

describe('the text query', () => {
  it('searches the name, the place and the extra text, every word, any spacing', () => {
    const i = item({ n: 'Zeehaven', p: 'Vlissingen', t: 'Scalda' });
    expect(matches(i, state({ q: 'vlissingen' }))).toBe(true);
    expect(matches(i, state({ q: '  scalda   zeehaven ' }))).toBe(true);
    expect(matches(i, state({ q: 'scalda groningen' }))).toBe(false);
    expect(matches(i, state({ q: 'rotterdam' }))).toBe(false);
  });
});

describe('the state from the URL', () => {
  it('drops doubles and empty values, sorts, trims the query, and knows only the listed sorts', () => {
    const s = parseState(
      new URLSearchParams('sector=zorg&sector=bouw&sector=zorg&niveau=&q=%20wind%20&sorteer=partners&provincie=b&provincie=a'),
      SETS,
    );
    expect(s).toMatchObject({
      sector: ['bouw', 'zorg'],
      level: [],
      q: 'wind',
      sort: 'partners',
      regions: { provincie: ['a', 'b'], arbeidsmarktregio: [] },
    });
    expect(parseState(new URLSearchParams('sorteer=kleur'), SETS).sort).toBe('naam');
    expect(parseState(new URLSearchParams('sorteer='), SETS).sort).toBe('naam');
  });

  it('writes every facet, region set and year back in a fixed order', () => {
    const s = state({
      kind: ['pps', 'civ'],
      sector: ['zorg'],
      level: ['mbo'],
      status: ['active'],
      organisation: ['hz'],
      regions: { provincie: ['zeeland'], arbeidsmarktregio: ['b', 'a'] },
      to: 2020,
      sort: 'regio',
    });
    expect(serializeState(s).toString()).toBe(
      'soort=civ&soort=pps&sector=zorg&niveau=mbo&status=active&organisatie=hz&arbeidsmarktregio=a&arbeidsmarktregio=b&provincie=zeeland&tot=2020&sorteer=regio',
    );
    expect(isEmptyState(s)).toBe(false);
    expect(isEmptyState(state({ q: 'x' }))).toBe(false);
    expect(isEmptyState(state({ to: 2020 }))).toBe(false);
  });
});

describe('the status facet and empty region values', () => {
  it('filters on status, and an empty region value in the URL is no region', () => {
    const items = [item({ i: 'a', st: 'active' }), item({ i: 'b', st: 'ended' })];
    expect(items.filter((i) => matches(i, state({ status: ['ended'] }))).map((i) => i.i)).toEqual(['b']);
    expect(facetCounts(items, state({})).status).toEqual({ active: 1, ended: 1 });
    expect(parseState(new URLSearchParams('provincie=&provincie=zeeland&arbeidsmarktregio='), SETS).regions).toEqual({
      provincie: ['zeeland'],
      arbeidsmarktregio: [],
    });
  });
});

describe('unknown values in the URL, one facet at a time', () => {
  it('names an unknown value of every facet and region set by its URL word, and keeps the known ones', () => {
    const params = new URLSearchParams(
      'soort=civ&soort=x1&sector=zorg&sector=x2&niveau=mbo&niveau=x3&status=active&status=x4&organisatie=hz&organisatie=x5&provincie=zeeland&provincie=x6&arbeidsmarktregio=x7&tot=ooit&sorteer=startjaar',
    );
    const { state: s, ignored } = dropUnknownValues(parseState(params, SETS), params, index);
    expect(ignored).toEqual([
      { param: 'soort', value: 'x1' },
      { param: 'sector', value: 'x2' },
      { param: 'niveau', value: 'x3' },
      { param: 'status', value: 'x4' },
      { param: 'organisatie', value: 'x5' },
      { param: 'provincie', value: 'x6' },
      { param: 'arbeidsmarktregio', value: 'x7' },
      { param: 'tot', value: 'ooit' },
    ]);
    expect(s).toMatchObject({
      kind: ['civ'],
      sector: ['zorg'],
      level: ['mbo'],
      status: ['active'],
      organisation: ['hz'],
      regions: { provincie: ['zeeland'], arbeidsmarktregio: [] },
      sort: 'startjaar',
    });
    expect(s.to).toBeUndefined();
  });

  it('leaves the state it was given unchanged', () => {
    const params = new URLSearchParams('provincie=x6&soort=x1');
    const before = parseState(params, SETS);
    const copy = structuredClone(before);
    dropUnknownValues(before, params, index);
    expect(before).toEqual(copy);
  });

  it('a region set the index does not have is left as it is', () => {
    const s = state({ regions: { provincie: [], arbeidsmarktregio: [], gemeente: ['goes'] } });
    const { state: out, ignored } = dropUnknownValues(s, new URLSearchParams(), { ...index, regionSets: [] });
    expect(out.regions.gemeente).toEqual(['goes']);
    expect(ignored).toEqual([]);
  });
});

describe('the filters in words', () => {
  it('only a start: "vanaf"; only an end: "tot en met"; unknown codes as they are; in a fixed order', () => {
    expect(describeState(state({ from: 2010 }), index)).toEqual(['gestart vanaf 2010']);
    expect(describeState(state({ to: 2015 }), index)).toEqual(['gestart tot en met 2015']);
    const s = state({
      status: ['active'],
      level: ['mbo'],
      sector: ['zorg', 'onbekend'],
      kind: ['civ'],
      organisation: ['hz', 'wie'],
      regions: { provincie: ['zeeland'], arbeidsmarktregio: ['amr-zeeland', 'amr-x'] },
    });
    expect(describeState(s, index)).toEqual([
      'CIV',
      'Zorg',
      'onbekend',
      'mbo',
      'Zeeland',
      'AMR Zeeland',
      'amr-x',
      'Actief',
      'HZ University',
      'wie',
    ]);
  });
});

describe('sorting ties', () => {
  it('falls back to the name, in Dutch order with numbers as numbers, then to the id', () => {
    const list = [
      item({ i: 'b', n: 'CIV 10' }),
      item({ i: 'c', n: 'civ 9' }),
      item({ i: 'a', n: 'CIV 10' }),
      item({ i: 'd', n: 'Ánders' }),
    ];
    expect(sortItems(list, 'naam').map((i) => i.i)).toEqual(['d', 'c', 'a', 'b']);
    expect(sortItems(list, 'startjaar').map((i) => i.i)).toEqual(['d', 'c', 'a', 'b']);
    expect(sortItems(list, 'partners').map((i) => i.i)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('by region: a place first in Dutch order, no place last', () => {
    const list = [
      item({ i: 'a', n: 'A', p: '' }),
      item({ i: 'b', n: 'B', p: 'Zwolle' }),
      item({ i: 'c', n: 'C', p: 'ede' }),
      item({ i: 'd', n: 'D', p: 'Zwolle' }),
    ];
    expect(sortItems(list, 'regio').map((i) => i.i)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('by start year: newest first, equal years by name, no year last; by organisations: most first', () => {
    const list = [
      item({ i: 'a', n: 'B', y: 2019 }),
      item({ i: 'b', n: 'A', y: 2019 }),
      item({ i: 'c', n: 'C', y: 2021 }),
      item({ i: 'd', n: '0' }),
    ];
    expect(sortItems(list, 'startjaar').map((i) => i.i)).toEqual(['c', 'b', 'a', 'd']);
    const orgs = [item({ i: 'a', n: 'A', o: ['x'] }), item({ i: 'b', n: 'B', o: ['x', 'y'] }), item({ i: 'c', n: 'C', o: ['x'] })];
    expect(sortItems(orgs, 'partners').map((i) => i.i)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list it was given as it was', () => {
    const list = [item({ i: 'b', n: 'B' }), item({ i: 'a', n: 'A' })];
    sortItems(list, 'naam');
    expect(list.map((i) => i.i)).toEqual(['b', 'a']);
  });
});

describe('a year range the wrong way round', () => {
  it('is named, with both years; a sound or half-open range is not', () => {
    expect(yearRangeProblem({ from: 2020, to: 2010 })).toBe(
      '"Vanaf" (2020) ligt na "tot en met" (2010): geen enkel jaar valt daartussen. Draai de jaren om.',
    );
    expect(yearRangeProblem({ from: 2010, to: 2020 })).toBeUndefined();
    expect(yearRangeProblem({ from: 2015, to: 2015 })).toBeUndefined();
    expect(yearRangeProblem({ from: 2020 })).toBeUndefined();
    expect(yearRangeProblem({ to: 2010 })).toBeUndefined();
  });
});
