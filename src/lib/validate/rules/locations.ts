/** Rules about where things are: coordinates in pairs, inside the country, initiatives on the map. */
import type { Problem } from '../../problems';
import { locatePoint } from '../../regions/locate';
import type { RegionSet } from '../../regions/region-sets';
import { vocabulary } from '../../schema/schemas';
import type { Initiative, Organisation } from '../../schema/types.generated';
import type { DerivedLocation, RuleTarget } from '../records';
import { problemAt } from './problem-at';
import { suggestId } from './references';

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

/**
 * An initiative that is not national has a location or a working area, or it belongs to no
 * province (a warning: it is then named "zonder bekend werkgebied" in every regional view).
 */
export function missingLocation(t: RuleTarget, data: Pick<Initiative, 'locations' | 'scope' | 'working_area'>): Problem[] {
  return !data.locations?.length && !data.working_area?.regions.length && data.scope !== 'national'
    ? [
        problemAt(t, '', '', 'Er is geen locatie en geen werkgebied; het initiatief staat niet op de kaart en hoort bij geen provincie.', {
          severity: 'warning',
          hint: `Voeg een locatie toe (plaats met coördinaten), vul bij "Werkgebied in provincies" de provincie(s) uit de bron in, of zet Werkgebied op "${vocabulary('scope').labels.national}".`,
        }),
      ]
    : [];
}

/**
 * Every region a working area names exists in the main region set (the provinces): a
 * misspelt id would silently leave the initiative out of that province.
 */
export function workingAreaRegions(
  t: RuleTarget,
  data: Pick<Initiative, 'working_area'>,
  main: Pick<RegionSet, 'name' | 'name_plural' | 'regions' | 'file'>,
): Problem[] {
  const ids = new Set(main.regions.map((r) => r.id));
  return (data.working_area?.regions ?? []).flatMap((id, i) => {
    if (ids.has(id)) return [];
    const s = suggestId(id, ids);
    return [
      problemAt(t, `/working_area/regions/${i}`, `working_area.regions[${i}]`, `${main.name} '${id}' bestaat niet.`, {
        hint: s
          ? `Bedoelde u '${s}'? De ids staan in ${main.file}.`
          : `Kies een id uit de ${main.name_plural.toLowerCase()} (${main.file}): ${[...ids].sort().join(', ')}.`,
      }),
    ];
  });
}
