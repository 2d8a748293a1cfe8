import { vocabulary } from '../schema/schemas';
import { organisationIdsOf } from '../relations';
import { mapLabels, type MapLabel } from '../map/labels';
import type { RegionSet } from '../regions/region-sets';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';
import { FACET_TABLE, type ExploreIndex, type ExploreItem } from './filter';

/** The explorer's index: everything the filters and the list need, nothing more. */
export function buildExploreIndex(
  initiatives: readonly InitiativeRecord[],
  organisations: readonly OrganisationRecord[],
  regionSets: readonly RegionSet[],
  regionNames: Record<string, string>,
): ExploreIndex {
  const orgName = new Map(organisations.map((o) => [o.id, o.data.short_name ? `${o.data.name} ${o.data.short_name}` : o.data.name]));
  const involved = new Set<string>();
  const items: ExploreItem[] = initiatives.map((rec) => {
    const d = rec.data;
    const r: Record<string, string[]> = {};
    for (const set of regionSets)
      r[set.id] = [...new Set(rec.derived.locations.map((l) => l.regions[set.id]).filter((x): x is string => !!x))];
    const primary = regionSets[0] ? (r[regionSets[0].id] ?? []) : [];
    const place = d.scope === 'national' ? vocabulary('scope').labels.national! : primary.map((id) => regionNames[id] ?? id).join(', ');
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
    return {
      i: rec.id,
      n: d.name,
      k: d.kind,
      s: d.sectors ?? [],
      l: d.levels ?? [],
      st: d.status,
      r,
      p: place,
      t: text,
      o: orgIds,
      ...(d.lead_organisation ? { ld: d.lead_organisation } : {}),
      ...(d.start_year !== undefined ? { y: d.start_year } : {}),
    };
  });
  return {
    version: 1,
    regionSets: regionSets.map((s) => ({
      id: s.id,
      name: s.name,
      name_plural: s.name_plural,
      regions: s.regions.map((x) => ({ id: x.id, name: x.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    })),
    labels: {
      kind: vocabulary(FACET_TABLE.kind.vocabulary!).labels,
      sector: vocabulary(FACET_TABLE.sector.vocabulary!).labels,
      level: vocabulary(FACET_TABLE.level.vocabulary!).labels,
      status: vocabulary(FACET_TABLE.status.vocabulary!).labels,
    },
    organisations: Object.fromEntries(organisations.filter((o) => involved.has(o.id)).map((o) => [o.id, o.data.name])),
    items,
  };
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
