/**
 * The sentence under the result count that names what a region filter leaves out: national
 * initiatives (without a point there) and those without a known working area are in no
 * province or in another one, so ticking a province hides them. They are counted and one link away, so no filter state hides an
 * initiative without saying so. Shared by the browser (atlas-explorer) and the tests.
 */
import { NATIONAL, UNPLACED } from '../regions/membership';
import { matches, serializeState, type ExploreItem, type FilterState } from './filter';

export interface OutsideRegionNote {
  text: string;
  /** Each left-out group as a link that adds it to the selection. */
  links: { label: string; query: string }[];
}

/**
 * The note for a state, or undefined when the primary set's filter is off (everything is
 * shown) or leaves nothing out. Counted: items that pass every other filter but not the
 * region filter, and are national or without a known working area.
 */
export function outsideRegionNote(
  s: FilterState,
  items: readonly ExploreItem[],
  primary: { id: string; name_plural: string },
): OutsideRegionNote | undefined {
  const primaryId = primary.id;
  const selected = s.regions[primaryId] ?? [];
  if (!selected.length) return undefined;
  const counts: Record<string, number> = {};
  for (const i of items) {
    if (!matches(i, s, primaryId) || matches(i, s)) continue;
    for (const v of [NATIONAL, UNPLACED]) if (i.r[primaryId]?.includes(v)) counts[v] = (counts[v] ?? 0) + 1;
  }
  const groups = [
    {
      id: NATIONAL,
      one: 'landelijk initiatief',
      many: 'landelijke initiatieven',
      show: (n: number) => `Toon ook ${n === 1 ? 'het landelijke' : `de ${n} landelijke`}`,
    },
    {
      id: UNPLACED,
      one: 'initiatief zonder bekend werkgebied',
      many: 'initiatieven zonder bekend werkgebied',
      show: (n: number) => `Toon ook ${n === 1 ? 'dat zonder bekend werkgebied' : `de ${n} zonder bekend werkgebied`}`,
    },
  ]
    .map((g) => ({ ...g, n: counts[g.id] ?? 0 }))
    .filter((g) => g.n > 0);
  if (!groups.length) return undefined;
  const parts = groups.map((g) => `${g.n} ${g.n === 1 ? g.one : g.many}`);
  return {
    text: `Door de keuze van ${primary.name_plural.toLowerCase()} vallen weg: ${parts.join(' en ')}.`,
    links: groups.map((g) => ({
      label: g.show(g.n),
      query: `?${serializeState({ ...s, regions: { ...s.regions, [primaryId]: [...selected, g.id].sort() } }).toString()}`,
    })),
  };
}
