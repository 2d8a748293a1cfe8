import { describe, expect, it } from 'vitest';
import {
  describeState,
  dropUnknownValues,
  emptyState,
  linkNotice,
  facetCounts,
  isEmptyState,
  matches,
  parseState,
  serializeState,
  sortItems,
  type ExploreItem,
} from '../../src/lib/explore/filter';

const item = (over: Partial<ExploreItem>): ExploreItem => ({
  i: 'x',
  n: 'Naam',
  k: 'pps',
  s: [],
  l: [],
  st: 'active',
  r: { provincie: [] },
  p: '',
  t: '',
  o: [],
  ...over,
});
const items = [
  item({
    i: 'a',
    n: 'CIV Wind op Zee',
    k: 'civ',
    s: ['energie', 'maritiem'],
    l: ['mbo'],
    r: { provincie: ['zeeland'] },
    y: 2019,
    t: 'Scalda',
  }),
  item({ i: 'b', n: 'EnTranCe', k: 'coe', s: ['energie'], l: ['hbo'], r: { provincie: ['groningen'] }, y: 2012 }),
  item({ i: 'c', n: 'Zorgcampus', k: 'pps', s: ['zorg-welzijn'], l: ['mbo'], r: { provincie: ['zuid-holland', 'zeeland'] } }),
];

describe('filter state and the URL', () => {
  it('round-trips through URL parameters in a stable order', () => {
    const s = parseState(new URLSearchParams('provincie=zeeland&soort=coe&soort=civ&van=2010&q=wind&onbekend=1'), ['provincie']);
    expect(s).toEqual({
      kind: ['civ', 'coe'],
      sector: [],
      level: [],
      status: [],
      organisation: [],
      regions: { provincie: ['zeeland'] },
      from: 2010,
      q: 'wind',
      sort: 'naam',
    });
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

const index = {
  labels: {
    kind: { pps: 'PPS', civ: 'CIV', coe: 'CoE' },
    sector: { energie: 'Energie', maritiem: 'Maritiem', 'zorg-welzijn': 'Zorg' },
    level: { mbo: 'mbo', hbo: 'hbo' },
    status: { active: 'Actief' },
  },
  regionSets: [
    {
      id: 'provincie',
      name: 'Provincie',
      name_plural: 'Provincies',
      regions: [
        { id: 'zeeland', name: 'Zeeland' },
        { id: 'groningen', name: 'Groningen' },
      ],
    },
  ],
  organisations: { 'roc-x': 'ROC X', hz: 'HZ University' },
};

describe('organisation filter', () => {
  const withOrgs = [item({ i: 'a', n: 'A', o: ['roc-x', 'hz'] }), item({ i: 'b', n: 'B', o: ['hz'] }), item({ i: 'c', n: 'C', o: [] })];
  it('keeps every initiative an organisation takes part in, as lead or partner', () => {
    const s = parseState(new URLSearchParams('organisatie=roc-x'), ['provincie']);
    expect(withOrgs.filter((i) => matches(i, s)).map((i) => i.i)).toEqual(['a']);
    const both = parseState(new URLSearchParams('organisatie=roc-x&organisatie=hz'), ['provincie']);
    expect(withOrgs.filter((i) => matches(i, both)).map((i) => i.i)).toEqual(['a', 'b']);
    expect(serializeState(both).toString()).toBe('organisatie=hz&organisatie=roc-x');
  });
});

describe('unknown values in the URL', () => {
  it('names each ignored value and leaves it out of the filters, so the list is not silently empty', () => {
    const params = new URLSearchParams('soort=xyz&soort=coe&provincie=atlantis&organisatie=nobody&van=ooit&sorteer=kleur');
    const { state, ignored } = dropUnknownValues(parseState(params, ['provincie']), params, index);
    expect(state.kind).toEqual(['coe']);
    expect(state.regions.provincie).toEqual([]);
    expect(state.organisation).toEqual([]);
    expect(ignored).toEqual([
      { param: 'soort', value: 'xyz' },
      { param: 'organisatie', value: 'nobody' },
      { param: 'provincie', value: 'atlantis' },
      { param: 'van', value: 'ooit' },
      { param: 'sorteer', value: 'kleur' },
    ]);
  });

  it('ignores nothing in a well-formed link', () => {
    const params = new URLSearchParams('soort=coe&provincie=zeeland&organisatie=hz&van=2010&sorteer=startjaar');
    expect(dropUnknownValues(parseState(params, ['provincie']), params, index).ignored).toEqual([]);
  });
});

describe('an old organisation id in the URL (a merged file)', () => {
  const merged = { ...index, formerOrganisations: { 'roc-oud': 'roc-x', 'weg-x': 'gone' } };
  it('reads it as the organisation that stayed, once, and tells the reader', () => {
    const params = new URLSearchParams('organisatie=roc-oud&organisatie=roc-x&organisatie=weg-x');
    const { state, ignored, moved } = dropUnknownValues(parseState(params, ['provincie']), params, merged);
    expect(state.organisation).toEqual(['roc-x']);
    expect(moved).toEqual([{ param: 'organisatie', value: 'roc-oud', to: 'roc-x' }]);
    // An old id whose file the filter does not know is ignored as any unknown value.
    expect(ignored).toEqual([{ param: 'organisatie', value: 'weg-x' }]);
    expect(linkNotice(ignored, moved, merged)).toBe(
      'De link bevat een waarde die de atlas niet kent; die is genegeerd: organisatie = “weg-x”. ' +
        'De link noemt het oude id van een organisatie die in een andere is opgegaan; de kaart toont die: organisatie = “roc-oud” is nu ROC X.',
    );
  });
  it('takes no inherited name for an organisation or an old id (constructor, toString)', () => {
    const params = new URLSearchParams('organisatie=constructor&organisatie=toString&soort=__proto__');
    const { state, ignored, moved } = dropUnknownValues(parseState(params, ['provincie']), params, merged);
    expect(state.organisation).toEqual([]);
    expect(state.kind).toEqual([]);
    expect(moved).toEqual([]);
    expect(ignored.map((i) => i.value)).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('is ignored without the index of old ids, and a well-formed link gets no notice', () => {
    const params = new URLSearchParams('organisatie=roc-oud');
    expect(dropUnknownValues(parseState(params, ['provincie']), params, index).ignored).toEqual([
      { param: 'organisatie', value: 'roc-oud' },
    ]);
    expect(linkNotice([], [], index)).toBe('');
  });
});

describe('describing the filters', () => {
  it('puts the active filters in words for the page title and the download', () => {
    const s = parseState(new URLSearchParams('soort=coe&provincie=zeeland&organisatie=hz&van=2010&tot=2015&q=wind'), ['provincie']);
    expect(describeState(s, index)).toEqual(['“wind”', 'CoE', 'Zeeland', 'HZ University', 'gestart 2010–2015']);
    expect(describeState(emptyState(['provincie']), index)).toEqual([]);
  });
});

describe('sorting the list', () => {
  const list = [
    item({ i: 'z', n: 'Zeehaven', y: 2001, p: 'Zeeland', o: ['a'] }),
    item({ i: 'a', n: 'Aardwarmte', p: 'Groningen', o: ['a', 'b', 'c'] }),
    item({ i: 'm', n: 'Maakindustrie', y: 2019, p: '', o: ['a', 'b'] }),
  ];
  const order = (sort: Parameters<typeof sortItems>[1]) => sortItems(list, sort).map((i) => i.i);
  it('sorts by name, newest start year, region and number of organisations; unknowns last', () => {
    expect(order('naam')).toEqual(['a', 'm', 'z']);
    expect(order('startjaar')).toEqual(['m', 'z', 'a']);
    expect(order('regio')).toEqual(['a', 'z', 'm']);
    expect(order('partners')).toEqual(['a', 'm', 'z']);
  });

  it('keeps the order in the URL, but it is not a filter', () => {
    const s = parseState(new URLSearchParams('sorteer=startjaar'), ['provincie']);
    expect(s.sort).toBe('startjaar');
    expect(serializeState(s).toString()).toBe('sorteer=startjaar');
    expect(isEmptyState(s)).toBe(true);
    expect(serializeState(emptyState(['provincie'])).toString()).toBe('');
  });
});
