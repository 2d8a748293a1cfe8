/**
 * A row's relations with other initiatives: the edition's, a flagged overlap, a lead that is an
 * initiative, a stated merger and starter records the notes name; only to initiatives that are
 * (or will be) written.
 */
import type { Initiative } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';
import { clean } from './reference-cells';
import { rowProblem, type ReferenceImport, type RowInput } from './reference-import-state';
import { firstSentences } from './reference-wording';

/** The kind of relation a sentence of the notes states with a starter record it names. */
export function starterRelationType(
  sentence: string,
  statusMerged: boolean,
  mergedElsewhere: boolean,
): 'merged_into' | 'part_of' | 'works_with' {
  if (statusMerged && /continued|merged/i.test(sentence) && !mergedElsewhere) return 'merged_into';
  return /\b(part of|based at)\b/i.test(sentence) ? 'part_of' : 'works_with';
}

/**
 * A row's relations: the edition's, a flagged overlap, a lead that is an initiative, a stated
 * merger, and starter records the notes name; each other initiative once, the first wins. A
 * relation to a row not written yet (of a list imported later) is reported and waits for the
 * next import. Also returns the editors' reason for a related overlap, whole and as the
 * relation's note (shortened at a sentence's end where it is longer than a note holds).
 */
export function relationsOfRow(st: ReferenceImport, r: RowInput, leadInitiatives: readonly string[]) {
  const { e, id } = r;
  const relations: NonNullable<Initiative['relations']> = [];
  const relate = (x: NonNullable<Initiative['relations']>[number]) => {
    const target = st.sameAs.get(x.initiative) ?? x.initiative;
    if (target !== id && !relations.some((y) => y.initiative === target)) relations.push({ ...x, initiative: target });
  };
  for (const x of e.relations ?? [])
    relate({ type: x.type as 'works_with', initiative: x.initiative, ...(x.note ? { note: x.note } : {}) });
  const reason = e.overlap?.reason ? clean(e.overlap.reason) : undefined;
  const shortReason = reason ? firstSentences(reason, 300) : undefined;
  if (e.overlap?.decision === 'related')
    relate({ type: 'works_with', initiative: e.overlap.initiative, ...(shortReason ? { note: shortReason } : {}) });
  for (const other of leadInitiatives)
    relate({ type: 'works_with', initiative: other, note: 'Penvoerder van dit initiatief volgens de bronlijst.' });
  const notes = clean(r.row.notes);
  const merged = /merged into ([^.;,()]+)/i.exec(notes);
  const mergedId = merged?.[1] ? st.initiativeByName.get(foldName(merged[1])) : undefined;
  if (mergedId) relate({ type: 'merged_into', initiative: mergedId });
  const statusMerged = /\(status: merged\)/i.test(notes);
  for (const sentence of notes.split(/(?<=\.)\s+|;\s+/))
    for (const [, other] of sentence.matchAll(/starter record '([a-z0-9-]+)'/g))
      if (st.ids.has(other!)) relate({ type: starterRelationType(sentence, statusMerged, !!mergedId), initiative: other! });
  const writable = (target: string) =>
    st.ids.has(target) || (st.rowIds.has(target) && !st.sameAs.has(target) && st.options.edition.has(target));
  for (const x of relations.filter((y) => !writable(y.initiative))) {
    rowProblem(
      st,
      r.rowNo,
      id,
      'relations',
      `De relatie met '${x.initiative}' is nog niet opgenomen: dat initiatief staat nog niet in data/. Importeer eerst die lijst en daarna deze opnieuw.`,
      'warning',
    );
    relations.splice(relations.indexOf(x), 1);
  }
  return { relations, reason, shortReason };
}
