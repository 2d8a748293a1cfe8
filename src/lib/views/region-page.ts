/** What a region's page shows, prepared from the site model (the page only renders it). */
import { collaborationNetwork, type Network } from '../insights/ecosystem';
import { boundsOf } from '../map/projection';
import { buildStaticMap, type StaticMapModel } from '../map/static-map';
import type { Region, RegionSet } from '../regions/region-sets';
import { involvementByOrganisation } from '../relations';
import { vocabulary } from '../schema/schemas';
import type { SiteModel } from '../site-model';
import { countByVocabulary } from '../stats';
import type { InitiativeRecord } from '../validate/validate-dataset';
import type { Link } from './initiative-page';

/**
 * A region page stays a page, not a catalogue: beyond this many cards per kind, the full list
 * is one link away on the map (at 10,000 initiatives a province would list ~830 cards; 12 per
 * kind keeps the page under the 30 KB budget there, BENCHMARKS.md).
 */
export const CARDS_PER_KIND = 12;

export interface RegionPage {
  set: RegionSet;
  region: Region;
  /** The region's own id when its set is the primary one (the preview picture), else undefined. */
  previewRegion?: string;
  initiativeCount: number;
  organisationCount: number;
  map: StaticMapModel;
  kinds: {
    kind: string;
    label: string;
    count: number;
    /** The first CARDS_PER_KIND, each with its lead organisation's name. */
    cards: { initiative: InitiativeRecord; lead?: string }[];
    /** The map filtered to this region and kind, when there are more than the cards. */
    moreHref?: string;
  }[];
  /** The six most common sectors, most common first. */
  sectors: { label: string; count: number }[];
  neighbours: Link[];
  mapHref: string;
  network: Network;
}

export function regionPage(site: SiteModel, setId: string, id: string): RegionPage {
  const set = site.dataset.regionSets.find((s) => s.id === setId);
  const region = set?.regions.find((r) => r.id === id);
  if (!set || !region) throw new Error(`Geen regio '${id}' in regio-indeling '${setId}'.`);
  const here = site.byRegion.get(id) ?? [];
  const kinds = vocabulary('initiative_kind');
  const leadName = (i: InitiativeRecord) =>
    i.data.lead_organisation ? site.organisations.get(i.data.lead_organisation)?.data.name : undefined;
  return {
    set,
    region,
    ...(set.id === site.primary.id ? { previewRegion: region.id } : {}),
    initiativeCount: here.length,
    organisationCount: involvementByOrganisation(here).size,
    map: buildStaticMap({
      bounds: boundsOf([region.geometry], 0.15),
      width: 480,
      regionSet: set,
      backdrops: site.dataset.backdrops.map((b) => b.collection),
      // A region map is zoomed in: group nearby points in larger cells than the national map,
      // so a crowded province stays a readable map and a light page (BENCHMARKS.md).
      initiatives: here,
      highlightRegion: id,
      aggregateAbove: site.map.aggregateAbove,
      cell: 32,
      hrefOfInitiative: site.links.initiative,
      hrefOfRegion: site.links.region,
    }),
    kinds: kinds.values
      .map((kind) => {
        const items = here.filter((i) => i.data.kind === kind);
        return {
          kind,
          label: kinds.labels[kind] ?? kind,
          count: items.length,
          cards: items.slice(0, CARDS_PER_KIND).map((initiative) => {
            const name = leadName(initiative);
            return name ? { initiative, lead: name } : { initiative };
          }),
          ...(items.length > CARDS_PER_KIND ? { moreHref: site.links.map({ [set.id]: id, soort: kind }) } : {}),
        };
      })
      .filter((g) => g.count),
    sectors: countByVocabulary(here, 'sector', (i) => i.data.sectors ?? [])
      .filter((c) => c.count)
      .sort((a, b) => b.count - a.count)
      .slice(0, 6),
    neighbours: (site.neighbours.get(set.id)?.get(id) ?? []).map((n) => ({ href: site.links.region(n), name: site.regionNames[n] ?? n })),
    mapHref: site.links.map({ [set.id]: id }),
    network: collaborationNetwork(here, site.organisationNames),
  };
}
