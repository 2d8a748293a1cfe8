import { regionOfPoint, type RegionSet } from '../regions/region-sets';
import { placeNameCandidates } from '../text/place-aliases';
import { foldName } from '../text/unsafe-characters';
import type { PlaceContext } from './summary';

/**
 * The review's place knowledge: a name is known when the open gazetteer or the main region set
 * holds it (directly or by an everyday alias such as "Den Bosch"); a point's region comes from
 * the main region set (the provinces). Built from the gazetteer, never from the proposal itself,
 * so a proposal's own new place does not count as known.
 */
export function placeContext(places: readonly { name: string }[], set: RegionSet): PlaceContext {
  const names = new Set([...places.map((p) => foldName(p.name)), ...set.regions.map((r) => foldName(r.name))]);
  return {
    isKnownPlace: (name) => placeNameCandidates(name).some((n) => names.has(foldName(n))),
    regionOf: (lon, lat) => regionOfPoint(set, lon, lat)?.region.name,
  };
}
