import type { MultiPolygon, Polygon, Position } from 'geojson';
import simplify from 'simplify-js';

/** The part of the world the national map shows, in degrees. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The Netherlands with a little of its neighbours: the default national view. */
export const NL_BOUNDS: Bounds = { west: 3.2, south: 50.7, east: 7.3, north: 53.6 };

export interface Projection {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
}

/**
 * An equirectangular projection scaled by cos(middle latitude): at the scale of one small
 * country it is indistinguishable from Web Mercator and keeps the SVG maths trivial.
 */
export function makeProjection(bounds: Bounds, width = 600): Projection {
  const k = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
  const scale = width / ((bounds.east - bounds.west) * k);
  const height = Math.round((bounds.north - bounds.south) * scale * 10) / 10;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height,
    project: (lon, lat) => [round((lon - bounds.west) * k * scale), round((bounds.north - lat) * scale)],
  };
}

/** The bounding box of a polygon geometry, optionally padded by a fraction of its size. */
export function boundsOf(geometries: (Polygon | MultiPolygon)[], pad = 0): Bounds {
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (const g of geometries) {
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings)
      for (const [x, y] of ring) {
        west = Math.min(west, x!);
        east = Math.max(east, x!);
        south = Math.min(south, y!);
        north = Math.max(north, y!);
      }
  }
  const dx = (east - west) * pad,
    dy = (north - south) * pad;
  return { west: west - dx, south: south - dy, east: east + dx, north: north + dy };
}

/**
 * SVG path data for a polygon geometry, simplified so that no drawn line lies more than
 * `tolerance` SVG units from the true outline (Douglas-Peucker, simplify-js). A static map is a
 * few hundred units wide, so half a unit is under a pixel on screen, while most of a province's
 * thousands of points fall away: the outlines were most of each page's bytes (a detail page
 * carried 40 of its 53 KB; issue #28). Rings that shrink below a triangle are left out.
 */
export function pathFromGeometry(g: Polygon | MultiPolygon, p: Projection, tolerance = 0.5): string {
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const parts: string[] = [];
  // A polygon wholly outside the picture is left out: a zoomed-in region map would otherwise
  // carry every other province and country in full (most of its bytes at 10,000 initiatives).
  const margin = 20;
  const outside = (xs: number[], ys: number[]) =>
    Math.max(...xs) < -margin || Math.min(...xs) > p.width + margin || Math.max(...ys) < -margin || Math.min(...ys) > p.height + margin;
  for (const poly of polys) {
    const outer = (poly[0] ?? []).map(([lon, lat]) => p.project(lon!, lat!));
    if (
      !outer.length ||
      outside(
        outer.map((q) => q[0]),
        outer.map((q) => q[1]),
      )
    )
      continue;
    for (const ring of poly) {
      const projected = ring.map(([lon, lat]) => {
        const [x, y] = p.project(lon!, lat!);
        return { x, y };
      });
      // A closed ring repeats its first point last; simplify keeps both ends, Z closes it.
      const pts = simplify(projected, tolerance, true);
      if (pts.length > 1 && pts[0]!.x === pts.at(-1)!.x && pts[0]!.y === pts.at(-1)!.y) pts.pop();
      if (pts.length >= 3) parts.push(ringPath(pts));
    }
  }
  return parts.join('');
}

/**
 * Whether any corner of the outline lies inside the picture itself (no margin). A region link
 * is only worth a tab stop where the reader can see it: a neighbour drawn in the margin of a
 * zoomed-in region map, or whose box but not its shape reaches the picture, would take focus
 * out of sight (WCAG 2.4.7).
 */
export function showsIn(g: Polygon | MultiPolygon, p: Projection): boolean {
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((poly) =>
    (poly[0] ?? []).some(([lon, lat]) => {
      const [x, y] = p.project(lon!, lat!);
      return x >= 0 && y >= 0 && x <= p.width && y <= p.height;
    }),
  );
}

/** A number of tenths as SVG writes it shortest: 12 -> '1.2', -8 -> '-.8', 30 -> '3'. */
function tenths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return `${sign}${whole || !frac ? whole : ''}${frac ? `.${frac}` : ''}`;
}

/**
 * One closed ring as path data: the first point absolute, each next one relative to the one
 * before (`l`), in whole tenths so that no rounding adds up along the ring. About half the bytes
 * of absolute coordinates, drawing the same points (the projection rounds to tenths already).
 */
function ringPath(pts: { x: number; y: number }[]): string {
  let out = `M${pts[0]!.x} ${pts[0]!.y}l`;
  let [px, py] = [Math.round(pts[0]!.x * 10), Math.round(pts[0]!.y * 10)];
  let first = true;
  for (const q of pts.slice(1)) {
    const [x, y] = [Math.round(q.x * 10), Math.round(q.y * 10)];
    for (const v of [tenths(x - px), tenths(y - py)]) {
      // A minus sign separates two numbers by itself.
      out += first || v.startsWith('-') ? v : ` ${v}`;
      first = false;
    }
    [px, py] = [x, y];
  }
  return `${out}Z`;
}

/** The inverse of makeProjection: SVG units back to degrees (for picking a point on a map). */
export function unproject(bounds: Bounds, width: number, x: number, y: number): [number, number] {
  const k = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
  const scale = width / ((bounds.east - bounds.west) * k);
  return [bounds.west + x / (k * scale), bounds.north - y / scale];
}
