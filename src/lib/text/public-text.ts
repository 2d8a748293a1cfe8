/**
 * The free-text fields a reader sees on the site, and what is wrong with one: English prose
 * outside a marked quotation (src/lib/text/language.ts), or an import marker (†, ‡) that
 * should have become a certainty field. Used by tests/unit/public-text-dutch.test.ts over the
 * real data; pure, so a validation rule can use it once the data is Dutch.
 */
import type { Initiative, Organisation } from '../schema/types.generated';
import { englishPassages, QUOTATION_MARK, withoutMarkedQuotations } from './language';

/** One public text of a record: its field path (as validation messages write it) and its value. */
export interface PublicText {
  field: string;
  text: string;
}

/** Every public free-text field of an initiative, in schema order. */
export function initiativeTexts(d: Initiative): PublicText[] {
  const out: PublicText[] = [];
  const add = (field: string, text: string | undefined) => {
    if (text) out.push({ field, text });
  };
  add('status_note', d.status_note);
  add('summary', d.summary);
  add('description', d.description);
  add('theme', d.theme);
  add('lead_note', d.lead_note);
  (d.partners ?? []).forEach((p, i) => add(`partners[${i}].note`, p.note));
  add('partners_note', d.partners_note);
  (d.locations ?? []).forEach((l, i) => add(`locations[${i}].place`, l.place));
  add('working_area.note', d.working_area?.note);
  add('start_year_note', d.start_year_note);
  (d.funding ?? []).forEach((f, i) => add(`funding[${i}].note`, f.note));
  // Figures have no note in today's schema; one added later is checked without a change here.
  (d.figures ?? []).forEach((f, i) => add(`figures[${i}].note`, (f as { note?: string }).note));
  (d.success_factors ?? []).forEach((f, i) => add(`success_factors[${i}].statement`, f.statement));
  (d.challenges ?? []).forEach((f, i) => add(`challenges[${i}].statement`, f.statement));
  (d.relations ?? []).forEach((r, i) => add(`relations[${i}].note`, r.note));
  add('notes', d.notes);
  return out;
}

/** Every public free-text field of an organisation. */
export function organisationTexts(d: Organisation): PublicText[] {
  return d.notes ? [{ field: 'notes', text: d.notes }] : [];
}

/** Import markers of the researched lists; on a page they must have become a certainty. */
const IMPORT_MARKERS = /[†‡]/;

/** What is wrong with one public text, in Dutch, or undefined. */
export function publicTextProblem(text: string): string | undefined {
  const marker = IMPORT_MARKERS.exec(text)?.[0];
  if (marker) return `bevat het importteken "${marker}"; maak er een zekerheid (certainty) of een toelichting van`;
  const english = englishPassages(withoutMarkedQuotations(text));
  if (english.length)
    return `bevat Engelse tekst ("${english[0]!.slice(0, 60)}${english[0]!.length > 60 ? '…' : ''}"); vertaal die, of citeer haar als "…" ${QUOTATION_MARK}`;
  return undefined;
}
