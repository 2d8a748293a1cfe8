import type { MultiPolygon, Polygon, Position } from 'geojson';

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

/** SVG path data for a polygon geometry; drops points closer than `minStep` units to the last one. */
export function pathFromGeometry(g: Polygon | MultiPolygon, p: Projection, minStep = 0.6): string {
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
      let last: [number, number] | undefined;
      const pts: string[] = [];
      for (const [lon, lat] of ring) {
        const xy = p.project(lon!, lat!);
        if (last && Math.abs(xy[0] - last[0]) < minStep && Math.abs(xy[1] - last[1]) < minStep) continue;
        pts.push(`${xy[0]} ${xy[1]}`);
        last = xy;
      }
      if (pts.length >= 3) parts.push(`M${pts.join('L')}Z`);
    }
  }
  return parts.join('');
}

/** The inverse of makeProjection: SVG units back to degrees (for picking a point on a map). */
export function unproject(bounds: Bounds, width: number, x: number, y: number): [number, number] {
  const k = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
  const scale = width / ((bounds.east - bounds.west) * k);
  return [bounds.west + x / (k * scale), bounds.north - y / scale];
}
