/** What the home page (the explorer with its map) shows, prepared from the site model. */
import { emptyState, facetCounts, sortItems, SORTS, type ExploreItem } from '../explore/filter';
import { resultItemHtml } from '../explore/result-item';
import { placeCounts } from '../regions/membership';
import { joinNames } from '../text/join';
import { buildStaticMap, type StaticMapModel } from '../map/static-map';
import type { SiteModel } from '../site-model';

/** The first results are in the HTML, so the page is useful before (and without) JavaScript. */
export const FIRST_RESULTS = 50;

export interface HomePage {
  items: readonly ExploreItem[];
  /** The first FIRST_RESULTS result items as HTML (the same markup the explorer renders). */
  firstResultsHtml: string;
  counts: Record<string, Record<string, number>>;
  years: number[];
  map: StaticMapModel;
  /** Kinds that occur, for the legend. */
  legendKinds: string[];
  /** The note under the map: what is not on it and where it is counted instead ('' when all is on it). */
  mapNote: string;
}

export function homePage(site: SiteModel): HomePage {
  const { explore, dataset } = site;
  const items = sortItems(explore.items, SORTS[0]);
  return {
    items,
    firstResultsHtml: items
      .slice(0, FIRST_RESULTS)
      .map((item) => resultItemHtml(item, explore, site.links.initiatives()))
      .join(''),
    counts: facetCounts(explore.items, emptyState(dataset.regionSets.map((s) => s.id))),
    years: explore.items.map((i) => i.y).filter((y): y is number => y !== undefined),
    map: buildStaticMap({
      bounds: site.map.bounds,
      regionSet: site.primary,
      backdrops: dataset.backdrops.map((b) => b.collection),
      initiatives: dataset.initiatives,
      aggregateAbove: site.map.aggregateAbove,
      hrefOfInitiative: site.links.initiative,
      hrefOfRegion: site.links.region,
    }),
    legendKinds: [...new Set(dataset.initiatives.map((i) => i.data.kind))],
    mapNote: mapNote(site),
  };
}

/**
 * The initiatives without a point, split by where they count instead: a working area (the
 * province filter finds them), national, or nowhere yet (named when a province is chosen).
 */
export function mapNote(site: Pick<SiteModel, 'membership' | 'dataset'>): string {
  const { workingAreaOnly, nationalOnly, unplaced } = placeCounts(site.dataset.initiatives, site.membership);
  const total = workingAreaOnly + nationalOnly + unplaced;
  if (!total) return '';
  const parts = [
    workingAreaOnly ? `${workingAreaOnly} met een werkgebied, genoemd in of afgeleid uit de bron (het provinciefilter vindt ze)` : '',
    nationalOnly ? `${nationalOnly} landelijk` : '',
    unplaced ? `${unplaced} zonder bekend werkgebied` : '',
  ].filter(Boolean);
  const list = joinNames(parts);
  return `${total} ${total === 1 ? 'initiatief staat' : 'initiatieven staan'} niet op de kaart, wel in de lijst: ${list}. Kiest u een provincie, dan noemt de lijst wat daarbuiten valt.`;
}
