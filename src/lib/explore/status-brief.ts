/**
 * The status in a few words for an entry in a list (a card on a region page or /initiatieven/,
 * a result on the home page, a cell of the spreadsheet download): the label, the end year of an
 * initiative that ended, and for a running or starting one the year of the source that says so
 * ("Actief (bron uit 2017)"), the only sign of age a list has room for. Kept apart from the
 * vocabulary (the label comes in) so the browser's result list can use it without the schemas.
 */
export function statusBrief(
  status: string,
  label: string,
  o: { sourceYear?: number | undefined; endYear?: number | undefined } = {},
): string {
  if (status === 'unknown') return 'Status onbekend';
  if (status === 'ended' && o.endYear !== undefined) return `${label} (${o.endYear})`;
  return o.sourceYear !== undefined && (status === 'active' || status === 'in_development') ? `${label} (bron uit ${o.sourceYear})` : label;
}

/** The year of a source date ('2017-03-01', '2017-03' or '2017'), or undefined without one. */
export const yearOfDate = (published: string | undefined): number | undefined =>
  published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
