/** What an organisation's page shows, prepared from the site model (the page only renders it). */
import { facetParams } from '../explore/filter';
import { collaborators } from '../relations';
import type { SiteModel } from '../site-model';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';
import { uniqueSources } from './cited-sources';
import { sourceDateInWords, sourceLink, statusInBrief } from './initiative-facts';
import type { Link } from './initiative-page';

/** A link to an initiative with its status in brief, as on every list (statusInBrief): an ended one does not pass for current. */
export type InitiativeLink = Link & { status: string };

export interface OrganisationPage {
  record: OrganisationRecord;
  data: OrganisationRecord['data'];
  previewRegion?: string;
  /** Fields not known yet, said once at the top. */
  missing: string[];
  /** How many initiatives it leads or joins, and the map filtered to them. */
  initiativeCount: number;
  mapHref: string;
  /** What it leads, alone or with others (a co-lead: `co`), each with its status in brief. */
  leads: (InitiativeLink & { co?: true; note?: string })[];
  joins: (InitiativeLink & { role: string; note?: string })[];
  /** Initiatives whose partners text names it, where it has no recorded role (in Dutch alphabetical order). */
  mentionedIn: InitiativeLink[];
  /** Organisations it shares initiatives with, most shared first. */
  collaborators: (Link & { shared: number })[];
  /**
   * The pages its facts come from (its sources and the one it was checked against), each once: a
   * merger or a former name on the page names where it is said (the page showed none).
   */
  sources: (ReturnType<typeof sourceLink> & { published?: string; consulted?: string })[];
}

export function organisationPage(site: SiteModel, id: string): OrganisationPage {
  const record = site.organisations.get(id);
  if (!record) throw new Error(`Geen organisatie met id '${id}'.`);
  const d = record.data;
  const mine = site.involvement.get(id) ?? [];
  const linkTo = (i: InitiativeRecord): InitiativeLink => ({
    href: site.links.initiative(i.id),
    name: i.data.name,
    status: statusInBrief(i.data),
  });
  const initiativeLink = (x: (typeof mine)[number]): InitiativeLink => linkTo(x.initiative);
  const previewRegion = record.derived.regions[site.primary.id];
  return {
    record,
    data: d,
    ...(previewRegion ? { previewRegion } : {}),
    missing: [!d.place && 'plaats', !d.website && 'website'].filter((x): x is string => !!x),
    initiativeCount: mine.length,
    mapHref: site.links.map(facetParams({ organisation: id })),
    // A co-lead leads too: under "Penvoerder van", marked, not among the partners.
    leads: mine
      .filter((x) => x.role === 'lead' || x.role === 'co_lead')
      .map((x) => ({ ...initiativeLink(x), ...(x.role === 'co_lead' ? { co: true as const } : {}), ...(x.note ? { note: x.note } : {}) })),
    joins: mine
      .filter((x) => x.role !== 'lead' && x.role !== 'co_lead')
      .map((x) => ({ ...initiativeLink(x), role: x.role, ...(x.note ? { note: x.note } : {}) })),
    mentionedIn: (site.mentions.get(id) ?? []).map(linkTo),
    sources: uniqueSources([...(d.sources ?? []), d.verified_source]).map((x) => ({
      ...sourceLink(x),
      ...(x.published ? { published: sourceDateInWords(x.published) } : {}),
      ...(x.consulted ? { consulted: x.consulted } : {}),
    })),
    collaborators: collaborators(id, site.involvement, site.organisations, site.organisationsOf).map((x) => ({
      href: site.links.organisation(x.org.id),
      name: x.org.data.name,
      shared: x.shared,
    })),
  };
}
