/**
 * Whether a point lies in a region's (Multi)Polygon, boundary included: the same answer as
 * `@turf/boolean-point-in-polygon`, found faster.
 *
 * Why not call turf for every point: it walks every edge of every ring of each candidate region,
 * and at 10,000 initiatives (14,000 distinct points, three or four provinces' bounding boxes
 * holding each) that was most of the time spent placing points in regions, checked on one
 * thread after the per-file checks (issue #28). Here each polygon's edges are sorted once into
 * horizontal strips, and a point looks only at the edges of its own strip.
 *
 * The same answer, not a similar one: a horizontal ray from the point can only cross, or the
 * point only lie on, an edge whose latitude range holds the point's latitude, and every such
 * edge is in the point's strip (an edge goes into the strips of its lowest and highest latitude
 * and all between, and a strip number only grows with the latitude, rounding included). Each
 * edge of the strip then gets exactly the test that point-in-polygon-hao (turf's own) gives it,
 * with the same exact orientation predicate (robust-predicates, which hao uses); an edge of the
 * strip that does not reach the point's latitude adds nothing, in hao as here. Pinned by a test
 * that compares both on every vertex, edge midpoint and thousands of other points.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { orient2d } from 'robust-predicates';

/** One polygon (outer ring and holes): its edges by strip, as x1, y1, x2, y2 in ring order. */
interface StripIndex {
  minY: number;
  maxY: number;
  height: number;
  strips: Float64Array[];
}

/** About this many edges per strip on average: a few edges to test, and few strips per polygon. */
const EDGES_PER_STRIP = 4;

function indexPolygon(rings: number[][][]): StripIndex {
  let minY = Infinity,
    maxY = -Infinity,
    edges = 0;
  for (const ring of rings) {
    edges += ring.length - 1;
    for (const p of ring) {
      if (p[1]! < minY) minY = p[1]!;
      if (p[1]! > maxY) maxY = p[1]!;
    }
  }
  const count = Math.max(1, Math.ceil(edges / EDGES_PER_STRIP));
  const height = (maxY - minY) / count || 1;
  // A margin far below a strip's height: not needed for exactness (see above), it only keeps an
  // edge that ends on a strip's border in both strips, whichever way the division rounds.
  const margin = height * 1e-6;
  const lists: number[][] = Array.from({ length: count }, () => []);
  const stripOf = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - minY) / height)));
  for (const ring of rings)
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      const last = stripOf(Math.max(y1, y2) + margin);
      for (let s = stripOf(Math.min(y1, y2) - margin); s <= last; s++) lists[s]!.push(x1, y1, x2, y2);
    }
  return { minY, maxY, height, strips: lists.map((l) => Float64Array.from(l)) };
}

/**
 * point-in-polygon-hao's answer for one polygon, from the edges of the point's strip: 0 on the
 * boundary, otherwise whether the point is inside. The loop body is hao's, edge for edge.
 */
function inPolygon(index: StripIndex, x: number, y: number): 0 | boolean {
  const { minY, maxY, height, strips } = index;
  // Beyond the polygon's latitudes no edge reaches the point: hao counts nothing there either.
  // Written so that a latitude that is not a number (NaN) is outside too, as in hao.
  if (!(y >= minY && y <= maxY)) return false;
  const edges = strips[Math.min(strips.length - 1, Math.floor((y - minY) / height))]!;
  let k = 0;
  for (let i = 0; i < edges.length; i += 4) {
    const u1 = edges[i]! - x,
      v1 = edges[i + 1]! - y,
      u2 = edges[i + 2]! - x,
      v2 = edges[i + 3]! - y;
    if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return 0;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const f = orient2d(u1, u2, v1, v2, 0, 0);
      if (f === 0) return 0;
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) k++;
    }
  }
  return k % 2 === 1;
}

/** Each geometry's strip indexes, made on first use; a region's geometry never changes once read. */
const indexes = new WeakMap<Polygon | MultiPolygon, StripIndex[]>();

/**
 * Whether the point lies in the geometry or on its boundary, as booleanPointInPolygon(point,
 * geometry), for closed rings (parseRegionFile refuses others; turf would throw on them). A
 * `bbox` member of the geometry is honoured first, as turf does.
 */
export function pointInRegion(geometry: Polygon | MultiPolygon, lon: number, lat: number): boolean {
  const box = geometry.bbox;
  if (box && !(box[0] <= lon && box[1] <= lat && box[2]! >= lon && box[3]! >= lat)) return false;
  let polygons = indexes.get(geometry);
  if (!polygons) {
    polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map(indexPolygon);
    indexes.set(geometry, polygons);
  }
  for (const polygon of polygons) if (inPolygon(polygon, lon, lat) !== false) return true;
  return false;
}
