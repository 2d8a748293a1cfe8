/** The ecosystem views against hand-counted fixtures. */
import { describe, expect, it } from 'vitest';
import { collaborationNetwork, gapTable, NO_REGION, whatWorks } from '../../src/lib/insights/ecosystem';
import type { Initiative } from '../../src/lib/schema/types.generated';
import type { InitiativeRecord } from '../../src/lib/validate/validate-dataset';

const src = { title: 'Bron' };
const rec = (id: string, data: Partial<Initiative>, regions: string[]): InitiativeRecord => ({
  id,
  file: `data/initiatives/${id}.yaml`,
  data: {
    name: id.toUpperCase(),
    kind: 'pps',
    status: 'active',
    summary: 'Een samenwerking voor de test.',
    sources: [src],
    ...data,
  } as Initiative,
  derived: { locations: regions.map((r) => ({ regions: { provincie: r } })) },
});
const names = new Map([
  ['zeeland', 'Zeeland'],
  ['limburg', 'Limburg'],
  ['utrecht', 'Utrecht'],
]);

// By hand: trust_culture is a success factor of A (twice: counts once) and B; a challenge of C.
// A is a CIV in Zeeland, B a PPS in Limburg and Zeeland, C a CoE without a location.
const data = [
  rec(
    'a',
    {
      kind: 'civ',
      success_factors: [
        { theme: 'trust_culture', statement: 'Vertrouwen tussen de partners.', source: src },
        { theme: 'trust_culture', statement: 'Vaste gezichten bij de bedrijven.', source: src },
      ],
      sectors: ['zorg-welzijn'],
      levels: ['mbo'],
    },
    ['zeeland'],
  ),
  rec(
    'b',
    {
      success_factors: [{ theme: 'trust_culture', statement: 'Samenwerken is de sleutel.', source: src }],
      challenges: [{ theme: 'physical_place', statement: 'Er is nog geen gebouw.', source: src }],
      sectors: ['zorg-welzijn', 'energie'],
      levels: ['mbo', 'hbo'],
    },
    ['limburg', 'zeeland'],
  ),
  rec(
    'c',
    {
      kind: 'coe',
      challenges: [{ theme: 'trust_culture', statement: 'Wantrouwen tussen concurrenten.', source: src }],
      sectors: ['energie'],
    },
    [],
  ),
];

describe('what works', () => {
  const themes = whatWorks(data, 'provincie', names);
  const trust = themes.find((t) => t.theme === 'trust_culture')!;

  it('counts initiatives, not statements, per theme and side', () => {
    expect(trust.success.initiatives).toBe(2);
    expect(trust.challenge.initiatives).toBe(1);
    expect(trust.success.statements).toHaveLength(3);
  });

  it('splits by kind and by region, with a row for initiatives without a place', () => {
    expect(trust.success.byKind).toEqual({ civ: 1, pps: 1 });
    expect(trust.success.byRegion).toEqual({ Zeeland: 2, Limburg: 1 });
    expect(trust.challenge.byRegion).toEqual({ [NO_REGION]: 1 });
  });

  it('lists every theme of the vocabulary, the unnamed ones with zeros', () => {
    expect(themes.length).toBeGreaterThanOrEqual(10);
    expect(themes.find((t) => t.theme === 'continuity')!.success.initiatives).toBe(0);
    expect(themes.find((t) => t.theme === 'physical_place')!.challenge.statements[0]!.initiative).toEqual({ id: 'b', name: 'B' });
  });
});

describe('gap tables (witte vlekken)', () => {
  const set = {
    id: 'provincie',
    regions: [
      { id: 'zeeland', name: 'Zeeland' },
      { id: 'limburg', name: 'Limburg' },
      { id: 'utrecht', name: 'Utrecht' },
    ],
  };

  it('counts initiatives per region and sector; empty cells are visible', () => {
    const t = gapTable(data, set, 'sector');
    const cell = (r: string, c: string) => t.cells[t.rows.findIndex((x) => x.id === r)]![t.columns.findIndex((x) => x.id === c)]!;
    expect(cell('zeeland', 'zorg-welzijn').count).toBe(2);
    expect(cell('limburg', 'energie').count).toBe(1);
    expect(cell('zeeland', 'energie').count).toBe(1);
    expect(cell('utrecht', 'zorg-welzijn').count).toBe(0);
    // C has no region: it is in no cell.
    expect(t.cells.flat().reduce((n, c) => n + c.count, 0)).toBe(5);
    expect(cell('limburg', 'energie').query).toBe('?sector=energie&provincie=limburg');
  });

  it('counts only the statuses it is given, filters the links the same way, and counts per row who gives no value', () => {
    const withEnded = [
      ...data,
      rec('d', { status: 'ended', sectors: ['zorg-welzijn'] }, ['zeeland']),
      rec('e', { status: 'unknown' }, ['zeeland']),
      rec('f', { status: 'merged' }, ['utrecht']),
    ];
    const all = gapTable(withEnded, set, 'sector');
    const running = gapTable(withEnded, set, 'sector', undefined, ['active', 'in_development', 'unknown']);
    const cell = (t: typeof all, r: string, c: string) =>
      t.cells[t.rows.findIndex((x) => x.id === r)]![t.columns.findIndex((x) => x.id === c)]!;
    expect(cell(all, 'zeeland', 'zorg-welzijn').count).toBe(3);
    expect(cell(running, 'zeeland', 'zorg-welzijn').count).toBe(2);
    expect(cell(running, 'limburg', 'energie').query).toBe(
      '?sector=energie&status=active&status=in_development&status=unknown&provincie=limburg',
    );
    // Rows in alphabetical order: Limburg, Utrecht, Zeeland. E (unknown) gives no sector; F (merged) is not counted.
    expect(running.withoutValue).toEqual([0, 0, 1]);
    expect(all.withoutValue).toEqual([0, 1, 1]);
  });

  it('the same for education levels', () => {
    const t = gapTable(data, set, 'level');
    const row = t.cells[t.rows.findIndex((x) => x.id === 'zeeland')]!;
    expect(Object.fromEntries(t.columns.map((c, i) => [c.id, row[i]!.count]))).toEqual({ vmbo: 0, mbo: 2, hbo: 1, wo: 0 });
    expect(t.emptyCells).toBe(3 * 4 - 4);
  });
});

describe('who works with whom', () => {
  // By hand: X leads A and B, Y is partner in A and B, Z partner in B only.
  const net = [
    rec('a', { lead_organisation: 'x', partners: [{ organisation: 'y' }] }, ['zeeland']),
    rec('b', { lead_organisation: 'x', partners: [{ organisation: 'y' }, { organisation: 'z' }] }, ['zeeland']),
  ];
  const names = new Map([
    ['x', 'Xenon'],
    ['y', 'Yttrium'],
    ['z', 'Zink'],
  ]);

  it('ranks organisations by initiatives and counts what pairs share', () => {
    const n = collaborationNetwork(net, names);
    expect(n.nodes).toEqual([
      { id: 'x', name: 'Xenon', initiatives: 2 },
      { id: 'y', name: 'Yttrium', initiatives: 2 },
      { id: 'z', name: 'Zink', initiatives: 1 },
    ]);
    expect(n.links).toEqual([
      { a: 'x', b: 'y', shared: 2 },
      { a: 'x', b: 'z', shared: 1 },
      { a: 'y', b: 'z', shared: 1 },
    ]);
  });

  it('keeps only the most connected', () => {
    expect(collaborationNetwork(net, names, 2).links).toEqual([{ a: 'x', b: 'y', shared: 2 }]);
  });
});
