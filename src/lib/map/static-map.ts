import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionSet } from '../regions/region-sets';
import type { InitiativeRecord } from '../validate/validate-dataset';
import { makeProjection, pathFromGeometry, showsIn, type Bounds, type Projection } from './projection';
import { counted } from '../text/counts';
import { joinNames } from '../text/join';
import { standsAsWord } from '../text/as-word';

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
   * Radius of the invisible target around the marker, in SVG units: 24 CSS pixels across
   * where the map is drawn at its narrowest (WCAG 2.5.8). Points are never closer than that
   * diameter (nearer ones are merged), so neighbouring targets never cover each other.
   */
  hit: number;
}

export interface StaticMapModel {
  width: number;
  height: number;
  backdrop: { name: string; d: string }[];
  /** Each region drawn; `href` only where the reader can see it in the picture (showsIn): a link out of sight would take focus out of sight. */
  regions: { id: string; name: string; d: string; href?: string; highlight: boolean }[];
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
  /**
   * The map's width in CSS pixels on the narrowest screen it is made for (340: the home and
   * region maps on a 375 px phone). Points closer than 24 CSS pixels there are merged, so every
   * point is a target of at least 24 by 24 pixels that no other target covers (WCAG 2.2, 2.5.8).
   * `Infinity` merges only points on one spot (a picture, such as the link preview, has no targets).
   */
  narrowestPx?: number;
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
        // A region whose outline has no corner in the picture (drawn in the margin, or a sliver
        // at most) stays drawn but is no link: no tab stop that takes focus out of sight (showsIn).
        ...(showsIn(r.geometry, p) ? { href: o.hrefOfRegion(r.id) } : {}),
        highlight: r.id === o.highlightRegion,
      }))
      // A region wholly outside the picture is not drawn at all.
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
  const raw: RawPoint[] = [];
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
        ...(l.precision === 'area' ? { area: true } : {}),
        ...(region ? { region } : {}),
      });
    });
  }
  const gap = targetGap(p.width, o.narrowestPx);
  if (raw.length <= (o.aggregateAbove ?? 400)) {
    const points = mergeNearby(
      raw.map((pt) => [pt]),
      gap,
    ).map(spotPoint);
    return { width: p.width, height: p.height, backdrop, regions, points: withHitAreas(points, gap), aggregated: false };
  }

  const cell = o.cell ?? 18;
  const cells = new Map<string, RawPoint[]>();
  for (const pt of raw) {
    const key = `${Math.floor(pt.x / cell)}:${Math.floor(pt.y / cell)}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(pt);
  }
  const points = mergeNearby([...cells.values()], gap).map((list) => (list.length === 1 ? strip(list[0]!) : regionCluster(list, o)));
  return { width: p.width, height: p.height, backdrop, regions, points: withHitAreas(points, gap), aggregated: true };
}

/**
 * A point as the projection places it, with the region and place it lies in; `area` when the
 * point is the middle of an area (a province, a region), not a place in it.
 */
type RawPoint = StaticMapPoint & { region?: string; place?: string; area?: boolean };

const strip = ({ region: _r, place: _p, area: _a, ...pt }: RawPoint): StaticMapPoint => pt;

/** The largest target, in CSS pixels across (WCAG 2.2, 2.5.8 Target Size (Minimum)). */
const TARGET_PX = 24;
/** The map's narrowest width in CSS pixels, unless a caller says otherwise. */
const NARROWEST_PX = 340;

/** The smallest distance between two points, in SVG units: one target across at the narrowest width. */
function targetGap(width: number, narrowestPx = NARROWEST_PX): number {
  return Math.max(SAME_SPOT, (TARGET_PX * width) / narrowestPx);
}

/** The middle of some points, to a tenth of a unit. */
function middle(list: readonly RawPoint[]): { x: number; y: number } {
  const at = (k: 'x' | 'y') => Math.round((list.reduce((s, q) => s + q[k], 0) / list.length) * 10) / 10;
  return { x: at('x'), y: at('y') };
}

/**
 * Merges groups of points until no two are closer than `gap` (SVG units), nearest pairs first,
 * so that points on one spot always end up together and a crowded city is one counted point
 * rather than markers whose targets cover each other. Each pass merges the nearest disjoint
 * pairs found in a sweep along x (a few passes, not one per merge: at 10,000 initiatives the
 * aggregated map still has a thousand cells).
 */
function mergeNearby(groups: RawPoint[][], gap: number): RawPoint[][] {
  const order = new Map(groups.flat().map((pt, n) => [pt, n]));
  let live = groups.map((list) => ({ list, ...middle(list) }));
  for (;;) {
    live.sort((a, b) => a.x - b.x);
    const pairs: [number, number, number][] = [];
    for (let a = 0; a < live.length; a++)
      for (let b = a + 1; b < live.length && live[b]!.x - live[a]!.x < gap; b++) {
        const d = Math.hypot(live[a]!.x - live[b]!.x, live[a]!.y - live[b]!.y);
        if (d < gap) pairs.push([d, a, b]);
      }
    // Each group's points in the order they came, and the groups too (their order is the page's).
    const first = (g: { list: RawPoint[] }) => order.get(g.list[0]!)!;
    if (!pairs.length) return live.sort((a, b) => first(a) - first(b)).map((g) => g.list);
    pairs.sort((p, q) => p[0] - q[0]);
    const taken = new Set<number>();
    const merged: typeof live = [];
    for (const [, a, b] of pairs) {
      if (taken.has(a) || taken.has(b)) continue;
      taken.add(a).add(b);
      const list = [...live[a]!.list, ...live[b]!.list].sort((p, q) => order.get(p)! - order.get(q)!);
      merged.push({ list, ...middle(list) });
    }
    live = [...live.filter((_, n) => !taken.has(n)), ...merged];
  }
}

/** A place without what the source adds in brackets: 'Almere (Creative Campus)' is in Almere. */
const townOf = (place: string): string => place.replace(/\s*\([^)]*\)\s*$/, '') || place;

/** How a point that is the middle of an area is said (the vocabulary's precision 'area', in lower case). */
const AREA_MIDDLE = 'midden van het gebied';

/**
 * Where a point is, in the words of a group's name: its town, or for the middle of an area the
 * area said as such, so "Raalte en Overijssel" does not read as two towns (a reader review): the
 * point of an area only stands near the town.
 */
const whereOf = (q: RawPoint): string => (q.place ? (q.area ? `${townOf(q.place)} (${AREA_MIDDLE})` : townOf(q.place)) : '');

/**
 * What a merged group of points is on a map that shows every initiative: one marker when all
 * its points are one initiative's (named with each place), else a counted point linking to
 * the list under the map (MapGroups) that names them all.
 */
function spotPoint(list: RawPoint[]): StaticMapPoint {
  const first = list[0]!;
  if (list.length === 1) return strip(first);
  const at = middle(list);
  // The places as written; the middle of an area said as such here too (a code review).
  const places = [...new Set(list.map((q) => (q.place ? (q.area ? `${q.place} (${AREA_MIDDLE})` : q.place) : '')).filter(Boolean))];
  if (list.every((q) => q.href === first.href)) {
    const name = first.label.slice(0, first.place && first.label.endsWith(`, ${first.place}`) ? -(first.place.length + 2) : undefined);
    return { ...strip(first), ...at, id: first.ids[0]!, label: `${name}, ${joinNames(places)}` };
  }
  const key = `${Math.round(at.x / SAME_SPOT)}-${Math.round(at.y / SAME_SPOT)}`;
  const ids = [...new Set(list.flatMap((q) => q.ids))];
  const kinds = new Set(list.map((q) => q.kind));
  // The places by their town: "Almere" and "Almere (Creative Campus, MAC3PARK)" are one town, not
  // "Almere en Almere (…)" (a reader review).
  const towns = [...new Set(list.map(whereOf).filter(Boolean))];
  const place = joinNames(towns);
  // With more than one town in the group, each name says where it is, unless it already does
  // ("Flevo Campus (Almere)", not "Flevo Campus (Almere) (Almere)").
  const where = (q: RawPoint) => {
    const town = q.place ? townOf(q.place) : '';
    // As a word: "Edelstenen" does not name the town Ede.
    const named = standsAsWord(q.label, town);
    if (towns.length < 2 || !town) return q.label;
    if (q.area) return named ? `${q.label} (${AREA_MIDDLE})` : `${q.label} (${town}, ${AREA_MIDDLE})`;
    return named ? q.label : `${q.label} (${town})`;
  };
  const members = list.map((q) => ({ id: q.ids[0]!, label: where(q), href: q.href }));
  const { kind: _k, ...rest } = strip(first);
  return {
    ...rest,
    ...(kinds.size === 1 && first.kind ? { kind: first.kind } : {}),
    ...at,
    id: `spot-${key}`,
    count: ids.length,
    ids,
    label: `${counted(ids.length)}${place ? ` in ${place}` : ' op deze plek'}: ${namesUpTo(
      members.map((m) => m.label),
      LABEL_CHARS,
    )}`,
    href: `#plek-${key}`,
    group: { key, place, members },
  };
}

/**
 * A counted point's name lists its initiatives up to about this many characters: Chromium gives
 * an SVG link with a longer <title> no accessible name at all (seen at 956 characters), and
 * the list under the map names every one.
 */
const LABEL_CHARS = 400;

/** Names joined with commas while they fit in `max` characters, then "en N andere". */
function namesUpTo(names: readonly string[], max: number): string {
  let shown = names.length;
  while (shown > 1 && names.slice(0, shown).join(', ').length > max) shown--;
  return shown === names.length ? names.join(', ') : `${names.slice(0, shown).join(', ')} en ${names.length - shown} andere`;
}

/** A merged group on an aggregated map (thousands of initiatives): a count linking to its region. */
function regionCluster(list: RawPoint[], o: Pick<StaticMapOptions, 'regionSet' | 'hrefOfRegion' | 'hrefOfInitiative'>): StaticMapPoint {
  const { x, y } = middle(list);
  const byRegion = new Map<string, number>();
  for (const q of list) if (q.region) byRegion.set(q.region, (byRegion.get(q.region) ?? 0) + 1);
  const most = [...byRegion].sort((a, b) => b[1] - a[1])[0]?.[0];
  const region = o.regionSet.regions.find((r) => r.id === most);
  const kinds = new Set(list.map((q) => q.kind));
  return {
    id: `cluster-${Math.floor(x)}:${Math.floor(y)}`,
    x,
    y,
    count: list.length,
    ids: [...new Set(list.flatMap((q) => q.ids))],
    hit: 0,
    label: `${counted(list.length)}${region ? ` in ${region.name}` : ''}`,
    href: region ? o.hrefOfRegion(region.id) : o.hrefOfInitiative(list[0]!.ids[0]!),
    ...(kinds.size === 1 ? { kind: list[0]!.kind } : {}),
  };
}

/** Points closer than this (SVG units, about one pixel) are drawn at one spot. */
const SAME_SPOT = 1;

/** The smallest target radius: the drawn marker itself. */
const MIN_HIT_RADIUS = 7;

/**
 * Each point's target: half the distance to its nearest neighbour, at most half the gap
 * (one target across at the narrowest width), never smaller than the marker.
 */
function withHitAreas(points: StaticMapPoint[], gap: number): StaticMapPoint[] {
  const reach = gap / 2;
  // Sorted by x, so each point only looks at neighbours within the largest radius's reach.
  const order = points.map((_, n) => n).sort((a, b) => points[a]!.x - points[b]!.x);
  const nearest = new Array<number>(points.length).fill(Infinity);
  for (let a = 0; a < order.length; a++) {
    const pa = points[order[a]!]!;
    for (let b = a + 1; b < order.length; b++) {
      const pb = points[order[b]!]!;
      if (pb.x - pa.x >= 2 * reach) break;
      const d = Math.hypot(pb.x - pa.x, pb.y - pa.y);
      nearest[order[a]!] = Math.min(nearest[order[a]!]!, d);
      nearest[order[b]!] = Math.min(nearest[order[b]!]!, d);
    }
  }
  // Rounded down, so that two targets at exactly the gap never overlap by a rounding.
  return points.map((pt, n) => ({ ...pt, hit: Math.floor(Math.max(MIN_HIT_RADIUS, Math.min(reach, nearest[n]! / 2)) * 10) / 10 }));
}
