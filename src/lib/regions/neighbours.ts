import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Region, RegionSet } from './region-sets';

/** Regions closer than this are neighbours: generalised borders leave small gaps and overlaps. */
const TOUCH_KM = 1.5;

function vertices(r: Region): [number, number][] {
  const rings = r.geometry.type === 'Polygon' ? r.geometry.coordinates : r.geometry.coordinates.flat();
  // Every third vertex is plenty to find a shared border and keeps this cheap.
  return rings.flatMap((ring) => ring.filter((_, i) => i % 3 === 0).map(([x, y]) => [x!, y!] as [number, number]));
}

/**
 * Whether a point lies within the bounding box widened by twice TOUCH_KM, in degrees: a degree
 * of latitude is at least 110.5 km, a degree of longitude 111.3 km times the cosine of the
 * latitude farthest from the equator the box reaches.
 */
function nearBox([west, south, east, north]: readonly number[]): (pt: [number, number]) => boolean {
  const dLat = (2 * TOUCH_KM) / 110.5;
  const farthest = Math.min(89, Math.max(Math.abs(south! - dLat), Math.abs(north! + dLat)));
  const dLon = (2 * TOUCH_KM) / (111.3 * Math.cos((farthest * Math.PI) / 180));
  return ([x, y]) => x >= west! - dLon && x <= east! + dLon && y >= south! - dLat && y <= north! + dLat;
}

/** Every vertex of a region, by longitude then latitude: to find a vertex two regions share. */
function vertexIndex(r: Region): Map<number, Set<number>> {
  const rings = r.geometry.type === 'Polygon' ? r.geometry.coordinates : r.geometry.coordinates.flat();
  const index = new Map<number, Set<number>>();
  for (const ring of rings) for (const [x, y] of ring) (index.get(x!) ?? index.set(x!, new Set()).get(x!)!).add(y!);
  return index;
}

/** For each region id of a set, the ids of the regions that border it, in Dutch alphabetical order of their names. */
export function neighboursOf(set: RegionSet): Map<string, string[]> {
  const out = new Map<string, string[]>(set.regions.map((r) => [r.id, []]));
  const pad = 0.05;
  const index: Map<number, Set<number>>[] = [];
  for (let a = 0; a < set.regions.length; a++) {
    for (let b = a + 1; b < set.regions.length; b++) {
      const A = set.regions[a]!,
        B = set.regions[b]!;
      if (A.bbox[0] - pad > B.bbox[2] || B.bbox[0] - pad > A.bbox[2] || A.bbox[1] - pad > B.bbox[3] || B.bbox[1] - pad > A.bbox[3])
        continue;
      const feature = { type: 'Feature' as const, properties: {}, geometry: B.geometry };
      // A vertex of A that is a vertex of B lies on B, at distance 0: most neighbours share their
      // border's vertices, and looking them up costs nothing next to measuring (issue #28).
      // A vertex farther from B's bounding box than TOUCH_KM cannot be within TOUCH_KM of B:
      // only the rest is measured exactly (this took 1 s of every build; issue #15).
      const onB = (index[b] ??= vertexIndex(B));
      const near = nearBox(B.bbox);
      const ofA = vertices(A);
      const touches =
        ofA.some(([x, y]) => onB.get(x)?.has(y)) ||
        ofA.some((pt) => near(pt) && pointToPolygonDistance(pt, feature, { units: 'kilometers' }) <= TOUCH_KM);
      if (touches) {
        out.get(A.id)!.push(B.id);
        out.get(B.id)!.push(A.id);
      }
    }
  }
  const name = new Map(set.regions.map((r) => [r.id, r.name]));
  for (const ids of out.values()) ids.sort((a, b) => name.get(a)!.localeCompare(name.get(b)!, 'nl'));
  return out;
}
