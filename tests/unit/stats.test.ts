/**
 * The statistics page's numbers on tiny hand-made datasets, each case small enough to check by
 * hand: which figure counts, how the median and the average are taken, what counts as filled.
 */
import { describe, expect, it } from 'vitest';
import {
  completeness,
  countByRegion,
  countByVocabulary,
  figureSummaries,
  startsPerYear,
  startYearCaveats,
  statusSourceAges,
} from '../../src/lib/stats';
import { statusAgesInWords } from '../../src/lib/views/figures-page';
import type { InitiativeRecord } from '../../src/lib/validate/validate-dataset';

type Figure = { measure: string; value: number; year: number };
const rec = (id: string, data: Partial<InitiativeRecord['data']> = {}): InitiativeRecord => ({
  id,
  file: '',
  derived: { locations: [] },
  data: { name: id, kind: 'pps', status: 'active', summary: 'x'.repeat(20), sources: [{ title: 'bron' }], ...data },
});
const withFigures = (id: string, figures: Figure[]) => rec(id, { figures: figures.map((f) => ({ ...f, source: 'x' })) as never });
const companies = (items: InitiativeRecord[]) => figureSummaries(items).find((f) => f.measure === 'companies')!;

describe('figure summaries', () => {
  it('takes the median of the values in order of size, not in the order of the files', () => {
    const odd = [40, 10, 30].map((v, i) => withFigures(`i${i}`, [{ measure: 'companies', value: v, year: 2020 }]));
    expect(companies(odd).median).toBe(30);
    const even = [40, 10, 30, 20].map((v, i) => withFigures(`i${i}`, [{ measure: 'companies', value: v, year: 2020 }]));
    // The two middle values of 10, 20, 30, 40 are 20 and 30.
    expect(companies(even).median).toBe(25);
    expect(companies([withFigures('a', [{ measure: 'companies', value: 7, year: 2020 }])]).median).toBe(7);
  });

  it('sorts numerically (a text sort would put 100 before 9)', () => {
    const items = [9, 100, 20].map((v, i) => withFigures(`i${i}`, [{ measure: 'companies', value: v, year: 2020 }]));
    expect(companies(items).median).toBe(20);
  });

  it('takes only the most recent figure of each initiative, in whatever order they are listed', () => {
    const a = withFigures('a', [
      { measure: 'companies', value: 5, year: 2021 },
      { measure: 'companies', value: 50, year: 2024 },
      { measure: 'companies', value: 500, year: 2019 },
    ]);
    expect(companies([a])).toEqual({
      measure: 'companies',
      label: expect.any(String),
      initiatives: 1,
      average: 50,
      median: 50,
      years: [2024, 2024],
    });
  });

  it('rounds the average to one decimal and spans the years of the figures used', () => {
    const items = [
      withFigures('a', [{ measure: 'companies', value: 1, year: 2022 }]),
      withFigures('b', [{ measure: 'companies', value: 2, year: 2018 }]),
      withFigures('c', [{ measure: 'companies', value: 2, year: 2020 }]),
    ];
    expect(companies(items)).toMatchObject({ initiatives: 3, average: 1.7, median: 2, years: [2018, 2022] });
  });

  it('gives every measure, in vocabulary order, with only a count where no initiative has a figure', () => {
    const s = figureSummaries([withFigures('a', [{ measure: 'students', value: 3, year: 2020 }])]);
    expect(s.map((f) => f.measure)).toEqual(['companies', 'students', 'teachers', 'partners', 'institutions']);
    expect(s[0]).toEqual({ measure: 'companies', label: 'Bedrijven', initiatives: 0 });
    expect(s[1]).toMatchObject({ measure: 'students', initiatives: 1, average: 3, median: 3, years: [2020, 2020] });
  });
});

describe('counts per vocabulary value', () => {
  it('counts an initiative once per value, keeps zeros, uses labels and the vocabulary order', () => {
    const items = [rec('a', { kind: 'civ' }), rec('b', { kind: 'civ' }), rec('c', { kind: 'coe' })];
    const counts = countByVocabulary(items, 'initiative_kind', (i) => [i.data.kind, i.data.kind]);
    expect(counts).toEqual([
      { key: 'pps', label: 'Publiek-private samenwerking (PPS)', count: 0 },
      { key: 'civ', label: 'Centrum voor Innovatief Vakmanschap (CIV)', count: 2 },
      { key: 'coe', label: 'Centre of Expertise (CoE)', count: 1 },
      { key: 'cib', label: 'Regionaal Centrum voor Innovatie en Beroepsonderwijs (CIB)', count: 0 },
      { key: 'regional_network', label: 'Regionaal netwerk of pact', count: 0 },
    ]);
  });
});

describe('counts per region', () => {
  it('orders equal counts by Dutch alphabet and counts an initiative once per region', () => {
    const regionsOf = (i: InitiativeRecord) => (i.id === 'a' ? ['b', 'a', 'a'] : ['c']);
    const regions = [
      { id: 'c', name: 'Zeeland' },
      { id: 'a', name: 'Utrecht' },
      { id: 'b', name: "'s-Hertogenbosch" },
      { id: 'd', name: 'Drenthe' },
    ];
    expect(countByRegion([rec('a'), rec('x')], 'provincie', regions, regionsOf)).toEqual([
      { key: 'b', label: "'s-Hertogenbosch", count: 1 },
      { key: 'a', label: 'Utrecht', count: 1 },
      { key: 'c', label: 'Zeeland', count: 1 },
      { key: 'd', label: 'Drenthe', count: 0 },
    ]);
  });
});

describe('starts per year', () => {
  it('has no rows and every initiative unknown when none has a start year', () => {
    expect(startsPerYear([rec('a'), rec('b')])).toEqual({ rows: [], unknown: 2 });
    expect(startsPerYear([])).toEqual({ rows: [], unknown: 0 });
  });

  it('runs from the first to the last year whatever the order, two starts in one year counted twice', () => {
    const items = [rec('a', { start_year: 2021 }), rec('b', { start_year: 2019 }), rec('c', { start_year: 2021 })];
    expect(startsPerYear(items)).toEqual({
      rows: [
        { year: 2019, started: 1, cumulative: 1 },
        { year: 2020, started: 0, cumulative: 1 },
        { year: 2021, started: 2, cumulative: 3 },
      ],
      unknown: 0,
    });
  });
});

describe('what the counted start years stand for', () => {
  it('counts approximate and uncertain years and initiatives in development, only among those with a year', () => {
    expect(
      startYearCaveats([
        rec('a', { start_year: 2012, start_year_certainty: 'approximate' }),
        rec('b', { start_year: 2013, start_year_certainty: 'uncertain', status: 'in_development' }),
        rec('c', { start_year: 2014, start_year_certainty: 'exact', status: 'active' }),
        rec('d', { start_year_certainty: 'approximate', status: 'in_development' }),
      ]),
    ).toEqual({ approximate: 2, inDevelopment: 1 });
  });
});

describe('how old the statuses of running initiatives are', () => {
  it('counts running and starting initiatives whose source is older than the age, or has no date; an end does not age', () => {
    const src = (published?: string) => ({ url: 'https://a.nl/', ...(published ? { published } : {}) });
    expect(
      statusSourceAges(
        [
          rec('old', { status: 'active', status_source: src('2021-06-17') }),
          rec('old-start', { status: 'in_development', status_source: src('2019') }),
          rec('recent', { status: 'active', status_source: src('2026-03') }),
          rec('undated', { status: 'active', status_source: src() }),
          rec('ended', { status: 'ended', status_source: src('2016') }),
          rec('unknown', { status: 'unknown' }),
        ],
        '2026-12-07',
        12,
      ),
    ).toEqual({ running: 4, old: 2, undated: 1, maxAgeMonths: 12 });
  });
});

describe('completeness', () => {
  const of = (items: InitiativeRecord[], field: string) => completeness(items).find((c) => c.field === field)!;

  it('counts neither an empty text nor an empty list as filled, and rounds the percentage', () => {
    const items = [rec('a', { website: '', levels: [] }), rec('b', { website: 'https://a.example/', levels: ['mbo'] }), rec('c')];
    expect(of(items, 'website')).toMatchObject({ filled: 1, percent: 33 });
    expect(of(items, 'levels')).toMatchObject({ filled: 1, percent: 33 });
    expect(of(items.slice(1), 'website').percent).toBe(50);
    expect(of([rec('a', { levels: ['mbo'] }), rec('b', { levels: ['hbo', 'mbo'] }), rec('c', { levels: [] })], 'levels').filled).toBe(2);
    expect(
      of([rec('a', { website: 'https://a.example/' }), rec('b', { website: 'https://b.example/' }), rec('c')], 'website').percent,
    ).toBe(67);
  });

  it('counts a status "Onbekend" as not known', () => {
    expect(of([rec('a', { status: 'unknown' }), rec('b', { status: 'active' })], 'status')).toMatchObject({ filled: 1, percent: 50 });
  });

  it('says 0 % of nothing rather than dividing by zero', () => {
    expect(of([], 'name')).toMatchObject({ filled: 0, percent: 0 });
  });

  it('labels a field with its Dutch title, also where the field points at a vocabulary', () => {
    expect(of([], 'name').label).toBe('Naam');
    expect(of([], 'kind').label).toBe('Soort samenwerking');
  });
});

describe('the status chart in words', () => {
  it('says what a status stands for, and names only the counts that are not zero', () => {
    const base = { running: 156, old: 132, undated: 21, maxAgeMonths: 12 };
    expect(statusAgesInWords(base)).toBe(
      'Een status is wat een bron van de atlas erover zegt, op de datum van die bron. Van de 156 initiatieven die actief of in ontwikkeling zijn, is die bron bij 132 meer dan 12 maanden oud en heeft ze bij 21 geen datum: of dat nu nog zo is, is niet nagegaan. “Onbekend” betekent dat geen bron iets zegt.',
    );
    expect(statusAgesInWords({ ...base, undated: 0 })).toContain('zijn, is die bron bij 132 meer dan 12 maanden oud: of dat');
    expect(statusAgesInWords({ ...base, old: 0 })).toContain('zijn, heeft ze bij 21 geen datum: of dat');
    expect(statusAgesInWords({ ...base, old: 0, undated: 0 })).toBe(
      'Een status is wat een bron van de atlas erover zegt, op de datum van die bron. “Onbekend” betekent dat geen bron iets zegt.',
    );
    expect(statusAgesInWords({ running: 1, old: 1, undated: 0, maxAgeMonths: 24 })).toContain(
      'Van de 1 initiatief dat actief of in ontwikkeling is, is die bron bij 1 meer dan 24 maanden oud',
    );
    expect(statusAgesInWords({ ...base, running: 0, old: 0, undated: 0 })).toBeUndefined();
  });
});
