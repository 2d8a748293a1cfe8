/** The notes of an imported initiative: what the row says that no field holds, in the edition's Dutch. */
import { clean, known } from './reference-cells';
import { rowProblem, type ReferenceImport, type RowInput } from './reference-import-state';
import { isAbbreviation } from './reference-organisations';
import { joinNames } from './reference-wording';

/** What the other steps read from a row that the notes may say. */
interface NotesInput {
  typeText: string | undefined;
  named: readonly { name: string }[];
  leads: readonly unknown[];
  leadInitiatives: readonly string[];
  placeSaid: string | undefined;
  workingAreaNote: string | undefined;
  /** The editors' reason why a flagged overlap is another initiative. */
  reason: string | undefined;
}

/**
 * The row's notes: what its cells say that no field holds (its type, its leads when they are
 * not one organisation, its place when no working area has it), the edition's notes, and the
 * editors' reason why a flagged overlap is another initiative. Notes hold 1,000 characters: a
 * row whose notes would not fit is reported, never cut short.
 */
export function notesOfRow(st: ReferenceImport, r: RowInput, n: NotesInput): string {
  const { e } = r;
  const other = e.overlap?.initiative;
  const otherName = other ? (st.ctx.initiatives.find((i) => i.id === other)?.data.name ?? other) : '';
  repeatedSentences(st, r);
  const notes = [
    n.typeText ? `Soort volgens de bron: ${n.typeText}.` : '',
    leadSentence(r, n),
    n.placeSaid && !n.workingAreaNote ? `Plaats of gebied volgens de bron: ${n.placeSaid}.` : '',
    // The edition's note on its status is shown beside the status (status_note), not here.
    e.notes ?? '',
    // A sentence of its own: the reason starts with a capital ("Beide horen bij …").
    n.reason ? `Niet hetzelfde initiatief als ${otherName}${/[.!?]$/.test(otherName) ? '' : '.'} ${n.reason}` : '',
  ]
    .map((s) => clean(s).replace(/\.\.$/, '.'))
    .filter(Boolean)
    .join(' ');
  if (notes.length > 1000)
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'notes',
      `De opmerkingen worden ${notes.length} tekens, meer dan de 1000 die passen: kort de tekst in de Nederlandse editie in.`,
    );
  return notes;
}

/**
 * The leads as the source names them, when lead_organisation alone does not say it: several
 * leads, a lead that is an initiative, a bracket or a list in the cell, or a lead the row only
 * describes. A lead cell the edition gives no Dutch for is reported.
 */
function leadSentence(r: RowInput, n: NotesInput): string {
  const { row, e } = r;
  const leadText = e.lead ?? (n.named.length ? joinNames(n.named.map((l) => l.name)) : undefined);
  if (!known(row.lead) && clean(row.lead).length > 1 && !e.lead) r.missing('lead', clean(row.lead));
  // A bracket that is no abbreviation ("HAN (lectoraat Leren met ict)", "SOMA College (Harderwijk)")
  // says more than the names: only the edition's wording of the whole cell keeps it.
  // "(penvoerder)" only repeats what the field says: such a cell names one lead and nothing more.
  const cell = (row.lead ?? '').replace(/\s*\((penvoerder|lead)\)/gi, '');
  const brackets = [...cell.matchAll(/\(([^)]+)\)/g)].map((m) => clean(m[1]));
  if (known(row.lead) && !e.lead && brackets.some((b) => !isAbbreviation(b))) r.missing('lead', clean(row.lead));
  if (known(row.lead) && leadText && (n.leads.length !== 1 || n.leadInitiatives.length || /[(;,]/.test(cell)))
    return `Penvoerder(s) volgens de bron: ${leadText}.`;
  return !known(row.lead) && e.lead ? `Penvoerder volgens de bron: ${e.lead}.` : '';
}

/** Letters and digits only, lower case: the same words in the same order compare equal. */
const words = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * A sentence of the edition's notes that the status's or a relation's note already says (the
 * same words, or part of them): the page shows those notes beside the status and the relation,
 * so the reader would meet it twice. Reported for the editors to drop; never dropped here, since
 * which of the two places keeps it is their choice.
 */
function repeatedSentences(st: ReferenceImport, r: RowInput): void {
  const { e } = r;
  const elsewhere = [
    ...(e.status?.note ? [{ where: 'de status', text: words(e.status.note) }] : []),
    ...(e.relations ?? []).flatMap((x) => (x.note ? [{ where: `de relatie met ${x.initiative}`, text: words(x.note) }] : [])),
  ];
  for (const sentence of (e.notes ?? '').split(/(?<=[.!?])\s+/)) {
    const w = words(sentence);
    if (w.trim().split(' ').length < 4) continue;
    const same = elsewhere.find((x) => x.text.includes(w));
    if (same)
      rowProblem(
        st,
        r.rowNo,
        r.id,
        'notes',
        `De opmerking "${clean(sentence)}" staat al in de toelichting bij ${same.where}, die de pagina ook toont: de lezer leest haar twee keer. Laat haar in notes van de Nederlandse editie weg.`,
        'warning',
      );
  }
}
