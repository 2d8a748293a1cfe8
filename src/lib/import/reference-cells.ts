/**
 * Reading one cell of a researched source list: its text with the spacing cleaned up, whether it
 * says anything (`—` = not in the sources), its parts outside brackets, and the start year it
 * gives. Every other module of
 * the reference import reads cells through these.
 */
import type { Initiative } from '../schema/types.generated';

/** A cell that starts with "—": the researchers did not find it in the sources. */
export const NOT_FOUND = /^—/;

/** A cell's text on one line, without spaces at the ends; '' for a missing cell. */
export const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Does a cell say something (not empty, not "— not in the sources")? */
export const known = (s: string | undefined) => !!clean(s) && !NOT_FOUND.test(clean(s));

/** The text after a leading "—" of a cell, brackets removed ("— (exploration stage)" → "exploration stage"). */
export function afterNotFound(cell: string): string {
  return clean(clean(cell).replace(NOT_FOUND, ''))
    .replace(/^\((.*)\)$/, '$1')
    .trim();
}

/**
 * The parts of a cell between separators outside brackets: `separator` (anchored with ^) is
 * tried at every position outside brackets, so "A (B, C), D" split at ", " is ["A (B, C)",
 * "D"]. Parts come as they are, empty ones included.
 */
export function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0,
    current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const sep = depth === 0 ? separator.exec(text.slice(i)) : null;
    if (sep) {
      parts.push(current);
      current = '';
      i += sep[0].length - 1;
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/**
 * Start year and its certainty from a start_year cell ("c. 2012 ('...')", "2011–2012 (...)",
 * "2022 (reported May 2022)") and the row's notes, where they say the year is uncertain. "exact"
 * only where the cell dates the start itself.
 * `note` is there whenever the cell says more than a bare year, also after a leading "—"
 * ("— (exploration stage)"): the edition's Dutch wording of the cell becomes `start_year_note`.
 */
export function startYearOf(
  cell: string,
  notes = '',
): { year?: number; certainty?: NonNullable<Initiative['start_year_certainty']>; note?: string } {
  const text = clean(cell);
  const m = /^(c\.\s*)?(\d{4})(\s*[–-]\s*\d{4})?/.exec(text);
  if (!m) {
    const rest = known(text) ? text : afterNotFound(text);
    return rest ? { note: rest.slice(0, 300) } : {};
  }
  // The row's notes may doubt the year the cell states ("… (start year therefore uncertain)",
  // "Start year differs by source"):
  // the certainty follows the doubt, never the cell alone (a reader review found "exact" beside it).
  const doubted = /uncertain/i.test(text) || /start year[^.;,]*\b(?:uncertain|differs)\b|\buncertain start year/i.test(notes);
  // What the year stands for, in the first clause after it (up to the first ';' or closing bracket,
  // words before a bracket included: "2012 grant (EUR 4M OCW)"): a plan or an idea leaves the start
  // itself uncertain; a report, announcement, pledge, grant or decision dates something else than
  // the start, and "a year ago" counts back from a report, so the year is derived from the source
  // ("2022 (reported May 2022)"). Later clauses ("opened autumn 2018; announced Aug 2017") speak of
  // other events, and "start reported Feb 2021" dates the start. Two reviews found the cases.
  const why = /^[^;)]*/.exec(text.slice(m[0].length))?.[0] ?? '';
  const planned = /\b(?:planned|plan stage|idea|feasibility)\b/i.test(why);
  const derived =
    /\b(?:announced|(?<!start )reported|award|grant|subsidy|pledged?|commitment|presented|bought|decision|in formation|ambition|talks|basis laid|tranche|ago)\b/i.test(
      why,
    );
  const certainty = doubted || planned ? 'uncertain' : m[1] || m[3] || derived ? 'approximate' : 'exact';
  return { year: Number(m[2]), certainty, ...(text !== m[2] ? { note: text.slice(0, 300) } : {}) };
}
