import { regionNameIndex } from './regions/region-names';
import { involvementByOrganisation, type OrganisationInvolvement } from './relations';
import type { InitiativeRecord, OrganisationRecord, ValidatedDataset } from './validate/validate-dataset';

/** Look-ups every page needs, built once per dataset (per build), never per page. */
export interface SiteIndex {
  initiatives: ReadonlyMap<string, InitiativeRecord>;
  organisations: ReadonlyMap<string, OrganisationRecord>;
  involvement: ReadonlyMap<string, OrganisationInvolvement[]>;
  /** Initiative id -> the initiatives in a relation with it: itself if it names others, and those naming it. */
  relations: ReadonlyMap<string, InitiativeRecord[]>;
  regionNames: Record<string, string>;
  /** Region id -> initiatives with a location in it. */
  byRegion: ReadonlyMap<string, InitiativeRecord[]>;
}

const memo = new WeakMap<ValidatedDataset, SiteIndex>();

export function siteIndex(d: ValidatedDataset): SiteIndex {
  const known = memo.get(d);
  if (known) return known;
  const relations = new Map<string, InitiativeRecord[]>();
  const byRegion = new Map<string, InitiativeRecord[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const l = m.get(k);
    if (l) {
      if (!l.includes(v)) l.push(v);
    } else m.set(k, [v]);
  };
  const initiatives = new Map(d.initiatives.map((i) => [i.id, i]));
  for (const i of d.initiatives) {
    for (const r of i.data.relations ?? []) {
      push(relations, i.id, i);
      const other = initiatives.get(r.initiative);
      if (other) push(relations, r.initiative, i);
    }
    for (const l of i.derived.locations) for (const region of Object.values(l.regions)) push(byRegion, region, i);
  }
  const index: SiteIndex = {
    initiatives,
    organisations: new Map(d.organisations.map((o) => [o.id, o])),
    involvement: involvementByOrganisation(d.initiatives),
    relations,
    regionNames: regionNameIndex(d.regionSets),
    byRegion,
  };
  memo.set(d, index);
  return index;
}
