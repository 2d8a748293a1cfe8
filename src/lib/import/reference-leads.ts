/**
 * The leads of a row: each an existing organisation, a new one this import creates (with only
 * its name and the kind read from it), or an initiative of the atlas, which is a relation.
 */
import { freeId } from '../ids';
import type { Organisation } from '../schema/types.generated';
import { samePlace } from '../cms/gazetteer';
import { roundCoordinate } from '../cms/picked-place';
import { foldName, organisationNameKey } from '../text/unsafe-characters';
import type { ReferenceImport, RowInput } from './reference-import-state';
import { findOrganisation, leadNames, organisationKindFromName } from './reference-organisations';

/** The organisation a lead names: an existing one, or one this import creates. */
function organisationFor(
  st: ReferenceImport,
  { name, aliases: own }: { name: string; aliases: string[] },
  row: number,
): { id: string; name: string; namedAs?: string } {
  const existing = findOrganisation(st.aliases, [name, ...own]);
  if (existing) {
    const data = st.ctx.organisations.find((o) => o.id === existing)?.data ?? st.newOrgs.get(existing)?.data;
    // A lead the source names by an organisation's former name ("Arcus College", now Vista College)
    // is that organisation, but the page and the summary say the name the source used: the source
    // is from before the merger, and the other leads it names may have merged too.
    const former = (data?.former_names ?? []).some((f) => organisationNameKey(f) === organisationNameKey(name));
    return { id: existing, name: data?.name ?? name, ...(former ? { namedAs: name } : {}) };
  }
  const id = freeId(name, st.takenOrgIds, 'organisatie');
  // Only the name and what it says: the kind, and the place when the name ends on a town
  // ("Hogeschool Leiden") or is a municipality's ("Gemeente Oss"). Both are derived facts, so the
  // file says so in the standard sentences that the organisation page shows beside the field and
  // /over/ explains once (src/lib/organisation-notes.ts).
  const kind = organisationKindFromName(name);
  const town = kind !== 'other' ? townInName(st, name) : undefined;
  const notes = [kind !== 'other' ? 'Soort afgeleid uit de naam.' : '', town ? 'Vestigingsplaats afgeleid uit de naam.' : '']
    .filter(Boolean)
    .join(' ');
  const data: Organisation = {
    name,
    kind,
    ...(town ? { place: town.name, latitude: roundCoordinate(town.latitude), longitude: roundCoordinate(town.longitude) } : {}),
    ...(notes ? { notes } : {}),
  };
  st.newOrgs.set(id, { id, data, row });
  st.aliases.set(organisationNameKey(name), id);
  return { id, name };
}

/**
 * The leads a row names: a lead that is an initiative of the atlas (a centre leading a
 * consortium) is no organisation but a relation; the others are organisations.
 */
export function leadsOfRow(st: ReferenceImport, r: RowInput) {
  const named = leadNames(r.row.lead ?? '', st.isPlace);
  const leadInitiatives = named
    .map((l) => [l.name, ...l.aliases].map((n) => st.initiativeByName.get(foldName(n))).find(Boolean))
    .filter((x): x is string => !!x);
  const leads = named
    .filter((l) => ![l.name, ...l.aliases].some((n) => st.initiativeByName.has(foldName(n))))
    .map((n) => organisationFor(st, n, r.rowNo));
  return { named, leadInitiatives, leads };
}

/** Words of direction that the open list also holds as places (districts such as Amsterdam-Noord). */
const COMPASS = new Set(['noord', 'zuid', 'oost', 'west', 'midden', 'centrum', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest']);

/**
 * The town an organisation's name says it is in: the town a municipality is named after
 * ("Gemeente Oss"), or a town the name ends on ("Hogeschool van Amsterdam", "ROC Nijmegen"). A
 * town that shares its name with a province counts only after "Gemeente": "ROC Zeeland" and
 * "Provincie Groningen" name the province, not the village or the city. Only a town the open list
 * holds once (src/io/places.ts), and never from a name with two ("Arnhem en Nijmegen"), so the
 * point is never a guess between two.
 */
function townInName(st: ReferenceImport, name: string) {
  const towns = st.ctx.towns ?? [];
  const municipality = /^gemeente\s+(.+)$/i.exec(name)?.[1];
  // "Hogeschool van Arnhem en Nijmegen" names two towns: neither is the place.
  if (!municipality && /\s(en|&)\s/i.test(name)) return undefined;
  const words = name.split(/\s+/);
  const candidates = municipality ? [municipality] : words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
  for (const c of candidates) {
    if (!municipality && st.ctx.regionSet.regions.some((r) => samePlace(r.name, c))) continue;
    // "Energy College Noord" names a direction, not the district of Amsterdam the open list calls Noord.
    if (COMPASS.has(c.toLowerCase())) continue;
    const found = towns.filter((t) => samePlace(t.name, c));
    if (found.length === 1) return found[0];
  }
  return undefined;
}
