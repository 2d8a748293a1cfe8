/**
 * The words for the two places outside every region, once: "Landelijk" is the schema's label
 * of `scope: national`, so it is read from there. Kept apart from membership.ts, which the
 * browser loads (through the explorer) and which must not pull in the schemas.
 */
import { vocabulary } from '../schema/schemas';
import { NATIONAL, UNPLACED } from './membership';

export const OUTSIDE_REGION_LABELS: Readonly<Record<typeof NATIONAL | typeof UNPLACED, string>> = {
  [NATIONAL]: vocabulary('scope').labels.national!,
  [UNPLACED]: 'Zonder bekend werkgebied',
};
