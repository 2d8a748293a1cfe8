import { stringify } from 'csv-stringify/browser/esm/sync';
import { neutraliseFormulaCell } from './spreadsheet-safety';

/**
 * How every CSV download of the atlas is written (issue #26), so that any spreadsheet reads it
 * the same way as a program does:
 *
 * - the header is row 1 (Power Query, pandas and pivot tables expect it there); what a file
 *   is, its licence, date and source are on the /data/ page and in datapackage.json, never
 *   above the header;
 * - a UTF-8 byte-order mark (without it Excel reads "Fryslân" as "FryslÃ¢n");
 * - every field in double quotes, so a comma, semicolon or tab inside a value never splits
 *   it, whichever separators an import dialog has ticked (LibreOffice ticks comma, semicolon
 *   and tab: 10 of 169 rows shifted when values with a comma were not quoted);
 * - CRLF line ends (RFC 4180);
 * - text that would start a formula gets an apostrophe (spreadsheet-safety.ts);
 * - numbers as numbers. Two dialects differ only in the separator and the decimal sign:
 *   `SPREADSHEET_CSV` (";" and a decimal comma) is what Dutch Excel opens by double-click and
 *   what a Dutch locale reads as numbers; `PROGRAM_CSV` ("," and a decimal point) is what R,
 *   pandas and `npm run import` expect. A Dutch spreadsheet reads "5.123" as 5123 (the point
 *   is its thousands separator), so a decimal number in PROGRAM_CSV always has at least four
 *   decimals ("5.1230"): a Dutch locale then keeps it as visible text, never as a wrong number.
 *
 * Why CSV and not .xlsx: a small maintained .xlsx writer exists (write-excel-file, on fflate),
 * but it would be one more dependency in the browser (the selection is made there), a second
 * format to keep equal to the CSV, and a format the data package (datapackage.json) cannot
 * describe column by column. CSV written this way opens the same in every spreadsheet and in
 * every program; a test proves it by opening each download in LibreOffice with a Dutch locale
 * (tests/integration/downloads-libreoffice.test.ts).
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

/** For programs: comma-separated, decimal point. */
export const PROGRAM_CSV: CsvDialect = { delimiter: ',', decimal: '.' };
/** For Dutch spreadsheets: semicolon-separated, decimal comma (Excel's list separator in nl-NL). */
export const SPREADSHEET_CSV: CsvDialect = { delimiter: ';', decimal: ',' };

/** A cell: text, a number, or nothing. */
export type CsvCell = string | number | undefined | null;

/** The fewest decimals a decimal number gets in PROGRAM_CSV (see above: never exactly three). */
const MIN_DECIMALS = 4;

/** A number as the dialect writes it. */
export function formatCsvNumber(value: number, dialect: CsvDialect): string {
  if (Number.isInteger(value)) return String(value);
  const plain = String(value);
  const decimals = plain.split('.')[1]?.length ?? 0;
  if (dialect.decimal === ',') return plain.replace('.', ',');
  return decimals >= MIN_DECIMALS ? plain : value.toFixed(MIN_DECIMALS);
}

/** A table as CSV text in the dialect, byte-order mark first, header in row 1. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  const cell = (c: CsvCell): string =>
    c === undefined || c === null ? '' : typeof c === 'number' ? formatCsvNumber(c, dialect) : neutraliseFormulaCell(c);
  const body = stringify([header.map(cell), ...rows.map((r) => r.map(cell))], {
    delimiter: dialect.delimiter,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
  });
  return `\ufeff${body}`;
}
