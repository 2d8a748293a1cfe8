import { ENTITY_SCHEMAS } from './schema/schemas';
import type { Initiative } from './schema/types.generated';

/** The fields a detail page reports as "not known yet" when they are empty, in page order. */
const REPORTED = [
  'levels',
  'sectors',
  'start_year',
  'website',
  'lead_organisation',
  'partners',
  'locations',
  'funding',
  'figures',
  'success_factors',
  'challenges',
] as const;
export type ReportedField = (typeof REPORTED)[number];

/**
 * Which of an initiative's fields are still unknown, with the words readers see (the schema
 * titles, lower case): the detail page says them once, in one line, instead of an empty
 * section per field. Partners count as known when the source describes them in words; a
 * location is not missing for a national initiative, nor for one with a working area (the
 * page names its provinces instead).
 */
export function missingFields(d: Initiative): { field: ReportedField; label: string }[] {
  const props = ENTITY_SCHEMAS.initiative.properties ?? {};
  const empty = (field: ReportedField): boolean => {
    if (field === 'partners') return !d.partners?.length && !d.partners_note && !d.new_organisations?.length;
    if (field === 'locations') return !d.locations?.length && d.scope !== 'national' && !d.working_area?.regions.length;
    const v = d[field];
    return v === undefined || (Array.isArray(v) && v.length === 0);
  };
  return REPORTED.filter(empty).map((field) => ({ field, label: String(props[field]?.title ?? field).toLowerCase() }));
}
