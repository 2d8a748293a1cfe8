import polylabel from 'polylabel';
import type { Position } from 'geojson';
import type { RegionSet } from '../regions/region-sets';
import type { InitiativeRecord } from '../validate/validate-dataset';

/** A name drawn on the interactive map: a region, or a place where initiatives are. */
export interface MapLabel {
  name: string;
  lon: number;
  lat: number;
  type: 'region' | 'place';
}

/** Area of a ring (shoelace, in squared degrees: enough to pick the largest part). */
const area = (ring: Position[]) =>
  Math.abs(
    ring.reduce((s, [x, y], n) => {
      const [x2, y2] = ring[(n + 1) % ring.length]!;
      return s + x! * y2! - x2! * y!;
    }, 0),
  ) / 2;

/**
 * Context for the map without third-party tiles: each region's name at the point furthest
 * inside its largest part (polylabel, so Zeeland's and Noord-Holland's names fall on land),
 * and the places that most initiatives share, by name at their mean position. Taken from the
 * data rather than a list of cities, so a fork's own regions and places are named.
 */
export function mapLabels(regionSet: RegionSet, initiatives: readonly InitiativeRecord[], maxPlaces = 24): MapLabel[] {
  const regions = regionSet.regions.map((r): MapLabel => {
    const polygons = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
    const largest = polygons.reduce((a, b) => (area(b[0]!) > area(a[0]!) ? b : a));
    const [lon, lat] = polylabel(largest as [number, number][][], 0.01);
    return { name: r.name, lon: round(lon!), lat: round(lat!), type: 'region' };
  });
  const places = new Map<string, { n: number; lon: number; lat: number; name: string }>();
  for (const rec of initiatives) {
    for (const l of rec.data.locations ?? []) {
      const key = l.place.trim().toLowerCase();
      const p = places.get(key) ?? places.set(key, { n: 0, lon: 0, lat: 0, name: l.place.trim() }).get(key)!;
      p.n += 1;
      p.lon += l.longitude;
      p.lat += l.latitude;
    }
  }
  const top = [...places.values()]
    .filter((p) => p.n > 1)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'nl'))
    .slice(0, maxPlaces);
  return [...regions, ...top.map((p): MapLabel => ({ name: p.name, lon: round(p.lon / p.n), lat: round(p.lat / p.n), type: 'place' }))];
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
