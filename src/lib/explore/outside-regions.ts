/**
 * The sentence under the result count that names what a region filter leaves out: national
 * initiatives and those without a known working area belong to no province, so ticking a
 * province hides them. They are counted and one link away, so no filter state hides an
 * initiative without saying so. Shared by the browser (atlas-explorer) and the tests.
 */
import { NATIONAL, UNPLACED } from '../regions/membership';
import { serializeState, type FilterState } from './filter';

export interface OutsideRegionNote {
  text: string;
  /** Each left-out group as a link that adds it to the selection. */
  links: { label: string; query: string }[];
}

/**
 * The note for a state, or undefined when the primary set's filter is off (everything is
 * shown) or leaves nothing out. `counts` are facetCounts of the same state: the counts of the
 * region facet are made with every other filter applied, as the note needs.
 */
export function outsideRegionNote(
  s: FilterState,
  counts: Record<string, Record<string, number>>,
  primary: { id: string; name: string },
): OutsideRegionNote | undefined {
  const primaryId = primary.id;
  const selected = s.regions[primaryId] ?? [];
  if (!selected.length) return undefined;
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
    .map((g) => ({ ...g, n: selected.includes(g.id) ? 0 : (counts[primaryId]?.[g.id] ?? 0) }))
    .filter((g) => g.n > 0);
  if (!groups.length) return undefined;
  const parts = groups.map((g) => `${g.n} ${g.n === 1 ? g.one : g.many}`);
  return {
    text: `Niet in deze selectie, omdat ze bij geen enkele ${primary.name.toLowerCase()} horen: ${parts.join(' en ')}.`,
    links: groups.map((g) => ({
      label: g.show(g.n),
      query: `?${serializeState({ ...s, regions: { ...s.regions, [primaryId]: [...selected, g.id].sort() } }).toString()}`,
    })),
  };
}
