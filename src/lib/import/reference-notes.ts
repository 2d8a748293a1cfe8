/** The notes of an imported initiative: what the row says that no field holds, in the edition's Dutch. */
import type { Initiative } from '../schema/types.generated';
import { clean, known } from './reference-cells';
import type { ReferenceImport, RowInput } from './reference-import-state';
import { joinNames } from './reference-wording';

/** What the other steps read from a row that the notes may say. */
interface NotesInput {
  typeText: string | undefined;
  named: readonly { name: string }[];
  leads: readonly unknown[];
  leadInitiatives: readonly string[];
  placeSaid: string | undefined;
  workingAreaNote: string | undefined;
  relations: NonNullable<Initiative['relations']>;
  reason: string | undefined;
  shortReason: string | undefined;
}

/**
 * The row's notes: what its cells say that no field holds (its type, its leads when they are
 * not one organisation, its place when no working area has it), the edition's notes, and the
 * editors' whole reason for a related overlap when the relation's note had to shorten it and
 * there is room.
 */
export function notesOfRow(st: ReferenceImport, r: RowInput, n: NotesInput): string {
  const { e } = r;
  const kept = [
    n.typeText ? `Soort volgens de bron: ${n.typeText}.` : '',
    leadSentence(r, n),
    n.placeSaid && !n.workingAreaNote ? `Plaats of gebied volgens de bron: ${n.placeSaid}.` : '',
    e.status?.note ?? '',
    e.notes ?? '',
  ]
    .map((s) => clean(s).replace(/\.\.$/, '.'))
    .filter(Boolean)
    .join(' ');
  const reasonInNotes = overlapReason(st, r, n);
  return kept.length + reasonInNotes.length <= 1000 ? `${kept}${reasonInNotes}`.trim() : kept;
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
  if (known(row.lead) && leadText && (n.leads.length !== 1 || n.leadInitiatives.length || /[(;,]/.test(row.lead ?? '')))
    return `Penvoerder(s) volgens de bron: ${leadText}.`;
  return !known(row.lead) && e.lead ? `Penvoerder volgens de bron: ${e.lead}.` : '';
}

/** The editors' whole reason for a related overlap, when the relation's note could hold only its first sentences. */
function overlapReason(st: ReferenceImport, r: RowInput, n: NotesInput): string {
  const { e } = r;
  const { reason, shortReason } = n;
  return reason && reason !== shortReason && n.relations.some((x) => x.initiative === e.overlap!.initiative && x.note === shortReason)
    ? ` Verhouding met ${st.ctx.initiatives.find((i) => i.id === e.overlap!.initiative)?.data.name ?? e.overlap!.initiative}: ${reason}`
    : '';
}
