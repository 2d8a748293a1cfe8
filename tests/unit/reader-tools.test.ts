import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExploreItem } from '../../src/lib/explore/filter';
import { compareEntries, entryMatches, INITIATIVE_SORTS, ORGANISATION_SORTS, type ListEntry } from '../../src/lib/explore/list-order';
import { resultItemHtml } from '../../src/lib/explore/result-item';
import { selectionFile, selectionRows, SELECTION_HEADERS } from '../../src/lib/export/selection';
import { dateStamp } from '../../src/lib/text/dates';
import { firstSentence } from '../../src/lib/text/first-sentence';
import { foldForSearch } from '../../src/lib/text/fold';

const index = {
  labels: {
    kind: { coe: 'Centre of Expertise (CoE)' },
    sector: { energie: 'Energie', 'zorg-welzijn': 'Zorg en welzijn' },
    level: { hbo: 'hbo', mbo: 'mbo' },
    status: { active: 'Actief', ended: 'Beëindigd', unknown: 'Onbekend' },
  },
  organisations: { 'roc-x': 'ROC X', hz: 'HZ University of Applied Sciences' },
  certainty: {
    labels: { exact: 'Zeker (zo in de bron)', approximate: 'Ongeveer (afgeleid uit de bron)', uncertain: 'Onzeker' },
    short: { exact: '', approximate: 'ongeveer', uncertain: 'onzeker' },
  },
};
const item: ExploreItem = {
  i: 'wind',
  n: 'Wind <b>op</b> Zee',
  k: 'coe',
  s: ['energie', 'zorg-welzijn'],
  l: ['mbo', 'hbo'],
  st: 'active',
  r: { provincie: ['fryslan'] },
  p: 'Fryslân',
  t: '',
  o: ['hz', 'roc-x'],
  ld: 'hz',
  y: 2015,
};

describe('a result list item', () => {
  it('escapes every value and names kind, place, year and lead organisation', () => {
    const html = resultItemHtml(item, index, '/atlas/initiatieven/');
    expect(html).toContain('Wind &#60;b&#62;op&#60;/b&#62; Zee');
    expect(html).not.toContain('<b>');
    expect(html).toContain('href="/atlas/initiatieven/wind/"');
    // The status comes first, so an ended initiative does not pass for a current one.
    expect(html).toContain('Centre of Expertise (CoE)</span> Actief · Fryslân · sinds 2015');
    const with_ = (extra: Partial<ExploreItem>) => resultItemHtml({ ...item, ...extra }, index, '/');
    expect(with_({ sy: 2017 })).toContain('</span> Actief (bron uit 2017) · Fryslân');
    expect(with_({ su: 1 })).toContain('</span> Actief (bron zonder datum) · Fryslân');
    expect(with_({ st: 'ended', ey: 2018, sy: undefined as never })).toContain('</span> Beëindigd (2018) · Fryslân');
    expect(with_({ st: 'unknown' })).toContain('</span> Status onbekend · Fryslân');
    expect(with_({ yc: 'approximate' })).toContain('sinds 2015 (ongeveer)');
    expect(with_({ yc: 'exact' })).toContain('sinds 2015</p>');
    expect(html).toContain('Penvoerder: HZ University of Applied Sciences');
    expect(resultItemHtml({ ...item, p: '', ld: undefined as never }, index, '/')).toContain('Werkgebied nog niet bekend');
  });
});

describe('download of the selection', () => {
  const date = new Date('2026-11-23T10:00:00Z');
  const rows = selectionRows(
    [item, { ...item, i: 'f', n: '=HYPERLINK("x")', y: undefined as never }],
    index,
    (id) => `https://atlas.example/initiatieven/${id}/`,
  );

  it('has Dutch headers, labels instead of codes, one readable cell per list', () => {
    expect(rows[0]).toEqual([
      'Wind <b>op</b> Zee',
      'Centre of Expertise (CoE)',
      'Fryslân',
      '2015',
      '',
      'Actief',
      '',
      'Energie; Zorg en welzijn',
      'mbo; hbo',
      'HZ University of Applied Sciences',
      'HZ University of Applied Sciences; ROC X',
      '2',
      'https://atlas.example/initiatieven/wind/',
      'wind',
    ]);
    expect(rows[1]![3]).toBe('');
    expect(rows[1]![4]).toBe('');
    // How sure the start year is, and how old the source of a running status is.
    const [r] = selectionRows([{ ...item, yc: 'uncertain', sy: 2019 }], index, (id) => id);
    expect([r![4], r![6]]).toEqual(['Onzeker', '2019']);
  });

  it('for Dutch spreadsheets: byte-order mark, semicolons, every field quoted, header in row 1, formulas never run', () => {
    const file = selectionFile('spreadsheet', rows, { title: 'Samenwerkingsatlas', date });
    expect(file.text.startsWith('\ufeff')).toBe(true);
    expect(file.name).toBe('samenwerkingsatlas-selectie-2026-11-23-excel.csv');
    const table = parse(file.text.slice(1), { delimiter: ';' }) as string[][];
    expect(table[0]).toEqual([...SELECTION_HEADERS]);
    expect(table[1]![2]).toBe('Fryslân');
    expect(table[2]![0]).toBe('\'=HYPERLINK("x")');
    expect(table).toHaveLength(3);
    // Every field quoted, also numbers and empty cells: no separator in a value can split it.
    expect(file.text.split('\r\n')[1]).toMatch(/^"Wind <b>op<\/b> Zee";"Centre of Expertise \(CoE\)";"Fryslân";"2015";/);
    expect(file.text.split('\r\n')[2]).toContain(';"";"";"Actief";"";');
  });

  it('for programs: the same table with commas, byte-order mark, header in row 1, the date in the file name', () => {
    const file = selectionFile('csv', rows, { title: 'Samenwerkingsatlas', date });
    expect(file.text.startsWith('\ufeff')).toBe(true);
    expect(file.name).toBe('samenwerkingsatlas-selectie-2026-11-23.csv');
    const table = parse(file.text, { bom: true }) as string[][];
    expect(table[0]).toEqual([...SELECTION_HEADERS]);
    expect(table).toHaveLength(3);
    expect(file.text).toContain('"Energie; Zorg en welzijn","mbo; hbo"');
  });

  it('dates in Amsterdam time', () => {
    expect(dateStamp(new Date('2026-12-31T23:30:00Z'))).toEqual({ words: '1 januari 2027', iso: '2027-01-01' });
  });
});

describe('sorting and filtering the plain lists', () => {
  const e = (naam: string, sort: Record<string, string | undefined>, text = naam, kind?: string): ListEntry => ({
    sort: { naam, ...sort },
    text,
    kind,
  });
  const list = [
    e('Zeeuws Lab', { startjaar: '2010', partners: '2' }),
    e('Alfa', { partners: '9' }),
    e('Émmen Campus', { startjaar: '2020', partners: '2' }),
  ];
  const order = (key: string, sorts = INITIATIVE_SORTS) =>
    [...list]
      .sort((a, b) =>
        compareEntries(
          a,
          b,
          sorts.find((s) => s.key === key)!,
        ),
      )
      .map((x) => x.sort.naam);

  it('sorts by name (accents folded), newest year first with unknown years last, most partners first', () => {
    expect(order('naam')).toEqual(['Alfa', 'Émmen Campus', 'Zeeuws Lab']);
    expect(order('startjaar')).toEqual(['Émmen Campus', 'Zeeuws Lab', 'Alfa']);
    expect(order('partners')).toEqual(['Alfa', 'Émmen Campus', 'Zeeuws Lab']);
  });

  it('filters on every typed word, ignoring case and accents, and on kind', () => {
    const org = e('ROC Friese Poort', {}, 'ROC Friese Poort Leeuwarden', 'mbo_school');
    expect(entryMatches(org, 'friese leeuw', '')).toBe(true);
    expect(entryMatches(org, 'friese drachten', '')).toBe(false);
    expect(entryMatches(org, '', 'mbo_school')).toBe(true);
    expect(entryMatches(org, '', 'company')).toBe(false);
    expect(entryMatches(e('Fryslân Werkt', {}), 'fryslan', '')).toBe(true);
    expect(ORGANISATION_SORTS[0]!.key).toBe('naam');
  });
});

describe('text helpers', () => {
  it('folds accents once for every search', () => {
    expect(foldForSearch('Fryslân Éénentwintig Ü')).toBe('fryslan eenentwintig u');
  });

  it('takes the first sentence of a summary, or cuts at a word near the limit', () => {
    expect(firstSentence('Een centrum voor water. Het werkt met 12 scholen.')).toBe('Een centrum voor water.');
    expect(firstSentence('Bijv. ook dit')).toBe('Bijv. ook dit');
    expect(firstSentence(`${'woord '.repeat(50)}einde.`, 40)).toBe('woord woord woord woord woord woord…');
  });
});
