import { organisationIdsOf } from './relations';
import type { InitiativeRecord, OrganisationRecord } from './validate/validate-dataset';

/**
 * schema.org JSON-LD for an initiative page: a Project (an Organization sub-type) with its
 * places, members and funders. Only fields we have; nothing invented. `members`: the
 * organisations it names (organisationIdsOf), when the caller has them already (the site model).
 */
export function initiativeJsonLd(
  i: InitiativeRecord,
  url: string,
  orgs: ReadonlyMap<string, OrganisationRecord>,
  orgUrl: (id: string) => string,
  members: readonly string[] = organisationIdsOf(i.data),
): Record<string, unknown> {
  const d = i.data;
  const org = (id: string) => ({
    '@type': 'Organization',
    name: orgs.get(id)?.data.name ?? id,
    url: orgUrl(id),
    ...(orgs.get(id)?.data.website ? { sameAs: orgs.get(id)!.data.website } : {}),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': url,
    url,
    name: d.name,
    ...(d.short_name ? { alternateName: d.short_name } : {}),
    description: d.summary,
    ...(d.website ? { sameAs: d.website } : {}),
    // schema.org has no "about": a year the page calls approximate or uncertain is no founding date
    // a machine may take as stated (a reader review found an award year given as one).
    ...(d.start_year && (d.start_year_certainty ?? 'exact') === 'exact' ? { foundingDate: String(d.start_year) } : {}),
    ...(d.end_year ? { dissolutionDate: String(d.end_year) } : {}),
    ...(d.sectors?.length ? { keywords: d.sectors.join(', ') } : {}),
    location: (d.locations ?? []).map((l) => ({
      '@type': 'Place',
      name: l.place,
      geo: { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude },
    })),
    // Every organisation the initiative names (the lead first, then the partners: schema order).
    member: members.map(org),
    ...(d.partners?.some((p) => p.role === 'funder')
      ? { funder: d.partners.filter((p) => p.role === 'funder').map((p) => org(p.organisation)) }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json"> block, safe against `</script>` in data. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
