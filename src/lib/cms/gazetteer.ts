import { makeProjection, pathFromGeometry, type Bounds } from '../map/projection';
import type { RegionSet } from '../regions/region-sets';
import type { ValidatedDataset } from '../validate/validate-dataset';

export interface Gazetteer {
  bounds: Bounds;
  width: number;
  height: number;
  regions: { name: string; d: string }[];
  places: { name: string; latitude: number; longitude: number }[];
}

/**
 * What the CMS's location picker needs, built from the data itself: every place already in
 * the atlas (so a contributor types "Leeuwarden" and gets its coordinates) and the province
 * outlines to click on. No geocoder and no tiles: nothing leaves the site.
 */
export function buildGazetteer(d: ValidatedDataset, set: RegionSet, bounds: Bounds, width = 480): Gazetteer {
  const p = makeProjection(bounds, width);
  const places = new Map<string, { name: string; latitude: number; longitude: number }>();
  const add = (name: string | undefined, latitude?: number, longitude?: number) => {
    if (!name || latitude === undefined || longitude === undefined) return;
    for (const n of [name, name.replace(/\s*\(.*\)\s*$/, '')]) if (n && !places.has(n)) places.set(n, { name: n, latitude, longitude });
  };
  for (const i of d.initiatives) for (const l of i.data.locations ?? []) if (l.precision !== 'lead_organisation') add(l.place, l.latitude, l.longitude);
  for (const o of d.organisations) add(o.data.place, o.data.latitude, o.data.longitude);
  return {
    bounds, width: p.width, height: p.height,
    regions: set.regions.map((r) => ({ name: r.name, d: pathFromGeometry(r.geometry, p, 1) })),
    places: [...places.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
