import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ExploreIndex, ExploreItem } from '../explore/filter';
import { dateStamp } from '../text/dates';
import { neutraliseFormulaCell } from './spreadsheet-safety';

/**
 * "Download deze selectie": the filtered list as a table a reader can open, in two forms:
 * - `csv`: comma-separated UTF-8 for programs (R, Python, LibreOffice);
 * - `spreadsheet`: what Dutch Excel opens correctly by double-click: a UTF-8 byte-order mark
 *   (without it Excel reads "Fryslân" as "FryslÃ¢n") and semicolons (Dutch Excel's list
 *   separator), with a first line that says what the file is and when it was made.
 * Both use Dutch headers, labels instead of codes, region names and one readable cell per
 * list. We chose a BOM-prefixed CSV over .xlsx: it needs no extra library in the browser and
 * opens in every spreadsheet program; the issue allows either.
 */
export type SelectionFormat = 'csv' | 'spreadsheet';

export const SELECTION_HEADERS = [
  'Naam',
  'Soort',
  'Regio of plaats',
  'Startjaar',
  'Status',
  'Sectoren',
  'Onderwijsniveaus',
  'Penvoerder',
  'Betrokken organisaties',
  'Aantal organisaties',
  'Pagina in de atlas',
  'Id',
] as const;

/** The rows of the table: one per initiative, every cell readable text. */
export function selectionRows(
  items: readonly ExploreItem[],
  index: Pick<ExploreIndex, 'labels' | 'organisations'>,
  pageUrl: (id: string) => string,
): string[][] {
  const words = (values: readonly string[], labels: Record<string, string>) => values.map((v) => labels[v] ?? v).join('; ');
  return items.map((it) => [
    it.n,
    index.labels.kind[it.k] ?? it.k,
    it.p,
    it.y === undefined ? '' : String(it.y),
    index.labels.status[it.st] ?? it.st,
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

/**
 * The download itself. `description` names the filters ("Centre of Expertise (CoE),
 * Fryslân"); `source` is the page the selection came from.
 */
export function selectionFile(
  format: SelectionFormat,
  rows: readonly string[][],
  o: { title: string; description: string; source: string; date: Date },
): SelectionFile {
  const stamp = dateStamp(o.date);
  // Text cells that would start a formula are shown, never run (same guard as /data/).
  const safe = rows.map((r) => r.map((c, n) => (n === 3 || n === 9 ? c : neutraliseFormulaCell(c))));
  const name = `${o.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-selectie-${stamp.iso}`;
  if (format === 'csv') {
    return { name: `${name}.csv`, type: 'text/csv;charset=utf-8', text: stringify([[...SELECTION_HEADERS], ...safe]) };
  }
  const intro = [
    `${o.title}: ${rows.length} initiatieven${o.description ? ` (${o.description})` : ''}, gemaakt op ${stamp.words}. Bron: ${o.source}`,
  ];
  return {
    name: `${name}-spreadsheet.csv`,
    type: 'text/csv;charset=utf-8',
    text: `\ufeff${stringify([intro.map(neutraliseFormulaCell), [], [...SELECTION_HEADERS], ...safe], { delimiter: ';', record_delimiter: 'windows' })}`,
  };
}
