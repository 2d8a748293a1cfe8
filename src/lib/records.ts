/**
 * The records a valid data file becomes: its id, its file, its data and what the build derives
 * from it. Types only, below every step that passes them along (validation, regions, the site
 * model), so the region code needs nothing from the validation code to name them.
 */
import type { Initiative, Organisation } from './schema/types.generated';

/** Region membership derived at build time; never written back to data/. */
export interface DerivedLocation {
  /** Region id per region set id, for each location in order. */
  regions: Record<string, string>;
  /** Distance outside the nearest polygon when the coast rule applied, in km. */
  snappedKm?: number;
}

export interface InitiativeRecord {
  id: string;
  file: string;
  data: Initiative;
  derived: { locations: DerivedLocation[] };
}

export interface OrganisationRecord {
  id: string;
  file: string;
  data: Organisation;
  derived: { regions: Record<string, string> };
}
