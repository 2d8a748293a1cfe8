/**
 * Deriving regions from coordinates: its own step, used by the dataset validation and by the
 * CMS before it saves, so "inside the Netherlands" has one definition and one message.
 */
import type { DerivedLocation } from '../records';
import { COAST_TOLERANCE_KM, regionOfPoint, type RegionSet } from './region-sets';

/** Why a point has no region, in the words a contributor reads. */
export interface OutsideMessage {
  message: string;
  hint: string;
}

/**
 * The region of a point in every set (the first set is the main one: a point outside it is
 * outside the atlas), and how far outside the main set's polygon it lay when the coast rule
 * applied. Outside sets other than the main one a point simply has no region there.
 */
export function locatePoint(
  regionSets: readonly RegionSet[],
  lon: number,
  lat: number,
): { location: DerivedLocation; outside?: undefined } | { location?: undefined; outside: OutsideMessage } {
  const regions: Record<string, string> = {};
  let snappedKm: number | undefined;
  for (const [i, set] of regionSets.entries()) {
    const hit = regionOfPoint(set, lon, lat);
    if (hit) {
      regions[set.id] = hit.region.id;
      if (i === 0 && hit.distanceKm > 0) snappedKm = Math.round(hit.distanceKm * 10) / 10;
    } else if (i === 0)
      return {
        outside: {
          message: `De coördinaten (${lat}, ${lon}) liggen niet in Nederland (meer dan ${COAST_TOLERANCE_KM} km buiten elke ${set.name.toLowerCase()}).`,
          hint: `Controleer de coördinaten; breedtegraad en lengtegraad niet verwisseld? Een plaats aan de kust of grens mag tot ${COAST_TOLERANCE_KM} km buiten de vereenvoudigde grens liggen.`,
        },
      };
  }
  return { location: { regions, ...(snappedKm !== undefined ? { snappedKm } : {}) } };
}
