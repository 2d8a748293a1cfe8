/**
 * The leads of a row: each an existing organisation, a new one this import creates (with only
 * its name and the kind read from it), or an initiative of the atlas, which is a relation.
 */
import { freeId } from '../ids';
import type { Organisation } from '../schema/types.generated';
import { foldName, organisationNameKey } from '../text/unsafe-characters';
import type { ReferenceImport, RowInput } from './reference-import-state';
import { findOrganisation, leadNames, organisationKindFromName } from './reference-organisations';

/** The organisation a lead names: an existing one, or one this import creates. */
function organisationFor(
  st: ReferenceImport,
  { name, aliases: own }: { name: string; aliases: string[] },
  row: number,
): { id: string; name: string } {
  const existing = findOrganisation(st.aliases, [name, ...own]);
  if (existing)
    return {
      id: existing,
      name: st.ctx.organisations.find((o) => o.id === existing)?.data.name ?? st.newOrgs.get(existing)?.data.name ?? name,
    };
  const id = freeId(name, st.takenOrgIds, 'organisatie');
  // Only the name and the kind read from it. That the kind was read from the name is a derived
  // fact, so the file says so in the standard sentence that the organisation page shows beside
  // the kind and /over/ explains once (src/lib/organisation-notes.ts).
  const kind = organisationKindFromName(name);
  const data: Organisation = { name, kind, ...(kind !== 'other' ? { notes: 'Soort afgeleid uit de naam.' } : {}) };
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
