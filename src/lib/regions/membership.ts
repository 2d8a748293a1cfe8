/**
 * Where an initiative stands in the regional structure, in one place: every regional view (the
 * province filter, region pages, /witte-vlekken/, the figures, the downloads) reads it here, so
 * no view can drop an initiative without a map point silently.
 *
 * Three ways into a region of the primary set (the provinces), kept apart because they say
 * different things to a reader:
 * - on the map: a location's point lies in the region (derived from coordinates at build time);
 * - working area: `working_area.regions` names the region, as a source gives it (no fixed place);
 * and two ways to stand outside every region:
 * - national (`scope: national`): works in the whole country, named "landelijk";
 * - unplaced: no point, no working area, not national: "zonder bekend werkgebied".
 * A national initiative may have points too; it is then on the map there and still "landelijk".
 */
import type { InitiativeRecord } from '../records';
import type { RegionSet } from './region-sets';

/** Value of the province filter (and of the explorer index) for national initiatives. */
export const NATIONAL = 'landelijk';
/** Value of the province filter for initiatives with no point, no working area and no national scope. */
export const UNPLACED = 'onbekend';

/** The plain Dutch words for each way of belonging, used by every view. */
export const MEMBERSHIP_WORDS = {
  onMap: 'op de kaart',
  workingArea: 'zonder vaste plek in de regio (werkgebied genoemd in of afgeleid uit de bron)',
  workingAreaShort: 'werkgebied genoemd in of afgeleid uit de bron',
  national: 'landelijk',
  unplaced: 'zonder bekend werkgebied',
} as const;

export interface Membership {
  /** Per region set id: the regions a location's point lies in. */
  onMap: Record<string, string[]>;
  /** Primary-set region ids named by `working_area.regions`, without those already on the map. */
  workingArea: string[];
  /** `scope: national`. */
  national: boolean;
  /** No point, no working area and not national: in no region and named as such. */
  unplaced: boolean;
}

/** How one initiative belongs to the regions of every set (working areas name primary-set regions only). */
export function membershipOf(rec: InitiativeRecord, regionSets: readonly Pick<RegionSet, 'id'>[]): Membership {
  const onMap: Record<string, string[]> = {};
  for (const set of regionSets)
    onMap[set.id] = [...new Set(rec.derived.locations.map((l) => l.regions[set.id]).filter((x): x is string => !!x))];
  const primary = regionSets[0] ? onMap[regionSets[0].id]! : [];
  const workingArea = [...new Set(rec.data.working_area?.regions ?? [])].filter((r) => !primary.includes(r));
  const national = rec.data.scope === 'national';
  const placed = Object.values(onMap).some((l) => l.length) || primary.length > 0 || workingArea.length > 0;
  return { onMap, workingArea, national, unplaced: !national && !placed };
}

/** Every region of a set the initiative belongs to: on the map, and (for the primary set) its working area. */
export function regionsOfMembership(m: Membership, setId: string, primaryId: string): string[] {
  const onMap = m.onMap[setId] ?? [];
  return setId === primaryId ? [...onMap, ...m.workingArea] : onMap;
}

/** The initiatives of one region, split by how they belong to it; `all` is both, in input order. */
export interface RegionMembers {
  all: InitiativeRecord[];
  onMap: InitiativeRecord[];
  /** Only through the working area: no point in this region. */
  workingArea: InitiativeRecord[];
}

export interface RegionalStructure {
  membership: ReadonlyMap<string, Membership>;
  /** Region id (any set) -> its initiatives. Every region of every set has an entry. */
  byRegion: ReadonlyMap<string, RegionMembers>;
  /** `scope: national`, in input order. */
  national: InitiativeRecord[];
  /** In no region and not national, in input order. */
  unplaced: InitiativeRecord[];
}

/**
 * Groups initiatives by region (pass them sorted: every list keeps the input order). Each
 * initiative is in at least one region of the primary set, or national, or unplaced: the
 * property `tests/unit/region-membership.test.ts` pins.
 */
export function regionalStructure(initiatives: readonly InitiativeRecord[], regionSets: readonly RegionSet[]): RegionalStructure {
  const membership = new Map<string, Membership>();
  const byRegion = new Map<string, RegionMembers>();
  for (const set of regionSets) for (const r of set.regions) byRegion.set(r.id, { all: [], onMap: [], workingArea: [] });
  const national: InitiativeRecord[] = [];
  const unplaced: InitiativeRecord[] = [];
  for (const rec of initiatives) {
    const m = membershipOf(rec, regionSets);
    membership.set(rec.id, m);
    if (m.national) national.push(rec);
    if (m.unplaced) unplaced.push(rec);
    for (const set of regionSets) {
      for (const id of m.onMap[set.id] ?? []) {
        const g = byRegion.get(id);
        g?.onMap.push(rec);
        g?.all.push(rec);
      }
    }
    for (const id of m.workingArea) {
      const g = byRegion.get(id);
      g?.workingArea.push(rec);
      g?.all.push(rec);
    }
  }
  return { membership, byRegion, national, unplaced };
}

/** Which regions of a set an initiative counts in: the shape the counting helpers take. */
export type RegionsOf = (rec: InitiativeRecord, setId: string) => readonly string[];

/** The regions of a set that an initiative's points lie in (the map's view; working areas left out). */
export const pointRegionsOf: RegionsOf = (rec, setId) => [
  ...new Set(rec.derived.locations.map((l) => l.regions[setId]).filter((x): x is string => !!x)),
];

/** Every region an initiative belongs to (points and, in the primary set, its working area): what views count. */
export function memberRegionsOf(membership: ReadonlyMap<string, Membership>, primaryId: string): RegionsOf {
  return (rec, setId) => {
    const m = membership.get(rec.id);
    return m ? regionsOfMembership(m, setId, primaryId) : pointRegionsOf(rec, setId);
  };
}

/** How many initiatives stand where, each counted once: with a point, else a working area, else national, else unplaced. */
export interface PlaceCounts {
  onMap: number;
  workingAreaOnly: number;
  nationalOnly: number;
  unplaced: number;
}

/** The partition behind every "how counted" sentence (the map note, /cijfers/, /witte-vlekken/). */
export function placeCounts(initiatives: readonly InitiativeRecord[], membership: ReadonlyMap<string, Membership>): PlaceCounts {
  const out: PlaceCounts = { onMap: 0, workingAreaOnly: 0, nationalOnly: 0, unplaced: 0 };
  for (const rec of initiatives) {
    const m = membership.get(rec.id);
    if (!m) continue;
    if (Object.values(m.onMap).some((l) => l.length)) out.onMap++;
    else if (m.workingArea.length) out.workingAreaOnly++;
    else if (m.national) out.nationalOnly++;
    else out.unplaced++;
  }
  return out;
}
