/** Rules about where things are: coordinates in pairs, inside the country, initiatives on the map. */
import type { Problem } from '../../problems';
import { locatePoint } from '../../regions/locate';
import type { RegionSet } from '../../regions/region-sets';
import { vocabulary } from '../../schema/schemas';
import type { Initiative, Organisation } from '../../schema/types.generated';
import type { DerivedLocation, RuleTarget } from '../records';
import { problemAt } from './problem-at';

/** An organisation has both latitude and longitude, or neither. */
export function coordinatePair(t: RuleTarget, data: Pick<Organisation, 'latitude' | 'longitude'>): Problem[] {
  if ((data.latitude === undefined) === (data.longitude === undefined)) return [];
  const missing = data.latitude === undefined ? 'latitude' : 'longitude';
  const given = missing === 'latitude' ? 'longitude' : 'latitude';
  // Named by the missing field, placed at the line of the one that is there.
  return [problemAt(t, `/${given}`, missing, 'Vul breedte- én lengtegraad in, of geen van beide.')];
}

/**
 * The regions of one point, or a problem when it lies outside the country (more than the
 * coast tolerance outside every region of the main set).
 */
export function pointInside(
  t: RuleTarget,
  pointer: string,
  field: string,
  regionSets: readonly RegionSet[],
  lon: number,
  lat: number,
): { location?: DerivedLocation; problems: Problem[] } {
  const res = locatePoint(regionSets, lon, lat);
  return res.location
    ? { location: res.location, problems: [] }
    : { problems: [problemAt(t, pointer, field, res.outside.message, { hint: res.outside.hint })] };
}

/** An initiative that is not national has a location, or it is missing from the map (a warning). */
export function missingLocation(t: RuleTarget, data: Pick<Initiative, 'locations' | 'scope'>): Problem[] {
  return !data.locations?.length && data.scope !== 'national'
    ? [
        problemAt(t, '', '', 'Er is geen locatie; het initiatief staat daardoor niet op de kaart.', {
          severity: 'warning',
          hint: `Voeg een locatie toe (plaats met coördinaten), of zet Werkgebied op "${vocabulary('scope').labels.national}".`,
        }),
      ]
    : [];
}
