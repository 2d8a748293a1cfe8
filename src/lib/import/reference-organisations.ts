/**
 * Organisations by name: the leads a lead cell names, an organisation's kind read from its name,
 * the existing organisation a name means, and the lead fields of an initiative. Pure name
 * matching; creating an organisation for a row is reference-leads.ts.
 */
import { organisationNames } from '../organisation-names';
import type { Initiative, Organisation } from '../schema/types.generated';
import { organisationNameKey } from '../text/unsafe-characters';
import { joinNames } from '../text/join';
import type { OrganisationRecord } from '../validate/validate-dataset';
import { clean, known, NOT_FOUND, splitOutsideBrackets } from './reference-cells';

/** An organisation's kind read from its name; 'other' when the name does not say. */
export function organisationKindFromName(name: string): Organisation['kind'] {
  if (
    /university of applied sciences|hogeschool|hogescholen|\bHAN\b|\bHAS\b|Fontys|Avans|Saxion|Windesheim|Inholland|Zuyd|Hanze|NHL|Stenden|Van Hall|Aeres Hogeschool|Breda University/i.test(
      name,
    )
  )
    return 'university_of_applied_sciences';
  if (/universiteit|university|\bTU\b|\bUMC|\bWUR\b|Wageningen/i.test(name)) return 'university';
  if (
    /\bROC\b|\bmbo\b|opleidingen|onderwijsgroep|\bcollege\b|Summa|Gilde|Scalda|Albeda|Zadkine|Noorderpoort|Friese Poort|Rijnland|Landstede|Lentiz|STC/i.test(
      name,
    )
  )
    return 'mbo_institution';
  if (/gemeente|provincie|ministerie|metropoolregio|waterschap|\bregio\b/i.test(name)) return 'government';
  if (/\bB\.?V\.?\b|\bN\.?V\.?\b/.test(name)) return 'company';
  return 'other';
}

/**
 * Is a bracketed part of a lead cell an abbreviation of the name before it ("(HAN)",
 * "(STC-Group)")? Only a short word in capitals that is not a place: "(Tilburg)" says where
 * the organisation sits and must never match ROC Tilburg.
 */
export function isAbbreviation(text: string, isPlace: (name: string) => boolean = () => false): boolean {
  const t = clean(text);
  return /^[\p{Lu}\d][\p{L}\d&.-]{1,11}$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !isPlace(t);
}

/**
 * Leads named in a lead cell: "A / B (jointly)" → [A, B]. A bracketed abbreviation is kept as an
 * alias ("Hogeschool van Arnhem en Nijmegen (HAN)"); any other bracket (a place, "jointly") is
 * neither name nor alias: the edition's wording of the whole cell says it in notes.
 */
export function leadNames(cell: string, isPlace?: (name: string) => boolean): { name: string; aliases: string[] }[] {
  if (!known(cell)) return [];
  const main = clean(cell).split(';')[0]!;
  // Split on " / ", " + " and ", " outside brackets only.
  return splitOutsideBrackets(main, /^( \/ | \+ |, )/)
    .map((p) => ({
      name: clean(p.replace(/\([^)]*\)?/g, '')),
      aliases: [...p.matchAll(/\(([^)]+)\)/g)].map((m) => clean(m[1])).filter((a) => isAbbreviation(a, isPlace)),
    }))
    .filter((l) => l.name.length >= 2 && !NOT_FOUND.test(l.name));
}

/** Names under which an existing organisation is known: name, short name, former names, the bracketed abbreviation. */
export function organisationAliases(orgs: readonly OrganisationRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of orgs) {
    const names = [...organisationNames(o.data), /\(([^)]+)\)/.exec(o.data.name)?.[1], o.data.name.replace(/\s*\([^)]*\)/g, '')];
    for (const n of names) if (n && organisationNameKey(n) && !out.has(organisationNameKey(n))) out.set(organisationNameKey(n), o.id);
  }
  return out;
}

/**
 * The existing organisation a name means: an alias equal to the name or to its bracketed
 * abbreviation, or a name that contains the other as whole words ("Albeda" = "Albeda
 * College"), at least six letters long so short words cannot match by chance.
 */
export function findOrganisation(aliases: ReadonlyMap<string, string>, candidates: string[]): string | undefined {
  for (const c of candidates) {
    const id = aliases.get(organisationNameKey(c));
    if (id) return id;
  }
  for (const c of candidates.map(organisationNameKey).filter((k) => k.length >= 6)) {
    for (const [alias, id] of aliases) {
      if (alias.length >= 6 && (` ${alias} `.includes(` ${c} `) || ` ${c} `.includes(` ${alias} `))) return id;
    }
  }
  return undefined;
}

/** What a page says beside a lead the source names by a former name (or by two, merged since). */
export const namedAsNote = (names: readonly string[]) =>
  `In de bron: ${joinNames(names)} (${names.length > 1 ? 'eerdere namen' : 'een eerdere naam'})`;

/**
 * The first lead is the lead organisation; the others are partners with the role co_lead (never
 * the lead again, nor one organisation twice: two schools that merged since are one lead). A lead
 * the source names by a former name says that name in its note.
 */
export function leadFields(
  leads: readonly { id: string; namedAs?: string | undefined }[],
): Pick<Initiative, 'lead_organisation' | 'lead_note' | 'partners'> {
  const ids = [...new Set(leads.map((l) => l.id))];
  const noteOf = (id: string) => {
    const names = [...new Set(leads.filter((l) => l.id === id && l.namedAs).map((l) => l.namedAs!))];
    return names.length ? namedAsNote(names) : undefined;
  };
  const coLeads = ids.slice(1).map((id) => {
    const note = noteOf(id);
    return { organisation: id, role: 'co_lead' as const, ...(note ? { note } : {}) };
  });
  const first = ids[0];
  const firstNote = first ? noteOf(first) : undefined;
  return {
    ...(first ? { lead_organisation: first } : {}),
    ...(firstNote ? { lead_note: firstNote } : {}),
    ...(coLeads.length ? { partners: coLeads } : {}),
  };
}
