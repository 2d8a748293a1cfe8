import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fileProblem, type Problem } from '../problems';
import { CONFIG_SCHEMAS } from '../schema/schemas';
import { validateWithSchema } from '../schema/validator';
import { pointInRegion } from './point-in-region';
import { codePointName, unsafeCharacterIn } from '../text/unsafe-characters';
import { personalDataIn } from '../text/contact-details';

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
  /** The main set when the configuration names none (`region_set.primary`). */
  primary?: true;
}

/**
 * How far outside every polygon a point may lie and still belong to the nearest region.
 * The boundaries are generalised (about 2,300 vertices for the whole country), so a place
 * on the coast or a border can fall a few hundred metres outside; 5 km covers that with
 * room to spare while still catching a point in Belgium, Germany or the sea.
 */
export const COAST_TOLERANCE_KM = 5;

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

/** The rings of a (Multi)Polygon that passed the schema, each with its field path. */
function ringsOf(geometry: Polygon | MultiPolygon, where: string): [number[][], string][] {
  return geometry.type === 'Polygon'
    ? geometry.coordinates.map((ring, i) => [ring, `${where}.coordinates[${i}]`])
    : geometry.coordinates.flatMap((poly, i) => poly.map((ring, j): [number[][], string] => [ring, `${where}.coordinates[${i}][${j}]`]));
}

/**
 * Reads one GeoJSON file. Returns a region set, `backdrop` for a file without a
 * `region_set` member (drawn on the map only), or problems. The shape is checked by
 * schemas/region-set.schema.json through the data's own validator and messages (every feature,
 * in a backdrop too: the map draws them all); what a schema cannot compare is checked here:
 * a ring ends where it starts. Malformed geometry once crashed the point-in-polygon library
 * with a stack trace instead of a message.
 */
export function parseRegionFile(json: unknown, file: string): { set?: RegionSet; backdrop?: FeatureCollection; problems: Problem[] } {
  const shape = validateWithSchema(CONFIG_SCHEMAS.regionSet, json, file);
  if (shape.length) return { problems: shape };
  const fc = json as FeatureCollection<Polygon | MultiPolygon> & {
    region_set?: { id: string; name: string; name_plural: string; primary?: boolean };
  };
  const problems: Problem[] = [];
  // The names a region file gives are published (region pages, filters, downloads) like any
  // name in data/: the same characters are refused (a maintainer review found U+202E and an
  // escape sequence published from a region file that validate called "geen fouten").
  const text = (value: unknown, field: string) => {
    if (typeof value !== 'string') return;
    // And no contact details, as in data/ (a hostile review published an e-mail address as a province's name).
    const personal = personalDataIn(value);
    if (personal)
      problems.push(
        fileProblem(file, `Deze tekst bevat ${personal}. De atlas is openbaar en bevat geen contactgegevens van personen.`, {
          field,
          hint: "Een regio-indeling bevat alleen de namen en codes van de regio's.",
        }),
      );
    const bad = unsafeCharacterIn(value, false);
    if (bad)
      problems.push(
        fileProblem(file, `Deze tekst bevat ${bad.what} (${codePointName(bad.char)}).`, {
          field,
          hint: 'Typ de naam opnieuw in het bronbestand, of exporteer het opnieuw als platte tekst (UTF-8).',
        }),
      );
  };
  const meta0 = fc.region_set as Record<string, unknown> | undefined;
  // Every text of the file, not only the names: a backdrop's properties are published whole in
  // /data/achtergrond.geojson (a code review found a contact detail there unchecked).
  for (const [key, value] of Object.entries(meta0 ?? {})) text(value, `region_set.${key}`);
  fc.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(props)) text(value, `features[${i}].properties.${key}`);
    for (const [ring, field] of ringsOf(f.geometry, `features[${i}].geometry`)) {
      const [a, b] = [ring[0]!, ring[ring.length - 1]!];
      if (a[0] !== b[0] || a[1] !== b[1])
        problems.push(
          fileProblem(file, 'De ring is niet gesloten: het laatste punt moet gelijk zijn aan het eerste.', {
            field,
            hint: 'Exporteer de grenzen opnieuw als geldige GeoJSON (bijvoorbeeld met mapshaper of QGIS).',
          }),
        );
    }
  });
  if (problems.length) return { problems };
  const meta = fc.region_set;
  if (!meta) return { backdrop: fc, problems };
  const regions: Region[] = fc.features.map((f) => {
    const props = f.properties as { id: string; name: string; code?: string };
    return {
      id: props.id,
      name: props.name,
      set: meta.id,
      ...(props.code !== undefined ? { code: props.code } : {}),
      geometry: f.geometry,
      bbox: bboxOf(f.geometry),
    };
  });
  return {
    set: {
      id: meta.id,
      name: meta.name,
      name_plural: meta.name_plural,
      file,
      regions,
      ...(meta.primary === true ? { primary: true as const } : {}),
    },
    problems,
  };
}

export interface RegionHit {
  region: Region;
  /** 0 when the point lies inside the polygon; otherwise the distance in km to it. */
  distanceKm: number;
}

/** Each region's answer for a point inside it: the same object every time, made once. */
const insideHits = new WeakMap<Region, RegionHit>();

/**
 * Answers already given for points outside every region of a set, per set and point: finding
 * the nearest region within the coast tolerance measures the distance to every vertex near it.
 * A point inside a region is not kept: the strip index (point-in-region.ts) answers it in
 * microseconds, and keeping 14,000 distinct points at 10,000 initiatives cost more than finding
 * them (in a profile with the strips: 78 of the 126 ms spent in this function; issue #28). A
 * region set is never changed once read, so an answer stays true for as long as the set lives.
 */
const outsideAnswers = new WeakMap<RegionSet, Map<number, Map<number, RegionHit | undefined>>>();

/** The region of a set that holds the point, or the nearest one within the coast tolerance. */
export function regionOfPoint(set: RegionSet, lon: number, lat: number): RegionHit | undefined {
  for (const r of set.regions) {
    const [x0, y0, x1, y1] = r.bbox;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (!pointInRegion(r.geometry, lon, lat)) continue;
    let hit = insideHits.get(r);
    // Frozen: every point in the region gets this one object.
    if (!hit) insideHits.set(r, (hit = Object.freeze({ region: r, distanceKm: 0 })));
    return hit;
  }
  let byLon = outsideAnswers.get(set);
  if (!byLon) outsideAnswers.set(set, (byLon = new Map()));
  // Keyed by the numbers themselves: writing each as text was most of the look-up's cost.
  let known = byLon.get(lon);
  if (!known) byLon.set(lon, (known = new Map()));
  if (known.has(lat)) return known.get(lat);
  const hit = nearestRegion(set, lon, lat);
  known.set(lat, hit);
  return hit;
}

/** The nearest region within the coast tolerance of a point that lies in none. */
function nearestRegion(set: RegionSet, lon: number, lat: number): RegionHit | undefined {
  const pt: [number, number] = [lon, lat];
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
