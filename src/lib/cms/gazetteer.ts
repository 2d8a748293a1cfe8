import { makeProjection, type Bounds } from '../map/projection';
import { regionOfPoint, type RegionSet } from '../regions/region-sets';
import { foldName } from '../text/unsafe-characters';
import type { ValidatedDataset } from '../validate/validate-dataset';

/** A place from an open gazetteer (GeoNames). */
export interface OpenPlace {
  name: string;
  latitude: number;
  longitude: number;
}

/** A place to choose: its point, what the point stands for, and where the point came from. */
export interface GazetteerPlace {
  name: string;
  latitude: number;
  longitude: number;
  precision?: 'place' | 'area';
  /**
   * Where the point comes from when the atlas's own data gave it, in Dutch ("de locatie
   * 'Pieterburen (aangewezen op de kaart)' van initiatief x"); absent for the open gazetteer.
   */
  from?: string;
}

export interface Gazetteer {
  bounds: Bounds;
  width: number;
  height: number;
  /** `precision` says what the point stands for: an area's centre (a province) or a place. */
  places: GazetteerPlace[];
  /** Where the open places come from, as their licence asks to say. */
  credit?: string;
}

/** Dutch alphabetical order, one collator for thousands of names (not one per comparison). */
const DUTCH = new Intl.Collator('nl');

/** Two spellings of a place are the same place: ’s and 's, accents, case and hyphens aside. */
export const samePlace = (a: string, b: string): boolean => foldName(a) === foldName(b);

/**
 * What the CMS's location picker needs: every place already in the atlas (so the atlas's own
 * spelling wins), then every Dutch place of an open gazetteer inside the region set (a name
 * that occurs twice gets its region: "Hengelo (Overijssel)"). The picker draws the region
 * outlines from the site's own GeoJSON. No geocoder and no tiles: nothing leaves the site.
 */
export function buildGazetteer(
  d: ValidatedDataset,
  set: RegionSet,
  bounds: Bounds,
  width = 480,
  open: readonly OpenPlace[] = [],
  credit?: string,
): Gazetteer {
  const p = makeProjection(bounds, width);
  const places = new Map<string, GazetteerPlace>();
  const add = (from: string, name: string | undefined, latitude?: number, longitude?: number, area = false) => {
    if (!name || latitude === undefined || longitude === undefined) return;
    for (const n of [name, name.replace(/\s*\(.*\)\s*$/, '')]) {
      if (!n) continue;
      const seen = places.get(n);
      if (!seen) places.set(n, { name: n, latitude, longitude, ...(area ? { precision: 'area' as const } : {}), from });
      // Once any location calls a name an area, it is an area (a province, not a town).
      else if (area && seen.precision !== 'area') places.set(n, { ...seen, latitude, longitude, precision: 'area', from });
    }
  };
  // An area's point (a province's centre) stays an area when it is offered again.
  for (const i of d.initiatives)
    for (const l of i.data.locations ?? [])
      if (l.precision !== 'lead_organisation')
        add(`de locatie '${l.place}' van initiatief ${i.id}`, l.place, l.latitude, l.longitude, l.precision === 'area');
  for (const o of d.organisations) add(`organisatie ${o.id} ('${o.data.place ?? ''}')`, o.data.place, o.data.latitude, o.data.longitude);
  const known = new Set([...places.keys()].map(foldName));
  const inside = open
    .map((p) => ({ ...p, region: regionOfPoint(set, p.longitude, p.latitude)?.region.name }))
    .filter((p) => p.region && !known.has(foldName(p.name)));
  const count = new Map<string, number>();
  for (const p of inside) count.set(foldName(p.name), (count.get(foldName(p.name)) ?? 0) + 1);
  // Added as they are: no short alias, so "Hengelo (Gelderland)" never also becomes "Hengelo".
  for (const p of inside) {
    const name = count.get(foldName(p.name))! > 1 ? `${p.name} (${p.region})` : p.name;
    if (!places.has(name)) places.set(name, { name, latitude: p.latitude, longitude: p.longitude });
  }
  return {
    ...(credit ? { credit } : {}),
    bounds,
    width: p.width,
    height: p.height,
    places: [...places.values()].sort((a, b) => DUTCH.compare(a.name, b.name)),
  };
}
