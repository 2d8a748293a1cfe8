/**
 * What a status means for a reader, in one place for the server and the browser (this module
 * imports nothing, so the browser's result list can use it without the schemas).
 */

/** A status that can age: the initiative runs or is being set up (an end stays an end). */
export const isRunningStatus = (status: string): boolean => status === 'active' || status === 'in_development';

/** A status that says the initiative is over: it stopped, or went into another one. */
export const isOverStatus = (status: string): boolean => status === 'ended' || status === 'merged';

/**
 * The status in a few words for an entry in a list (a card on a region page or /initiatieven/,
 * a result on the home page or in the search): the label, the year an initiative that is over
 * ended or merged, and for a running or starting one the year of the source that says so
 * ("Actief (bron uit 2017)"), the only sign of age a list has room for; a source without a date
 * says that ("Actief (bron zonder datum)"), so an undated statement never reads as a current one.
 */
export function statusBrief(
  status: string,
  label: string,
  o: { sourceYear?: number | undefined; endYear?: number | undefined; undatedSource?: boolean | undefined } = {},
): string {
  if (status === 'unknown') return 'Status onbekend';
  if (isOverStatus(status)) return o.endYear !== undefined ? `${label} (${o.endYear})` : label;
  if (!isRunningStatus(status)) return label;
  if (o.sourceYear !== undefined) return `${label} (bron uit ${o.sourceYear})`;
  return o.undatedSource ? `${label} (bron zonder datum)` : label;
}

/**
 * What a list says about the age of a status's source: the year of its date for a running or
 * starting status, or that the source has none. One place for the initiative facts and the list
 * index (the browser's result list reads the index).
 */
export function statusSourceAge(
  status: string,
  source: { published?: string | undefined } | undefined,
): { sourceYear?: number; undatedSource?: true } {
  if (!source || !isRunningStatus(status)) return {};
  const year = yearOfDate(source.published);
  return year !== undefined ? { sourceYear: year } : { undatedSource: true };
}

/** The year of a source date ('2017-03-01', '2017-03' or '2017'), or undefined without one. */
export const yearOfDate = (published: string | undefined): number | undefined =>
  published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
