/**
 * Imports a researched source list in the atlas's reference format (the columns of
 * shared/reference/*.csv: id, name, type, lead, partners, city_or_area, province, sector_theme,
 * start_year, website, sources, notes; `—` = not in the sources, `†`/`‡` = derived province,
 * `c.`/`uncertain` = inferred year). The rules are those of the starter set and err on the side
 * of leaving out:
 * - only facts in the row; what it does not say stays empty, and every cell that is not fully
 *   turned into fields is kept word for word in `notes` or `partners_note`;
 * - a point on the map only when `city_or_area` names one place the gazetteer knows (and in the
 *   province the row gives); an area, a list of places or "national" gets no point;
 * - the lead(s) become organisations (existing ones matched by name, short name or the
 *   abbreviation in brackets; new ones with the kind read from their name, said so in `notes`);
 *   other partners are kept as the row's text in `partners_note`, because a partner cell mixes
 *   organisations with groups ("companies", "governments");
 * - programmes and funding schemes (RIF, Nationaal Groeifonds, Zorgpact) are funding or notes,
 *   never kinds; levels only where the kind fixes them or the type names them;
 * - the Dutch summary is made from these fields only, so it cannot state more than they do.
 *
 * This module reads the rows in order and hands each to the step that decides it; each step is
 * its own module, reference-<what it decides>.ts: cells, classification (kind, sectors, levels,
 * funding), organisations and leads, places, sources, wording, relations, summary, notes,
 * merge, initiative (the file), and validated-plan (what is written); row decides which rows
 * are imported at all, and import-state holds what the steps share.
 */
import type { Problem } from '../problems';
import type { SourceFile } from '../validate/validate-dataset';
import type { ImportPlan } from './spreadsheet';
import { startReferenceImport, type ReferenceContext, type ReferenceImport, type ReferenceImportOptions } from './reference-import-state';
import { planInitiative } from './reference-initiative';
import { mergeIntoExisting, planMergedFiles } from './reference-merge';
import { reportUnusedEntries, soundRowInput } from './reference-row';
import { validatedReferencePlan } from './reference-validated-plan';

/** The columns that make a CSV file a reference list. */
export const REFERENCE_COLUMNS = [
  'id',
  'name',
  'type',
  'lead',
  'partners',
  'city_or_area',
  'province',
  'sector_theme',
  'start_year',
  'website',
  'sources',
  'notes',
] as const;

/** Is this a reference list (by its header)? */
export function isReferenceList(header: readonly string[]): boolean {
  return REFERENCE_COLUMNS.every((c) => header.includes(c));
}

/** One row: reported and left out without a valid id and name or a sound edition entry, else merged or planned. */
function planReferenceRow(st: ReferenceImport, row: Record<string, string>, rowNo: number): void {
  const input = soundRowInput(st, row, rowNo);
  if (!input) return;
  // The same initiative as a file already in the atlas: its name and sources go there.
  if (input.e.overlap?.decision === 'same') mergeIntoExisting(st, input, input.e.overlap.initiative);
  else planInitiative(st, input);
}

/**
 * Plans the import of a reference list: files to write (initiatives, new organisations, and an
 * existing file a row is merged into) and problems per row, validated like the spreadsheet
 * import. Facts come from the CSV row, every public text from the Dutch edition; a row without
 * a sound edition entry is not written. Pure: nothing is written here.
 */
export function planReferenceImport(
  rows: Record<string, string>[],
  ctx: ReferenceContext,
  texts: Map<string, string>,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
  options: ReferenceImportOptions,
): ImportPlan {
  const st = startReferenceImport(rows, ctx, texts, options);
  // Numbered as a spreadsheet shows them: the header is row 1.
  rows.forEach((row, index) => planReferenceRow(st, row, index + 2));
  planMergedFiles(st);
  reportUnusedEntries(st);
  return validatedReferencePlan(st, validate);
}
