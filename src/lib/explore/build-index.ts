import { formerIdIndex } from '../former-ids';
import { vocabulary } from '../schema/schemas';
import { organisationIdsOf } from '../relations';
import { mapLabels, type MapLabel } from '../map/labels';
import { membershipOf, NATIONAL, UNPLACED, type Membership } from '../regions/membership';
import { OUTSIDE_REGION_LABELS } from '../regions/outside-labels';
import type { RegionSet } from '../regions/region-sets';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';
import { FACET_TABLE, VOCABULARY_FACETS, type ExploreIndex, type ExploreItem } from './filter';
import { isOverStatus, statusSourceAge } from './status-brief';

/**
 * The two values the primary region set's filter has beside its regions, so that no
 * initiative is outside every value (src/lib/regions/membership.ts): they come last.
 */
export const OUTSIDE_REGION_VALUES = [
  { id: NATIONAL, name: OUTSIDE_REGION_LABELS[NATIONAL] },
  { id: UNPLACED, name: OUTSIDE_REGION_LABELS[UNPLACED] },
] as const;

/**
 * The explorer's index: everything the filters and the list need, nothing more. In the
 * primary region set an item's regions are those on the map, those of its working area (also
 * in `w`), and 'landelijk' or 'onbekend' (OUTSIDE_REGION_VALUES).
 */
export function buildExploreIndex(
  initiatives: readonly InitiativeRecord[],
  organisations: readonly OrganisationRecord[],
  regionSets: readonly RegionSet[],
  regionNames: Record<string, string>,
  membership?: ReadonlyMap<string, Membership>,
): ExploreIndex {
  const orgName = new Map(organisations.map((o) => [o.id, o.data.short_name ? `${o.data.name} ${o.data.short_name}` : o.data.name]));
  const involved = new Set<string>();
  const items: ExploreItem[] = initiatives.map((rec) => {
    const d = rec.data;
    const m = membership?.get(rec.id) ?? membershipOf(rec, regionSets);
    const r: Record<string, string[]> = { ...m.onMap };
    const onMap = regionSets[0] ? (m.onMap[regionSets[0].id] ?? []) : [];
    if (regionSets[0])
      r[regionSets[0].id] = [...onMap, ...m.workingArea, ...(m.national ? [NATIONAL] : []), ...(m.unplaced ? [UNPLACED] : [])];
    const name = (id: string) => regionNames[id] ?? id;
    const place = [
      ...(m.national ? [OUTSIDE_REGION_LABELS[NATIONAL]] : []),
      ...onMap.map(name),
      ...m.workingArea.map((id) => `${name(id)} (werkgebied)`),
    ].join(', ');
    const orgIds = organisationIdsOf(d);
    for (const id of orgIds) involved.add(id);
    const text = [
      d.short_name,
      ...(d.former_names ?? []),
      d.theme,
      ...orgIds.map((id) => orgName.get(id) ?? ''),
      ...(d.locations ?? []).map((l) => l.place),
    ]
      .filter(Boolean)
      .join(' ');
    const age = statusSourceAge(d.status, d.status_source);
    return {
      i: rec.id,
      n: d.name,
      k: d.kind,
      s: d.sectors ?? [],
      l: d.levels ?? [],
      st: d.status,
      ...(age.sourceYear !== undefined ? { sy: age.sourceYear } : {}),
      ...(age.undatedSource ? { su: 1 as const } : {}),
      ...(isOverStatus(d.status) && d.end_year !== undefined ? { ey: d.end_year } : {}),
      ...(d.start_year !== undefined && d.start_year_certainty ? { yc: d.start_year_certainty } : {}),
      r,
      ...(m.workingArea.length ? { w: m.workingArea } : {}),
      p: place,
      t: text,
      o: orgIds,
      ...(d.lead_organisation ? { ld: d.lead_organisation } : {}),
      ...(d.start_year !== undefined ? { y: d.start_year } : {}),
    };
  });
  return {
    version: 1,
    regionSets: regionSets.map((s, n) => ({
      id: s.id,
      name: s.name,
      name_plural: s.name_plural,
      regions: [
        ...s.regions.map((x) => ({ id: x.id, name: x.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        ...(n === 0 ? OUTSIDE_REGION_VALUES : []),
      ],
    })),
    labels: Object.fromEntries(VOCABULARY_FACETS.map((f) => [f, vocabulary(FACET_TABLE[f].vocabulary).labels])) as ExploreIndex['labels'],
    certainty: { labels: vocabulary('certainty').labels, short: vocabulary('certainty').short },
    organisations: Object.fromEntries(organisations.filter((o) => involved.has(o.id)).map((o) => [o.id, o.data.name])),
    ...formerOrganisationsOf(organisations, involved),
    items,
  };
}

/** The old ids of the organisations the filter knows (ExploreIndex.formerOrganisations), left out when there are none. */
function formerOrganisationsOf(
  organisations: readonly OrganisationRecord[],
  involved: ReadonlySet<string>,
): Pick<ExploreIndex, 'formerOrganisations'> {
  const moved = [...formerIdIndex(organisations)].filter(([, to]) => involved.has(to));
  return moved.length ? { formerOrganisations: Object.fromEntries(moved) } : {};
}

/**
 * The points for the interactive map as compact arrays: every location as
 * [lon, lat, kind index, initiative index], coordinates rounded to 5 decimals (~1 m).
 * The browser turns them into GeoJSON; this keeps the file near 12 bytes gzip a point.
 */
export interface MapData {
  kinds: string[];
  ids: string[];
  points: number[];
  /** Names to draw for context (regions and the places most initiatives share). */
  labels: MapLabel[];
}

export function buildMapData(initiatives: readonly InitiativeRecord[], regionSet?: RegionSet): MapData {
  const kinds = vocabulary('initiative_kind').values;
  const ids: string[] = [];
  const points: number[] = [];
  initiatives.forEach((rec) => {
    const locations = rec.data.locations ?? [];
    if (!locations.length) return;
    const idx = ids.push(rec.id) - 1;
    for (const l of locations)
      points.push(Math.round(l.longitude * 1e5) / 1e5, Math.round(l.latitude * 1e5) / 1e5, kinds.indexOf(rec.data.kind), idx);
  });
  return { kinds, ids, points, labels: regionSet ? mapLabels(regionSet, initiatives) : [] };
}
