import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionSet } from '../regions/region-sets';
import type { InitiativeRecord } from '../validate/validate-dataset';
import { makeProjection, pathFromGeometry, type Bounds, type Projection } from './projection';

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

/**
 * Builds what the static SVG map draws: backdrop countries, the regions of one region set
 * (each a link), and one point per initiative location. Above a threshold, points are merged
 * per grid cell so that the page stays small at 10,000 initiatives.
 */
/** The base layers per region set and view: the same on thousands of pages, so drawn once. */
const baseMemo = new WeakMap<RegionSet, Map<string, Pick<StaticMapModel, 'backdrop' | 'regions'>>>();

function baseLayers(o: StaticMapOptions, p: Projection): Pick<StaticMapModel, 'backdrop' | 'regions'> {
  const key = [o.bounds.west, o.bounds.south, o.bounds.east, o.bounds.north, p.width, o.highlightRegion ?? '', o.regionSet.regions[0] ? o.hrefOfRegion(o.regionSet.regions[0].id) : '', o.backdrops.length].join('|');
  const forSet = baseMemo.get(o.regionSet) ?? baseMemo.set(o.regionSet, new Map()).get(o.regionSet)!;
  const known = forSet.get(key);
  if (known) return known;
  const layers = {
    backdrop: o.backdrops.flatMap((fc) => fc.features
      .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({ name: String(f.properties?.name ?? ''), d: pathFromGeometry(f.geometry as Polygon | MultiPolygon, p, 1) }))),
    regions: o.regionSet.regions.map((r) => ({
      id: r.id, name: r.name, d: pathFromGeometry(r.geometry, p), href: o.hrefOfRegion(r.id), highlight: r.id === o.highlightRegion,
    })),
  };
  forSet.set(key, layers);
  return layers;
}

export function buildStaticMap(o: StaticMapOptions): StaticMapModel {
  const p: Projection = makeProjection(o.bounds, o.width ?? 600);
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= p.width && y <= p.height;
  const { backdrop, regions } = baseLayers(o, p);

  // Each raw point remembers its region, so a merged point can link to that region's page.
  const raw: (StaticMapPoint & { region?: string })[] = [];
  for (const i of o.initiatives) {
    (i.data.locations ?? []).forEach((l, n) => {
      const [x, y] = p.project(l.longitude, l.latitude);
      if (!inView(x, y)) return;
      const suffix = (i.data.locations?.length ?? 0) > 1 ? `, ${l.place}` : '';
      const region = i.derived.locations[n]?.regions[o.regionSet.id];
      raw.push({ id: n ? `${i.id}~${n}` : i.id, x, y, label: `${i.data.name}${suffix}`, href: o.hrefOfInitiative(i.id), kind: i.data.kind, count: 1, ids: [i.id], ...(region ? { region } : {}) });
    });
  }
  const strip = ({ region: _r, ...pt }: StaticMapPoint & { region?: string }): StaticMapPoint => pt;
  if (raw.length <= (o.aggregateAbove ?? 400)) return { width: p.width, height: p.height, backdrop, regions, points: raw.map(strip), aggregated: false };

  const cell = o.cell ?? 18;
  const cells = new Map<string, typeof raw>();
  for (const pt of raw) {
    const key = `${Math.floor(pt.x / cell)}:${Math.floor(pt.y / cell)}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(pt);
  }
  const points: StaticMapPoint[] = [];
  for (const [key, list] of cells) {
    if (list.length === 1) { points.push(strip(list[0]!)); continue; }
    const x = Math.round((list.reduce((s, q) => s + q.x, 0) / list.length) * 10) / 10;
    const y = Math.round((list.reduce((s, q) => s + q.y, 0) / list.length) * 10) / 10;
    const region = o.regionSet.regions.find((r) => r.id === list[0]!.region);
    const kinds = new Set(list.map((q) => q.kind));
    points.push({
      id: `cluster-${key}`, x, y, count: list.length, ids: [...new Set(list.flatMap((q) => q.ids))],
      label: `${list.length} initiatieven${region ? ` in ${region.name}` : ''}`,
      href: region ? o.hrefOfRegion(region.id) : o.hrefOfInitiative(list[0]!.ids[0]!),
      ...(kinds.size === 1 ? { kind: list[0]!.kind } : {}),
    });
  }
  return { width: p.width, height: p.height, backdrop, regions, points, aggregated: true };
}
