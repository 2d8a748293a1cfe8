import { freeId } from '../ids';
import { samePlace } from '../cms/gazetteer';
import { ENTITY_FOLDERS, ENTITY_SCHEMAS } from '../schema/schemas';
import type { Initiative, Organisation } from '../schema/types.generated';
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
  places: readonly { name: string; latitude: number; longitude: number }[],
): Adoption[] {
  const out: Adoption[] = [];
  const byName = new Map(organisations.map((o) => [foldName(o.data.name), o.id]));
  const taken = new Set(organisations.map((o) => o.id));
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
        const place = o.place ? places.find((p) => samePlace(p.name, o.place!)) : undefined;
        const org: Organisation = {
          name: o.name,
          kind: o.kind,
          ...(o.place ? { place: o.place } : {}),
          ...(place ? { latitude: place.latitude, longitude: place.longitude } : {}),
          ...(o.website ? { website: o.website } : {}),
          notes: `Aangemeld als nieuwe organisatie in het voorstel voor '${rec.data.name}'.${place ? ` Coördinaten: het midden van ${place.name}, opgezocht bij het overnemen (niet van de organisatie zelf).` : ''}`,
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
