import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fileProblem, type Problem } from '../problems';

/** One region (a province, a labour-market region, ...) of a region set. */
export interface Region {
  id: string;
  name: string;
  code?: string;
  set: string;
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
}

/** A region set: a GeoJSON file in data/regions/ with a `region_set` member. */
export interface RegionSet {
  id: string;
  /** Singular label, e.g. 'Provincie'. */
  name: string;
  /** Plural label, e.g. 'Provincies'. */
  name_plural: string;
  /** File name under data/regions/. */
  file: string;
  regions: Region[];
}

/**
 * How far outside every polygon a point may lie and still belong to the nearest region.
 * The boundaries are generalised (about 2,300 vertices for the whole country), so a place
 * on the coast or a border can fall a few hundred metres outside; 5 km covers that with
 * room to spare while still catching a point in Belgium, Germany or the sea.
 */
export const COAST_TOLERANCE_KM = 5;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < minX) minX = x!;
      if (x! > maxX) maxX = x!;
      if (y! < minY) minY = y!;
      if (y! > maxY) maxY = y!;
    }
  return [minX, minY, maxX, maxY];
}

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;

/** What is wrong with a linear ring (closed, at least 4 positions of longitude/latitude). */
function ringProblem(ring: unknown, where: string): string | undefined {
  if (!Array.isArray(ring)) return `${where} is geen lijst van punten`;
  if (ring.length < 4) return `${where} heeft ${ring.length} punt(en); een ring heeft er minstens 4 (de eerste herhaald als laatste)`;
  const bad = ring.findIndex((p) => !isPosition(p));
  if (bad !== -1) return `${where}[${bad}] is geen punt [lengtegraad, breedtegraad]`;
  const [a, b] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  if (a[0] !== b[0] || a[1] !== b[1]) return `${where} is niet gesloten (het laatste punt moet gelijk zijn aan het eerste)`;
  return undefined;
}

/**
 * What is wrong with a feature's geometry, or undefined. Only (Multi)Polygons with
 * well-formed rings: a `null` ring, a two-point ring or a bare number crashed the
 * point-in-polygon library with a stack trace instead of a message.
 */
export function geometryProblem(geometry: unknown): string | undefined {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return 'de geometrie ontbreekt';
  if (g.type === 'Polygon') {
    if (!Array.isArray(g.coordinates) || !g.coordinates.length) return 'coordinates moet een lijst van ringen zijn';
    for (const [i, ring] of g.coordinates.entries()) {
      const p = ringProblem(ring, `coordinates[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || !g.coordinates.length) return 'coordinates moet een lijst van polygonen zijn';
    for (const [i, poly] of g.coordinates.entries()) {
      if (!Array.isArray(poly) || !poly.length) return `coordinates[${i}] moet een lijst van ringen zijn`;
      for (const [j, ring] of poly.entries()) {
        const p = ringProblem(ring, `coordinates[${i}][${j}]`);
        if (p) return p;
      }
    }
    return undefined;
  }
  return `de geometrie moet een Polygon of MultiPolygon zijn, niet ${typeof g.type === 'string' ? g.type : 'iets zonder type'}`;
}

/**
 * Reads one GeoJSON file. Returns a region set, `backdrop` for a file without a
 * `region_set` member (drawn on the map only), or problems.
 */
export function parseRegionFile(json: unknown, file: string): { set?: RegionSet; backdrop?: FeatureCollection; problems: Problem[] } {
  const problem = (message: string, hint?: string): Problem => fileProblem(file, message, hint ? { hint } : {});
  const fc = json as FeatureCollection & { region_set?: { id?: unknown; name?: unknown; name_plural?: unknown } };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return {
      problems: [
        problem('Dit is geen GeoJSON FeatureCollection.', 'Een regio-indeling is een GeoJSON-bestand met "type": "FeatureCollection".'),
      ],
    };
  }
  const problems: Problem[] = [];
  // Every feature is checked, in a backdrop too: the map draws them all.
  fc.features.forEach((f: unknown, i) => {
    const where = `features[${i}]`;
    if (!f || typeof f !== 'object' || (f as Feature).type !== 'Feature') {
      problems.push({
        ...problem(`${where} is geen GeoJSON Feature.`, 'Elk element van "features" is een object met "type": "Feature".'),
        field: where,
      });
      return;
    }
    const why = geometryProblem((f as Feature).geometry);
    if (why)
      problems.push({
        ...problem(`${where}: ${why}.`, 'Exporteer de grenzen opnieuw als geldige GeoJSON (bijvoorbeeld met mapshaper of QGIS).'),
        field: `${where}.geometry`,
      });
  });
  if (!fc.region_set) return problems.length ? { problems } : { backdrop: fc, problems };
  const meta = fc.region_set;
  if (typeof meta !== 'object') return { problems: [...problems, problem('region_set moet een blok met id, name en name_plural zijn.')] };
  if (typeof meta.id !== 'string' || !ID.test(meta.id))
    problems.push(problem('region_set.id ontbreekt of is geen kebab-case id.', 'Bijvoorbeeld "id": "arbeidsmarktregio".'));
  if (typeof meta.name !== 'string' || typeof meta.name_plural !== 'string')
    problems.push(
      problem(
        'region_set.name en region_set.name_plural zijn verplicht.',
        'Bijvoorbeeld "name": "Provincie", "name_plural": "Provincies".',
      ),
    );
  const regions: Region[] = [];
  fc.features.forEach((f: Feature, i) => {
    if (!f || typeof f !== 'object') return; // reported above
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const where = `features[${i}]`;
    if (typeof props.id !== 'string' || !ID.test(props.id))
      problems.push({ ...problem(`${where}: properties.id ontbreekt of is geen kebab-case id.`), field: `${where}.properties.id` });
    if (typeof props.name !== 'string')
      problems.push({ ...problem(`${where}: properties.name ontbreekt.`), field: `${where}.properties.name` });
    if (geometryProblem(f.geometry)) return; // reported above
    if (typeof props.id === 'string' && typeof props.name === 'string') {
      regions.push({
        id: props.id,
        name: props.name,
        set: String(meta.id),
        ...(typeof props.code === 'string' ? { code: props.code } : {}),
        geometry: f.geometry as Polygon | MultiPolygon,
        bbox: bboxOf(f.geometry as Polygon | MultiPolygon),
      });
    }
  });
  if (problems.length) return { problems };
  return { set: { id: String(meta.id), name: String(meta.name), name_plural: String(meta.name_plural), file, regions }, problems };
}

export interface RegionHit {
  region: Region;
  /** 0 when the point lies inside the polygon; otherwise the distance in km to it. */
  distanceKm: number;
}

/** The region of a set that holds the point, or the nearest one within the coast tolerance. */
export function regionOfPoint(set: RegionSet, lon: number, lat: number): RegionHit | undefined {
  const pt: [number, number] = [lon, lat];
  for (const r of set.regions) {
    const [x0, y0, x1, y1] = r.bbox;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (booleanPointInPolygon(pt, r.geometry)) return { region: r, distanceKm: 0 };
  }
  let best: RegionHit | undefined;
  // Cheap pre-filter: a degree of latitude is ~111 km, of longitude here ~68 km.
  const padLat = COAST_TOLERANCE_KM / 111,
    padLon = COAST_TOLERANCE_KM / 60;
  for (const r of set.regions) {
    const [x0, y0, x1, y1] = r.bbox;
    if (lon < x0 - padLon || lon > x1 + padLon || lat < y0 - padLat || lat > y1 + padLat) continue;
    const d = Math.abs(pointToPolygonDistance(pt, { type: 'Feature', properties: {}, geometry: r.geometry }, { units: 'kilometers' }));
    if (d <= COAST_TOLERANCE_KM && (!best || d < best.distanceKm)) best = { region: r, distanceKm: d };
  }
  return best;
}
