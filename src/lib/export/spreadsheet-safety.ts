/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, tab or carriage return as a formula. Such a cell is written with a
 * leading apostrophe, which spreadsheets show as text and never evaluate. The value stays
 * recoverable: `restoreFormulaCell` removes exactly that apostrophe, so `npm run import`
 * reads back what was exported.
 *
 * A value that itself starts with apostrophes followed by one of those characters gets one
 * more apostrophe, so the mapping is one-to-one; an ordinary leading apostrophe
 * ("'s-Hertogenbosch") is left as it is.
 */
/** Zero or more apostrophes, then a character that starts a formula. */
const GUARDED = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell as written to CSV: text that a spreadsheet shows, never runs. */
export function neutraliseFormulaCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseFormulaCell, for cells read back by the importer. */
export function restoreFormulaCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
