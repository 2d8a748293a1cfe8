/** What the home page (the explorer with its map) shows, prepared from the site model. */
import { emptyState, facetCounts, sortItems, SORTS, type ExploreItem } from '../explore/filter';
import { resultItemHtml } from '../explore/result-item';
import { buildStaticMap, type StaticMapModel } from '../map/static-map';
import type { SiteModel } from '../site-model';
import { paths, withBase } from '../urls';

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
  /** Initiatives without a place: only in the list, not on the map. */
  withoutPlace: number;
}

export function homePage(site: SiteModel): HomePage {
  const { explore, dataset } = site;
  const items = sortItems(explore.items, SORTS[0]);
  return {
    items,
    firstResultsHtml: items
      .slice(0, FIRST_RESULTS)
      .map((item) => resultItemHtml(item, explore, withBase(site.base, paths.initiatives())))
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
    withoutPlace: dataset.initiatives.filter((i) => !i.data.locations?.length).length,
  };
}
