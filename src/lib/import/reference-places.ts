/**
 * Where a row is: the provinces its province cell names, a point for each place of city_or_area
 * the gazetteer knows in those provinces, whether it is national, and its working area. Never a
 * guess: an area, a list of places or "national" gets no point, an unknown province is reported.
 */
import { samePlace } from '../cms/gazetteer';
import { regionOfPoint, type RegionSet } from '../regions/region-sets';
import type { Initiative } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';
import { clean, known } from './reference-cells';
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
  const out: string[] = [];
  let depth = 0,
    current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const sep = depth === 0 ? /^(\s*\/\s*|,\s+|;\s+|\s+and\s+|\s+en\s+|\s*–\s*|\s+-\s+)/.exec(text.slice(i)) : null;
    if (sep) {
      out.push(current);
      current = '';
      i += sep[0].length - 1;
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.map(clean).filter(Boolean);
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
  if (!known(area) || /national/i.test(area)) return { single: false, all: false };
  const provinceIds = provincesOf(row.province ?? '', ctx.regionSet);
  const named = provinceIds && provinceIds !== 'national' ? provinceIds.regions : [];
  const provinceNames = new Set(ctx.regionSet.regions.map((r) => foldName(r.name)).concat('friesland'));
  // Four decimals (about 10 m), as everywhere in the atlas.
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const find = (name: string) => {
    const hit = ctx.places.find((p) => samePlace(p.name, name));
    if (!hit) return undefined;
    const region = regionOfPoint(ctx.regionSet, hit.longitude, hit.latitude)?.region.id;
    if (named.length && region && !named.includes(region)) return undefined;
    return hit;
  };
  const head = clean(area.replace(/\([^)]*\)?/g, ' '));
  const bracket = [...area.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(', ');
  const headParts = placeParts(head);
  const isArea = (s: string) => /\b(region|regio)\b/i.test(s);
  // A single place (or a known area) with, at most, a bracket that qualifies it.
  if (headParts.length === 1 && !isArea(head) && !/^(also|and|ook|en)\b/i.test(bracket)) {
    const hit = find(head);
    if (hit && (hit.precision ?? 'place') === 'place') {
      const place = (wording ?? area).slice(0, 120);
      return {
        locations: [{ place, latitude: round(hit.latitude), longitude: round(hit.longitude), precision: 'place' }],
        single: true,
        all: true,
      };
    }
    // An area (a province's centre) only when the bracket names no places of its own.
    const inBracket = placeParts(bracket).filter((p) => !provinceNames.has(foldName(p)) && find(p));
    if (hit && !inBracket.length) {
      const place = (wording ?? area).slice(0, 120);
      return {
        locations: [{ place, latitude: round(hit.latitude), longitude: round(hit.longitude), precision: 'area' }],
        single: true,
        all: true,
      };
    }
  }
  const candidates = [...headParts, ...placeParts(bracket.replace(/^(also|and|ook|en|incl\.?)\s+/i, ''))];
  const locations: NonNullable<Initiative['locations']> = [];
  // A list of provinces ("Groningen, Friesland, Drenthe") names provinces, not their capitals:
  // they are the working area. One province name among places ("Stadskanaal, Groningen") is the city.
  const provincesListed = candidates.filter((c) => provinceNames.has(foldName(c))).length > 1;
  for (const c of candidates) {
    if ((provincesListed && provinceNames.has(foldName(c))) || isArea(c)) continue;
    const hit = find(c);
    if (!hit || (hit.precision ?? 'place') !== 'place' || locations.some((l) => samePlace(l.place, c))) continue;
    locations.push({ place: c.slice(0, 120), latitude: round(hit.latitude), longitude: round(hit.longitude), precision: 'place' });
  }
  const listed = [
    ...headParts,
    ...(/^(also|and|ook|en)\b/i.test(bracket) ? placeParts(bracket.replace(/^(also|and|ook|en)\s+/i, '')) : []),
  ];
  return {
    ...(locations.length ? { locations } : {}),
    single: false,
    all: locations.length > 0 && listed.every((p) => locations.some((l) => samePlace(l.place, p))),
  };
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
  const national = provinces === 'national' || /national/i.test(area);
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
