/**
 * A row's relations with other initiatives: the edition's, a flagged overlap, a lead that is an
 * initiative, a stated merger and starter records the notes name; only to initiatives that are
 * (or will be) written.
 */
import type { Initiative } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';
import { clean } from './reference-cells';
import { rowProblem, type ReferenceImport, type RowInput } from './reference-import-state';

/**
 * The kind of relation a sentence of the notes states with a starter record it names. Working
 * together only where the sentence says so; a sentence that only links the two ("related to",
 * "see", "same school") gives "related", which claims no cooperation.
 */
export function starterRelationType(
  sentence: string,
  statusMerged: boolean,
  mergedElsewhere: boolean,
): 'merged_into' | 'part_of' | 'works_with' | 'related' {
  if (statusMerged && /continued|merged/i.test(sentence) && !mergedElsewhere) return 'merged_into';
  if (/\b(part of|based at)\b/i.test(sentence)) return 'part_of';
  return /\b(works? (together )?with|working with|cooperat\w*|collaborat\w*|partners? (of|with|in))\b/i.test(sentence)
    ? 'works_with'
    : 'related';
}

type Relation = NonNullable<Initiative['relations']>[number];

/**
 * A row's relations: the edition's, a lead that is an initiative, a stated merger, and starter
 * records the notes name; each other initiative once, the first wins. A relation to a row not
 * written yet (of a list imported later) is reported and waits for the next import. A flagged
 * overlap that the editors found to be another initiative is no relation: the two need not work
 * together (one such source "legt geen verband"), so its reason goes to the notes
 * (reference-notes.ts), and only a relation the edition states is written.
 */
export function relationsOfRow(st: ReferenceImport, r: RowInput, leadInitiatives: readonly string[]) {
  const reason = r.e.overlap?.decision === 'related' && r.e.overlap.reason ? clean(r.e.overlap.reason) : undefined;
  const relations = oncePerInitiative(st, r.id, statedRelations(st, r, leadInitiatives));
  return { relations: writableRelations(st, r, relations), reason };
}

/** Every relation the row states, in order of precedence: the edition's, leads that are initiatives, then what the notes say. */
function statedRelations(st: ReferenceImport, r: RowInput, leadInitiatives: readonly string[]): Relation[] {
  const { e } = r;
  return [
    ...(e.relations ?? []).map((x) => ({ type: x.type as 'works_with', initiative: x.initiative, ...(x.note ? { note: x.note } : {}) })),
    ...leadInitiatives.map((other) => ({
      type: 'works_with' as const,
      initiative: other,
      note: 'Penvoerder van dit initiatief volgens de bronlijst.',
    })),
    ...relationsInNotes(st, clean(r.row.notes)),
  ];
}

/** The merger the notes state ("merged into <a name of the atlas>") and the starter records they name, each with the kind of relation its sentence states. */
function relationsInNotes(st: ReferenceImport, notes: string): Relation[] {
  const out: Relation[] = [];
  const merged = /merged into ([^.;,()]+)/i.exec(notes);
  const mergedId = merged?.[1] ? st.initiativeByName.get(foldName(merged[1])) : undefined;
  if (mergedId) out.push({ type: 'merged_into', initiative: mergedId });
  const statusMerged = /\(status: merged\)/i.test(notes);
  for (const sentence of notes.split(/(?<=\.)\s+|;\s+/))
    for (const [, other] of sentence.matchAll(/starter record '([a-z0-9-]+)'/g))
      if (st.ids.has(other!)) out.push({ type: starterRelationType(sentence, statusMerged, !!mergedId), initiative: other! });
  return out;
}

/** Each other initiative once (the first relation wins); a row merged into a file is related as that file, and the row never with itself. */
function oncePerInitiative(st: ReferenceImport, id: string, stated: readonly Relation[]): Relation[] {
  const relations: Relation[] = [];
  for (const x of stated) {
    const target = st.sameAs.get(x.initiative) ?? x.initiative;
    if (target !== id && !relations.some((y) => y.initiative === target)) relations.push({ ...x, initiative: target });
  }
  return relations;
}

/** The relations that can be written now: to a file in data/ or to a row of this list that gets its own file. The others are reported. */
function writableRelations(st: ReferenceImport, r: RowInput, relations: readonly Relation[]): Relation[] {
  const writable = (target: string) =>
    st.ids.has(target) || (st.rowIds.has(target) && !st.sameAs.has(target) && st.options.edition.has(target));
  for (const x of relations.filter((y) => !writable(y.initiative)))
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'relations',
      `De relatie met '${x.initiative}' is nog niet opgenomen: dat initiatief staat nog niet in data/. Importeer eerst die lijst en daarna deze opnieuw.`,
      'warning',
    );
  return relations.filter((x) => writable(x.initiative));
}
