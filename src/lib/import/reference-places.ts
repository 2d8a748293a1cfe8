/**
 * Where a row is: the provinces its province cell names, a point for each place of city_or_area
 * the gazetteer knows in those provinces, whether it is national, and its working area. Never a
 * guess: an area, a list of places or "national" gets no point, an unknown province is reported.
 */
import { samePlace } from '../cms/gazetteer';
import { roundCoordinate } from '../cms/picked-place';
import { regionOfPoint, type RegionSet } from '../regions/region-sets';
import type { Initiative } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';
import { clean, known, splitOutsideBrackets } from './reference-cells';
import { rowProblem, type ReferenceContext, type ReferenceImport, type RowInput } from './reference-import-state';

/**
 * The provinces a `province` cell names, as region ids ("Friesland" = fryslan); `†`/`‡` make
 * them derived (approximate). 'national' for a national row; names the region set does not
 * know are returned apart, never guessed.
 */
export function provincesOf(
  cell: string,
  regionSet: RegionSet,
): 'national' | { regions: string[]; certainty: 'exact' | 'approximate'; unknown: string[] } | undefined {
  const text = clean(cell);
  if (!known(text)) return undefined;
  if (/^national\b/i.test(text)) return 'national';
  const byName = new Map(regionSet.regions.map((r) => [foldName(r.name), r.id]));
  byName.set('friesland', byName.get('fryslan') ?? 'fryslan');
  const regions: string[] = [];
  const unknown: string[] = [];
  for (const part of text.replace(/\([^)]*\)/g, '').split('/')) {
    const name = clean(part.replace(/[†‡]/g, ''));
    if (!name) continue;
    const id = byName.get(foldName(name));
    if (id) {
      if (!regions.includes(id)) regions.push(id);
    } else unknown.push(name);
  }
  return { regions, certainty: /[†‡]/.test(text) ? 'approximate' : 'exact', unknown };
}

/** Split a place cell at " / ", ", ", " and ", " en ", "–" and " - " outside brackets. */
function placeParts(text: string): string[] {
  return splitOutsideBrackets(text, /^(\s*\/\s*|,\s+|;\s+|\s+and\s+|\s+en\s+|\s*–\s*|\s+-\s+)/)
    .map(clean)
    .filter(Boolean);
}

/** A place of the gazetteer. */
type Place = ReferenceContext['places'][number];
/** A point of an initiative. */
type Location = NonNullable<Initiative['locations']>[number];

/** How a row's places are looked up: in the gazetteer, kept to the provinces the row names. */
interface PlaceLookup {
  /**
   * The gazetteer's place of that name, unless it lies outside every province the row names.
   * With `town`, a name the gazetteer knows as an area ("Groningen": some location calls the
   * province so) is the town of that name instead, when the open list of towns has one there.
   */
  find: (name: string, town?: boolean) => Place | undefined;
  /** Is this the name of a province ("Friesland" included)? */
  isProvince: (name: string) => boolean;
  /** Does the row's province cell say its province was derived from the place (a marker, † or ‡)? */
  provinceFromPlace: boolean;
}

/** The lookup for one row: a place outside the provinces the row names is not the place the row means. */
function placeLookup(row: Record<string, string>, ctx: ReferenceContext): PlaceLookup {
  const provinces = provincesOf(row.province ?? '', ctx.regionSet);
  const named = provinces && provinces !== 'national' ? provinces.regions : [];
  const provinceIds = new Map(ctx.regionSet.regions.map((r) => [foldName(r.name), r.id]));
  provinceIds.set('friesland', provinceIds.get('fryslan') ?? 'fryslan');
  const regionOf = (p: { latitude: number; longitude: number }) => regionOfPoint(ctx.regionSet, p.longitude, p.latitude)?.region.id;
  const inNamed = (p: { latitude: number; longitude: number }) => {
    const region = regionOf(p);
    return !(named.length && region && !named.includes(region));
  };
  // The town that carries a province's name lies in that province (Groningen); a village of that
  // name elsewhere (Zeeland, in Noord-Brabant) is not what a row naming the province means.
  const townOf = (name: string) => {
    const province = provinceIds.get(foldName(name));
    return ctx.towns?.find((t) => samePlace(t.name, name) && inNamed(t) && (!province || regionOf(t) === province));
  };
  return {
    find: (name, town = false) => {
      const hit = ctx.places.find((p) => samePlace(p.name, name));
      if (!hit || !inNamed(hit)) return undefined;
      if (town && hit.precision === 'area') return townOf(name) ?? hit;
      return hit;
    },
    isProvince: (name) => provinceIds.has(foldName(name)),
    provinceFromPlace: typeof provinces === 'object' && provinces.certainty === 'approximate',
  };
}

/** A point at a gazetteer place, at four decimals (about 10 m), as everywhere in the atlas. */
function pointAt(place: string, hit: Place, precision: 'place' | 'area'): Location {
  return { place, latitude: roundCoordinate(hit.latitude), longitude: roundCoordinate(hit.longitude), precision };
}

/** A city_or_area cell read apart: its whole text, the text outside brackets and its parts, and the brackets' text. */
interface AreaCell {
  area: string;
  head: string;
  headParts: string[];
  bracket: string;
}

/** Reads a city_or_area cell apart; the brackets' texts are joined, so "A (B) (C)" has the bracket "B, C". */
function areaCell(area: string): AreaCell {
  const head = clean(area.replace(/\([^)]*\)?/g, ' '));
  const bracket = [...area.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(', ');
  return { area, head, headParts: placeParts(head), bracket };
}

/** "national" as a word: "international partnership" says nothing about the working area in the Netherlands. */
const NATIONAL = /(?<![a-z])national\b/i;

/** A region ("regio Twente") is never a place, even when the gazetteer knows its name. */
const isRegionWord = (s: string) => /\b(region|regio)\b/i.test(s);
/** A bracket that adds places ("Assen (also Meppel, Emmen)") rather than qualifying the one before it. */
const ADDS_PLACES = /^(also|and|ook|en)\b/i;

/**
 * The one point of a cell that names a single place (or a known area) with, at most, a bracket
 * that qualifies it ("Helmond (Automotive Campus)"): named with the cell's wording. An area (a
 * province's centre) only when the bracket names no places of its own; those get their own
 * points. Undefined when the cell is not one place.
 */
function singlePoint(cell: AreaCell, lookup: PlaceLookup, wording: string | undefined): Location | undefined {
  if (cell.headParts.length !== 1 || isRegionWord(cell.head) || ADDS_PLACES.test(cell.bracket)) return undefined;
  // "Groningen" with the province "Groningen†" (derived from the place): the town, not the province.
  const hit = lookup.find(cell.head, lookup.provinceFromPlace);
  if (!hit) return undefined;
  const place = (wording ?? cell.area).slice(0, 120);
  if ((hit.precision ?? 'place') === 'place') return pointAt(place, hit, 'place');
  const inBracket = placeParts(cell.bracket).filter((p) => !lookup.isProvince(p) && lookup.find(p));
  return inBracket.length ? undefined : pointAt(place, hit, 'area');
}

/** A point for each place a cell lists, in or outside brackets, that the gazetteer knows as a place (not an area); each named by itself, once. */
function listedPoints(cell: AreaCell, lookup: PlaceLookup): Location[] {
  const candidates = [...cell.headParts, ...placeParts(cell.bracket.replace(/^(also|and|ook|en|incl\.?)\s+/i, ''))];
  const locations: Location[] = [];
  // A list of provinces ("Groningen, Friesland, Drenthe") names provinces, not their capitals:
  // they are the working area. One province name among places ("Stadskanaal, Groningen") is the city.
  const provincesListed = candidates.filter((c) => lookup.isProvince(c)).length > 1;
  for (const c of candidates) {
    if ((provincesListed && lookup.isProvince(c)) || isRegionWord(c)) continue;
    const hit = lookup.find(c, true);
    if (!hit || (hit.precision ?? 'place') !== 'place' || locations.some((l) => samePlace(l.place, c))) continue;
    locations.push(pointAt(c.slice(0, 120), hit, 'place'));
  }
  return locations;
}

/** Did every place the cell names (outside brackets, or in a bracket that adds places) get its point? Only then may a summary name them. */
function everyPlaceLocated(cell: AreaCell, locations: readonly Location[]): boolean {
  const listed = [
    ...cell.headParts,
    ...(ADDS_PLACES.test(cell.bracket) ? placeParts(cell.bracket.replace(/^(also|and|ook|en)\s+/i, '')) : []),
  ];
  return locations.length > 0 && listed.every((p) => locations.some((l) => samePlace(l.place, p)));
}

/**
 * Where a row is: a point for every place of `city_or_area` that the gazetteer knows and that
 * lies in a province the row names. One place ("Helmond (Automotive Campus)") or one known area
 * ("Limburg") gives one point with the cell's wording; a list ("Rotterdam–Dordrecht", "Assen
 * (also Meppel, Emmen)", "Achterhoek (Borculo, Ruurlo)") a point per known place, named by
 * itself. `all` says whether every named place got a point (only then may a summary name them).
 */
function placesOf(
  row: Record<string, string>,
  ctx: ReferenceContext,
  wording: string | undefined,
): { locations?: NonNullable<Initiative['locations']>; single: boolean; all: boolean } {
  const area = clean(row.city_or_area);
  if (!known(area) || NATIONAL.test(area)) return { single: false, all: false };
  const lookup = placeLookup(row, ctx);
  const cell = areaCell(area);
  const single = singlePoint(cell, lookup, wording);
  if (single) return { locations: [single], single: true, all: true };
  const locations = listedPoints(cell, lookup);
  return { ...(locations.length ? { locations } : {}), single: false, all: everyPlaceLocated(cell, locations) };
}

/**
 * Where a row is: its points (placesOf), whether it is national, its working area (the
 * provinces it names, with the place's wording as note) and the place's wording where no
 * point or working area holds it. An unknown province is reported.
 */
export function whereOfRow(st: ReferenceImport, r: RowInput, area: string, placeText: string | undefined) {
  const located = placesOf(r.row, st.ctx, placeText);
  const locations = located.locations;
  const provinces = provincesOf(r.row.province ?? '', st.ctx.regionSet);
  if (provinces && provinces !== 'national' && provinces.unknown.length)
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'province',
      `Onbekende provincie(s) '${provinces.unknown.join("', '")}': niet in het werkgebied opgenomen.`,
      'warning',
    );
  const national = provinces === 'national' || NATIONAL.test(area);
  const placeSaid = placeText && !(located.single && locations) && !/^(national|landelijk)$/i.test(placeText) ? placeText : undefined;
  const workingArea =
    !national && typeof provinces === 'object' && provinces.regions.length
      ? {
          regions: provinces.regions,
          certainty: provinces.certainty,
          ...(placeSaid && placeSaid.length <= 300 ? { note: placeSaid } : {}),
        }
      : undefined;
  return { located, locations, national, placeSaid, workingArea };
}
