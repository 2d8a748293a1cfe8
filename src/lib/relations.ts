import { ENTITIES, namedIds, vocabulary, type EntityReference } from './schema/schemas';
import type { InitiativeRecord, OrganisationRecord } from './validate/validate-dataset';

export interface RelatedInitiative {
  id: string;
  label: string;
  year?: number;
  note?: string;
}

/**
 * The organisations involved in an initiative, once each, in schema order (the lead
 * organisation first, then the partners): every field its schema marks
 * `x-atlas-reference: organisation`. `references` is the descriptor's; a test passes a copy's.
 */
export function organisationIdsOf(
  d: Pick<InitiativeRecord['data'], 'lead_organisation' | 'partners'>,
  references: readonly EntityReference[] = ENTITIES.initiative.references,
): string[] {
  return [...new Set(namedIds(d, references).flatMap((r) => (r.target === 'organisation' ? [r.id] : [])))];
}

/** Dutch alphabetical order, as `localeCompare(…, 'nl')` gives it, without a collator made per comparison. */
const dutch = new Intl.Collator('nl');

/** Relations of one initiative in both directions: those it names and those naming it. */
export function relatedInitiatives(id: string, all: readonly InitiativeRecord[]): RelatedInitiative[] {
  // Both directions' words come from the schema (a fork may relabel them).
  const { labels: FORWARD, inverse: INVERSE } = vocabulary('relation_type');
  const out: RelatedInitiative[] = [];
  for (const rec of all) {
    for (const r of rec.data.relations ?? []) {
      if (rec.id === id)
        out.push({ id: r.initiative, label: FORWARD[r.type]!, ...(r.year ? { year: r.year } : {}), ...(r.note ? { note: r.note } : {}) });
      else if (r.initiative === id)
        out.push({ id: rec.id, label: INVERSE[r.type]!, ...(r.year ? { year: r.year } : {}), ...(r.note ? { note: r.note } : {}) });
    }
  }
  return out;
}

export interface OrganisationInvolvement {
  initiative: InitiativeRecord;
  role: 'lead' | string;
  note?: string;
}

/** For each organisation id: the initiatives it leads or joins. Built once per build. */
export function involvementByOrganisation(initiatives: readonly InitiativeRecord[]): Map<string, OrganisationInvolvement[]> {
  const map = new Map<string, OrganisationInvolvement[]>();
  const add = (org: string, item: OrganisationInvolvement) => {
    const list = map.get(org) ?? [];
    list.push(item);
    map.set(org, list);
  };
  for (const i of initiatives) {
    if (i.data.lead_organisation)
      add(i.data.lead_organisation, { initiative: i, role: 'lead', ...(i.data.lead_note ? { note: i.data.lead_note } : {}) });
    for (const p of i.data.partners ?? [])
      add(p.organisation, { initiative: i, role: p.role ?? 'partner', ...(p.note ? { note: p.note } : {}) });
  }
  return map;
}

/**
 * Organisations that work with `orgId` through at least one shared initiative, with counts.
 * Walks only the organisation's own initiatives, so it stays cheap on every page at scale.
 * `organisationsOf` (initiative id -> its organisations, the site model's) spares every
 * organisation page working them out again for each initiative it shares (0.5 s at 10,000).
 */
export function collaborators(
  orgId: string,
  involvement: ReadonlyMap<string, OrganisationInvolvement[]>,
  orgs: ReadonlyMap<string, OrganisationRecord>,
  organisationsOf?: ReadonlyMap<string, readonly string[]>,
): { org: OrganisationRecord; shared: number }[] {
  const counts = new Map<string, number>();
  const initiatives = new Set((involvement.get(orgId) ?? []).map((x) => x.initiative));
  for (const i of initiatives) {
    for (const m of organisationsOf?.get(i.id) ?? organisationIdsOf(i.data)) if (m !== orgId) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, shared]) => ({ org: orgs.get(id)!, shared }))
    .filter((x) => x.org)
    .sort((a, b) => b.shared - a.shared || dutch.compare(a.org.data.name, b.org.data.name));
}
