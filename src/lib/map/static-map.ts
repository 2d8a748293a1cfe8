import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionSet } from '../regions/region-sets';
import type { InitiativeRecord } from '../validate/validate-dataset';
import { makeProjection, pathFromGeometry, type Bounds, type Projection } from './projection';
import { counted } from '../text/counts';

export interface StaticMapPoint {
  /** Initiative id, or a cluster key. */
  id: string;
  x: number;
  y: number;
  /** Accessible name of the link. */
  label: string;
  href: string;
  kind?: string;
  /** How many initiatives the point stands for (1 unless aggregated). */
  count: number;
  /** Initiative ids behind the point (for filtering the static map in the browser). */
  ids: string[];
  /**
   * Several initiatives at one spot (a place's centre): the point links to a plain list of
   * them under the map (`group` is that list entry's key), since stacked markers would hide
   * all but the top one.
   */
  group?: { key: string; place: string; members: { id: string; label: string; href: string }[] };
  /**
   * Radius of the invisible target around the marker, in SVG units: 20 units is 24 CSS
   * pixels on a 360 px wide phone map (WCAG 2.5.8), shrunk to half the distance to the
   * nearest other point so that neighbouring targets never cover each other.
   */
  hit: number;
}

export interface StaticMapModel {
  width: number;
  height: number;
  backdrop: { name: string; d: string }[];
  regions: { id: string; name: string; d: string; href: string; highlight: boolean }[];
  points: StaticMapPoint[];
  aggregated: boolean;
}

export interface StaticMapOptions {
  bounds: Bounds;
  width?: number;
  regionSet: RegionSet;
  backdrops: FeatureCollection[];
  initiatives: readonly InitiativeRecord[];
  hrefOfInitiative: (id: string) => string;
  hrefOfRegion: (id: string) => string;
  /** Above this many points, nearby points are merged into one counted point per grid cell. */
  aggregateAbove?: number;
  /** Grid cell size in SVG units when aggregating. */
  cell?: number;
  highlightRegion?: string;
}

/** The layers under the points: backdrop countries and the regions of one set (each a link). */
export type StaticMapBase = Pick<StaticMapModel, 'backdrop' | 'regions'>;

/**
 * Draws the base layers for one view. They do not depend on the initiatives, so a caller that
 * draws many maps of one view (the detail pages) draws them once and passes them to
 * buildStaticMap (the site model does, src/lib/site-model.ts).
 */
export function staticMapBase(
  o: Pick<StaticMapOptions, 'bounds' | 'width' | 'regionSet' | 'backdrops' | 'hrefOfRegion' | 'highlightRegion'>,
): StaticMapBase {
  const p = makeProjection(o.bounds, o.width ?? 600);
  return {
    backdrop: o.backdrops.flatMap((fc) =>
      fc.features
        .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
        .map((f) => ({ name: String(f.properties?.name ?? ''), d: pathFromGeometry(f.geometry as Polygon | MultiPolygon, p, 1) }))
        .filter((b) => b.d),
    ),
    regions: o.regionSet.regions
      .map((r) => ({
        id: r.id,
        name: r.name,
        d: pathFromGeometry(r.geometry, p),
        href: o.hrefOfRegion(r.id),
        highlight: r.id === o.highlightRegion,
      }))
      // A region wholly outside the picture has nothing to click: no empty link in the tab order.
      .filter((r) => r.d),
  };
}

/**
 * Builds what the static SVG map draws: backdrop countries, the regions of one region set
 * (each a link), and one point per initiative location. Above a threshold, points are merged
 * per grid cell so that the page stays small at 10,000 initiatives. `base` is the view's
 * staticMapBase when the caller has it already (drawn with the same bounds and width).
 */
export function buildStaticMap(o: StaticMapOptions & { base?: StaticMapBase }): StaticMapModel {
  const p: Projection = makeProjection(o.bounds, o.width ?? 600);
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= p.width && y <= p.height;
  const { backdrop, regions } = o.base ?? staticMapBase(o);

  // Each raw point remembers its region, so a merged point can link to that region's page.
  const raw: (StaticMapPoint & { region?: string; place?: string })[] = [];
  for (const i of o.initiatives) {
    (i.data.locations ?? []).forEach((l, n) => {
      const [x, y] = p.project(l.longitude, l.latitude);
      if (!inView(x, y)) return;
      const suffix = (i.data.locations?.length ?? 0) > 1 ? `, ${l.place}` : '';
      const region = i.derived.locations[n]?.regions[o.regionSet.id];
      raw.push({
        id: n ? `${i.id}~${n}` : i.id,
        x,
        y,
        label: `${i.data.name}${suffix}`,
        href: o.hrefOfInitiative(i.id),
        kind: i.data.kind,
        count: 1,
        ids: [i.id],
        hit: 0,
        place: l.place,
        ...(region ? { region } : {}),
      });
    });
  }
  const strip = ({ region: _r, place: _p, ...pt }: StaticMapPoint & { region?: string; place?: string }): StaticMapPoint => pt;
  if (raw.length <= (o.aggregateAbove ?? 400)) {
    return { width: p.width, height: p.height, backdrop, regions, points: withHitAreas(groupColocated(raw).map(strip)), aggregated: false };
  }

  const cell = o.cell ?? 18;
  const cells = new Map<string, typeof raw>();
  for (const pt of raw) {
    const key = `${Math.floor(pt.x / cell)}:${Math.floor(pt.y / cell)}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(pt);
  }
  const points: StaticMapPoint[] = [];
  for (const [key, list] of cells) {
    if (list.length === 1) {
      points.push(strip(list[0]!));
      continue;
    }
    const x = Math.round((list.reduce((s, q) => s + q.x, 0) / list.length) * 10) / 10;
    const y = Math.round((list.reduce((s, q) => s + q.y, 0) / list.length) * 10) / 10;
    const region = o.regionSet.regions.find((r) => r.id === list[0]!.region);
    const kinds = new Set(list.map((q) => q.kind));
    points.push({
      id: `cluster-${key}`,
      x,
      y,
      count: list.length,
      ids: [...new Set(list.flatMap((q) => q.ids))],
      hit: 0,
      label: `${counted(list.length)}${region ? ` in ${region.name}` : ''}`,
      href: region ? o.hrefOfRegion(region.id) : o.hrefOfInitiative(list[0]!.ids[0]!),
      ...(kinds.size === 1 ? { kind: list[0]!.kind } : {}),
    });
  }
  return { width: p.width, height: p.height, backdrop, regions, points: withHitAreas(points), aggregated: true };
}

/** Points closer than this (SVG units, about one pixel) are drawn at one spot. */
const SAME_SPOT = 1;

/** Merges points that stand on one spot into one counted point that lists them all. */
function groupColocated<T extends StaticMapPoint & { place?: string }>(raw: T[]): T[] {
  const spots = new Map<string, T[]>();
  for (const pt of raw) {
    const key = `${Math.round(pt.x / SAME_SPOT)}-${Math.round(pt.y / SAME_SPOT)}`;
    (spots.get(key) ?? spots.set(key, []).get(key)!).push(pt);
  }
  return [...spots].map(([key, list]) => {
    if (list.length === 1) return list[0]!;
    const place = list[0]!.place ?? '';
    const kinds = new Set(list.map((q) => q.kind));
    return {
      ...list[0]!,
      id: `spot-${key}`,
      count: list.length,
      ids: [...new Set(list.flatMap((q) => q.ids))],
      label: `${counted(list.length)}${place ? ` in ${place}` : ' op deze plek'}: ${list.map((q) => q.label).join(', ')}`,
      href: `#plek-${key}`,
      kind: kinds.size === 1 ? list[0]!.kind : undefined,
      group: { key, place, members: list.map((q) => ({ id: q.ids[0]!, label: q.label, href: q.href })) },
    };
  });
}

/** The largest target radius (SVG units): 24 CSS px across on a 360 px wide map of 600 units. */
const HIT_RADIUS = 20;
/** The smallest: the drawn marker itself. */
const MIN_HIT_RADIUS = 7;

function withHitAreas(points: StaticMapPoint[]): StaticMapPoint[] {
  // Sorted by x, so each point only looks at neighbours within the largest radius's reach.
  const order = points.map((_, n) => n).sort((a, b) => points[a]!.x - points[b]!.x);
  const nearest = new Array<number>(points.length).fill(Infinity);
  for (let a = 0; a < order.length; a++) {
    const pa = points[order[a]!]!;
    for (let b = a + 1; b < order.length; b++) {
      const pb = points[order[b]!]!;
      if (pb.x - pa.x >= 2 * HIT_RADIUS) break;
      const d = Math.hypot(pb.x - pa.x, pb.y - pa.y);
      nearest[order[a]!] = Math.min(nearest[order[a]!]!, d);
      nearest[order[b]!] = Math.min(nearest[order[b]!]!, d);
    }
  }
  return points.map((pt, n) => ({ ...pt, hit: Math.round(Math.max(MIN_HIT_RADIUS, Math.min(HIT_RADIUS, nearest[n]! / 2)) * 10) / 10 }));
}
