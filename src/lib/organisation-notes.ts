/**
 * The editorial notes the importer and the starter dataset wrote on nearly every organisation
 * ("Uit de bronlijst als penvoerder van '…'. Soort afgeleid uit de naam.", "Soort ingevuld door
 * de redactie uit de naam en openbare kennis, …"): one general sentence on /over/ explains them,
 * so a page shows only what a person wrote, plus the fact the sentence carried (kind, or kind and
 * place, derived from the name) beside the field it is about. The files keep the sentences: they
 * are where that fact is recorded per organisation (and the importer writes them).
 */

/** The generated sentences, exactly as written; each with what it says was derived. */
const GENERATED: { pattern: RegExp; kind: boolean; place: boolean }[] = [
  // The lead's name may itself hold quotes: the sentence ends at the last "'." of the note.
  { pattern: /Uit de bronlijst als penvoerder van '.*'\./, kind: false, place: false },
  { pattern: /Soort afgeleid uit de naam\./, kind: true, place: false },
  {
    pattern:
      /Soort en vestigingsplaats ingevuld door de redactie uit de naam en openbare kennis, niet uit de bronlijst \(die noemt alleen de naam\)\./,
    kind: true,
    place: true,
  },
  {
    pattern: /Soort ingevuld door de redactie uit de naam en openbare kennis, niet uit de bronlijst \(die noemt alleen de naam\)\./,
    kind: true,
    place: false,
  },
];

export interface OrganisationNotes {
  /** What remains of the note: what a person wrote (undefined when nothing). */
  text?: string;
  /** The generated sentence said the kind was derived from the name. */
  kindDerived: boolean;
  /** It said the place was filled in by the editors. */
  placeDerived: boolean;
}

/** Splits an organisation's note into what a person wrote and the facts of the generated sentences. */
export function organisationNotes(notes: string | undefined): OrganisationNotes {
  let text = notes ?? '';
  let kindDerived = false;
  let placeDerived = false;
  for (const g of GENERATED) {
    if (!g.pattern.test(text)) continue;
    text = text.replace(g.pattern, ' ');
    kindDerived ||= g.kind;
    placeDerived ||= g.place;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return { ...(text ? { text } : {}), kindDerived, placeDerived };
}
