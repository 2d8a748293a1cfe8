/**
 * Links that invite readers to complete or correct an entry: the CMS (for people with a
 * GitHub account) and a pre-filled GitHub issue form (for everybody else).
 */
export function cmsEntryUrl(base: string, collection: 'initiatives' | 'organisations', id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}admin/#/collections/${collection}/entries/${id}`;
}

/** A new issue from the "Correctie doorgeven" form, with the entry's id and name filled in. */
export function correctionFormUrl(repository: string, kind: 'initiatief' | 'organisatie', id: string, name: string): string {
  const params = new URLSearchParams({ template: 'correctie.yml', title: `Correctie: ${name}`, id, naam: name, soort: kind });
  return `https://github.com/${repository}/issues/new?${params}`;
}
