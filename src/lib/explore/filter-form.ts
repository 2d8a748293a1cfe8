/**
 * The filter form's groups of checkboxes, made from the facet table (FACET_TABLE) and the
 * region sets: which groups, in which order, with which values and labels, open or not.
 * Pure, so a test shows that a facet in the table is a group in the form.
 */
import { vocabulary } from '../schema/schemas';
import { FACET_TABLE, FACETS, REGION_SETS_POSITION, type ExploreIndex, type FacetSpec } from './filter';

export interface FilterGroup {
  /** The facet (FACET_TABLE key) or the region set id: what the counts are kept under. */
  facet: string;
  /** The URL parameter its checkboxes are named for. */
  param: string;
  legend: string;
  values: readonly string[];
  labels: Readonly<Record<string, string>>;
  open: boolean;
}

/**
 * The groups of the form. A value no initiative has would only ever show "0": it is left out
 * (a kind without initiatives is explained in a sentence instead). A group with a single value
 * across the whole atlas filters nothing, so it is left out altogether. Facets without a form
 * entry (the organisations) have their own widget.
 */
export function filterGroups(index: Pick<ExploreIndex, 'regionSets'>, counts: Record<string, Record<string, number>>): FilterGroup[] {
  const present = (facet: string, values: readonly string[]) => values.filter((v) => (counts[facet]?.[v] ?? 0) > 0);
  const placed: { position: number; group: FilterGroup }[] = [];
  for (const f of FACETS) {
    const spec: FacetSpec = FACET_TABLE[f];
    if (!spec.form || !spec.vocabulary) continue;
    const v = vocabulary(spec.vocabulary);
    placed.push({
      position: spec.form.position,
      group: { facet: f, param: spec.param, legend: spec.legend, values: present(f, v.values), labels: v.labels, open: spec.form.open },
    });
  }
  index.regionSets.forEach((s, n) =>
    placed.push({
      position: REGION_SETS_POSITION + n / index.regionSets.length,
      group: {
        facet: s.id,
        param: s.id,
        legend: s.name,
        values: present(
          s.id,
          s.regions.map((r) => r.id),
        ),
        labels: Object.fromEntries(s.regions.map((r) => [r.id, r.name])),
        open: false,
      },
    }),
  );
  return placed
    .sort((a, b) => a.position - b.position)
    .map((p) => p.group)
    .filter((g) => g.values.length > 1);
}
