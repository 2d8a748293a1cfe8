/**
 * The editorial notes the importer and the starter dataset wrote on nearly every organisation
 * ("Uit de bronlijst als penvoerder van '…'. Soort afgeleid uit de naam.", "Soort ingevuld door
 * de redactie uit de naam en openbare kennis, …"): one general sentence on /over/ explains them,
 * so a page shows only what a person wrote, plus the fact the sentence carried (where the kind
 * and the place came from) beside the field it is about. The files keep the sentences: they are
 * where that fact is recorded per organisation (and the importer writes them).
 *
 * A place is only ever read from the organisation's name ("Gemeente Dordrecht", "Hogeschool
 * Utrecht"), from the researched list, which sometimes names the organisation with its place
 * ("Nova College (Haarlem)"), or given by the contributor who proposed the organisation; never
 * from what the editors happened to know (the content rule: no place that no source gives). So
 * there is no sentence for a place "filled in by the editors".
 */

/** Where the kind came from: read from the name, or filled in by the editors. */
export type KindBasis = 'name' | 'editors';

/**
 * Where the place came from: the name itself, the list's own words (quoted), or the contributor
 * who proposed the organisation (with the initiative they proposed it for).
 */
export type PlaceBasis = { from: 'name' } | { from: 'list'; quote: string } | { from: 'proposal'; initiative: string };

/** The generated sentences, exactly as written; each with what it says about the kind and place. */
// A quoted name may hold quotes itself ("Met Maritieme Techniek naar de Top!", "PPS'en"): a quote
// ends at the first "'." that ends the sentence (followed by a space or the end of the note), so
// a later sentence with a quote of its own is never taken into it.
const GENERATED: { pattern: RegExp; kind?: KindBasis; place?: (m: RegExpExecArray) => PlaceBasis }[] = [
  { pattern: /Uit de bronlijst als penvoerder van '.*?'\.(?=\s|$)/ },
  // What the intake writes when it adopts an organisation a contributor proposed (src/lib/intake).
  {
    pattern: /Aangemeld als nieuwe organisatie in het voorstel voor '(.*?)'\.(?=\s|$)/,
    place: (m) => ({ from: 'proposal', initiative: m[1] ?? '' }),
  },
  { pattern: /Soort afgeleid uit de naam\./, kind: 'name' },
  { pattern: /Soort en vestigingsplaats afgeleid uit de naam\./, kind: 'name', place: () => ({ from: 'name' }) },
  { pattern: /Vestigingsplaats afgeleid uit de naam\./, place: () => ({ from: 'name' }) },
  // The list's cell is quoted whole.
  {
    pattern: /Vestigingsplaats uit de bronlijst, die de organisatie noemt als '(.*?)'\.(?=\s|$)/,
    place: (m) => ({ from: 'list', quote: m[1] ?? '' }),
  },
  {
    pattern: /Soort ingevuld door de redactie uit de naam en openbare kennis, niet uit de bronlijst( \(die noemt alleen de naam\))?\./,
    kind: 'editors',
  },
];

export interface OrganisationNotes {
  /** What remains of the note: what a person wrote (undefined when nothing). */
  text?: string;
  /** Where a generated sentence said the kind came from (undefined: no such sentence). */
  kind?: KindBasis;
  /** Where a generated sentence said the place came from (undefined: no such sentence). */
  place?: PlaceBasis;
}

/** Splits an organisation's note into what a person wrote and the facts of the generated sentences. */
export function organisationNotes(notes: string | undefined): OrganisationNotes {
  // A note wrapped over lines in YAML reads as single spaces; the sentences are matched on that.
  let text = (notes ?? '').replace(/\s+/g, ' ');
  let kind: KindBasis | undefined;
  let place: PlaceBasis | undefined;
  for (const g of GENERATED) {
    const m = g.pattern.exec(text);
    if (!m) continue;
    text = text.replace(g.pattern, ' ');
    kind ??= g.kind;
    if (g.place) place ??= g.place(m);
  }
  text = text.replace(/\s+/g, ' ').trim();
  return { ...(text ? { text } : {}), ...(kind ? { kind } : {}), ...(place ? { place } : {}) };
}
