import { freeId } from '../ids';
import { samePlace, type GazetteerPlace } from '../cms/gazetteer';
import { isPicked, PICKED_MARKER, unmarked } from '../cms/picked-place';
import { ENTITY_FOLDERS, ENTITY_SCHEMAS } from '../schema/schemas';
import type { Initiative, Organisation } from '../schema/types.generated';
import { organisationsByName } from '../organisation-names';
import { foldName } from '../text/unsafe-characters';
import { toCanonicalYaml } from '../yaml/canonical';

/** A file the adoption writes: a new organisation or a changed initiative. */
export interface Adoption {
  path: string;
  text: string;
  /** What happened, in plain Dutch, for the maintainer. */
  says: string;
}

/**
 * Turns the organisations contributors named in `new_organisations` into organisation files
 * and references: an organisation that already exists by name (folded: case, accents,
 * invisible characters) is referred to, never created twice; a new one gets a file with what
 * the contributor typed (name, kind, place, website) and, when the place is in the gazetteer,
 * its coordinates, marked in `notes` as derived. The initiative then names each as lead or
 * partner, and `new_organisations` goes. Pure: takes records, returns files to write.
 */
export function adoptNewOrganisations(
  initiatives: readonly { id: string; data: Initiative }[],
  organisations: readonly { id: string; data: Organisation }[],
  places: readonly GazetteerPlace[],
): Adoption[] {
  const out: Adoption[] = [];
  // Every name an organisation is known by (a former name too: ROC Leeuwenborgh is Vista College
  // now), as validate's newOrganisations reads them; and no id that is an old address of one.
  const byName = organisationsByName(organisations);
  const taken = new Set(organisations.flatMap((o) => [o.id, ...(o.data.former_ids ?? [])]));
  for (const rec of initiatives) {
    const proposed = rec.data.new_organisations ?? [];
    if (!proposed.length) continue;
    const data: Initiative = { ...rec.data, partners: [...(rec.data.partners ?? [])] };
    delete data.new_organisations;
    for (const o of proposed) {
      let id = byName.get(foldName(o.name));
      if (id) {
        out.push({ path: '', text: '', says: `${rec.id}: '${o.name}' bestond al als ${id}; daarnaar verwezen.` });
      } else {
        id = freeId(o.name, taken, 'organisatie');
        byName.set(foldName(o.name), id);
        const point = coordinatesOf(o, places);
        const org: Organisation = {
          name: o.name,
          kind: o.kind,
          ...(o.place ? { place: o.place } : {}),
          ...(point ? { latitude: point.latitude, longitude: point.longitude } : {}),
          ...(o.website ? { website: o.website } : {}),
          notes: `Aangemeld als nieuwe organisatie in het voorstel voor '${rec.data.name}'.${point ? ` Coördinaten: ${point.origin} (niet van de organisatie zelf).` : ''}`,
        };
        out.push({
          path: `data/${ENTITY_FOLDERS.organisation}/${id}.yaml`,
          text: toCanonicalYaml(org, ENTITY_SCHEMAS.organisation),
          says: `${rec.id}: nieuwe organisatie ${id} ('${o.name}').`,
        });
      }
      if (o.role === 'lead' && !data.lead_organisation) data.lead_organisation = id;
      else if (id !== data.lead_organisation && !data.partners!.some((p) => p.organisation === id)) {
        data.partners!.push({ organisation: id, ...(o.partner_role ? { role: o.partner_role } : {}) });
      }
    }
    if (!data.partners!.length) delete data.partners;
    out.push({
      path: `data/${ENTITY_FOLDERS.initiative}/${rec.id}.yaml`,
      text: toCanonicalYaml(data, ENTITY_SCHEMAS.initiative),
      says: `${rec.id}: penvoerder en partners bijgewerkt.`,
    });
  }
  return out;
}

/**
 * A new organisation's coordinates and, in Dutch, where they came from: the point the
 * contributor gave (clicked on the map, or a place chosen from the picker's list), else the
 * place looked up now, at adoption (from the atlas's own data or from GeoNames).
 */
export function coordinatesOf(
  o: { place?: string | undefined; latitude?: number | undefined; longitude?: number | undefined },
  places: readonly GazetteerPlace[],
): { latitude: number; longitude: number; origin: string } | undefined {
  const name = unmarked(o.place).trim();
  if (typeof o.latitude === 'number' && typeof o.longitude === 'number') {
    const listed = places.find((p) => samePlace(p.name, name));
    const origin = isPicked(o.place)
      ? `aangewezen op de kaart door wie het voorstel deed, bij ${name || 'een plaats zonder naam'}; een klik op de kaart, geen adres`
      : listed && listed.latitude === o.latitude && listed.longitude === o.longitude
        ? `het midden van ${listed.name}, gekozen uit de plaatsenlijst door wie het voorstel deed`
        : `opgegeven door wie het voorstel deed`;
    return { latitude: o.latitude, longitude: o.longitude, origin };
  }
  const found = name ? places.find((p) => samePlace(p.name, name)) : undefined;
  if (!found) return undefined;
  const origin = found.from
    ? `bij het overnemen opgezocht: overgenomen van ${found.from}${found.from.includes(PICKED_MARKER) ? ', een punt dat daar op de kaart is aangewezen' : ''}`
    : `het midden van ${found.name} volgens GeoNames, opgezocht bij het overnemen`;
  return { latitude: found.latitude, longitude: found.longitude, origin };
}
