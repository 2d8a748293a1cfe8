import type { ExploreIndex, ExploreItem } from '../explore/filter';
import { dateStamp } from '../text/dates';
import { PROGRAM_CSV, SPREADSHEET_CSV, writeCsv, type CsvCell } from './csv-dialect';

/**
 * "Download deze selectie": the filtered list as a table a reader can open, in two dialects
 * of one CSV (csv-dialect.ts: header in row 1, byte-order mark, every field quoted):
 * - `csv`: comma-separated with decimal points, for programs (R, Python) and any spreadsheet's
 *   import dialog;
 * - `spreadsheet`: semicolon-separated, what Dutch Excel opens correctly by double-click.
 * Both use Dutch headers, labels instead of codes, region names and one readable cell per
 * list. What the file is (site, filters, date) is in its name and on the page it came from,
 * never above the header.
 */
export type SelectionFormat = 'csv' | 'spreadsheet';

export const SELECTION_HEADERS = [
  'Naam',
  'Soort',
  'Regio of plaats',
  'Startjaar',
  'Zekerheid startjaar',
  'Status',
  'Status volgens een bron uit',
  'Sectoren',
  'Onderwijsniveaus',
  'Penvoerder',
  'Betrokken organisaties',
  'Aantal organisaties',
  'Pagina in de atlas',
  'Id',
] as const;

/** What a column holds where its name alone does not say it (the data package's field descriptions). */
export const SELECTION_COLUMN_NOTES: Partial<Record<(typeof SELECTION_HEADERS)[number], string>> = {
  'Zekerheid startjaar':
    'Hoe zeker het startjaar is, in de woorden van de keuzelijst Zekerheid; leeg als er geen startjaar is of de data het niet zegt.',
  'Status volgens een bron uit':
    'Het jaar van de bron die een lopende of startende status (Actief, In ontwikkeling) geeft: hoe oud die uitspraak is. Leeg bij een andere status of een bron zonder datum.',
};

/** The rows of the table: one per initiative, every cell readable text. */
export function selectionRows(
  items: readonly ExploreItem[],
  index: Pick<ExploreIndex, 'labels' | 'organisations' | 'certainty'>,
  pageUrl: (id: string) => string,
): string[][] {
  const words = (values: readonly string[], labels: Record<string, string>) => values.map((v) => labels[v] ?? v).join('; ');
  return items.map((it) => [
    it.n,
    index.labels.kind[it.k] ?? it.k,
    it.p,
    it.y === undefined ? '' : String(it.y),
    // How sure the start year is, in the vocabulary's words: only where the data says.
    it.y === undefined || !it.yc ? '' : (index.certainty.labels[it.yc] ?? it.yc),
    index.labels.status[it.st] ?? it.st,
    // The year of the source that gives a running or starting status: how old "Actief" may be.
    it.sy === undefined ? '' : String(it.sy),
    words(it.s, index.labels.sector),
    words(it.l, index.labels.level),
    it.ld ? (index.organisations[it.ld] ?? '') : '',
    words(it.o, index.organisations),
    String(it.o.length),
    pageUrl(it.i),
    it.i,
  ]);
}

export interface SelectionFile {
  name: string;
  type: string;
  text: string;
}

/** The columns that hold whole numbers (years, the number of organisations): numbers in the file and in its table schema. */
export const WHOLE_NUMBER_HEADERS: readonly (typeof SELECTION_HEADERS)[number][] = [
  'Startjaar',
  'Status volgens een bron uit',
  'Aantal organisaties',
];
const NUMBER_COLUMNS = new Set<number>(WHOLE_NUMBER_HEADERS.map((h) => SELECTION_HEADERS.indexOf(h)));

/** The download itself: named for the site and the date; `spreadsheet` ends in `-excel.csv`. */
export function selectionFile(format: SelectionFormat, rows: readonly string[][], o: { title: string; date: Date }): SelectionFile {
  const typed: CsvCell[][] = rows.map((r) => r.map((c, n) => (NUMBER_COLUMNS.has(n) && c !== '' ? Number(c) : c)));
  const name = `${o.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-selectie-${dateStamp(o.date).iso}`;
  return {
    name: format === 'csv' ? `${name}.csv` : `${name}-excel.csv`,
    type: 'text/csv;charset=utf-8',
    text: writeCsv(SELECTION_HEADERS, typed, format === 'csv' ? PROGRAM_CSV : SPREADSHEET_CSV),
  };
}
