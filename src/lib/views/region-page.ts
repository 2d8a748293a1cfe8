/** What a region's page shows, prepared from the site model (the page only renders it). */
import { facetParams } from '../explore/filter';
import { collaborationNetwork, type Network } from '../insights/ecosystem';
import { boundsOf } from '../map/projection';
import { buildStaticMap, type StaticMapModel } from '../map/static-map';
import { MEMBERSHIP_WORDS, NATIONAL, UNPLACED } from '../regions/membership';
import { OUTSIDE_REGION_LABELS } from '../regions/outside-labels';
import type { Region, RegionSet } from '../regions/region-sets';
import { involvementByOrganisation } from '../relations';
import { vocabulary } from '../schema/schemas';
import type { SiteModel } from '../site-model';
import { countByVocabulary } from '../stats';
import { joinNames } from '../text/join';
import type { InitiativeRecord } from '../validate/validate-dataset';
import type { Link } from './initiative-page';
import { statusInBrief, workingAreaLead } from './initiative-facts';
import { lowerFirst } from '../text/case';

/**
 * A region page stays a page, not a catalogue: beyond this many cards per kind, the full list
 * is one link away on the map (at 10,000 initiatives a province would list ~830 cards; 12 per
 * kind keeps the page under the 30 KB budget there, BENCHMARKS.md).
 */
export const CARDS_PER_KIND = 12;

/**
 * At most this many initiatives outside every region are named by name on a region page or
 * /witte-vlekken/; the count and the link to the filtered list always cover all of them (every
 * region page repeats these lists, so they must stay short at 10,000 initiatives).
 */
export const OUTSIDE_NAMES = 30;

export interface RegionPage {
  set: RegionSet;
  region: Region;
  /** The region's own id when its set is the primary one (the preview picture), else undefined. */
  previewRegion?: string;
  /** Every initiative of the region: on the map there or through its working area. */
  initiativeCount: number;
  /** Of those, with a map point in the region. */
  onMapCount: number;
  organisationCount: number;
  /** Per status over every initiative of the region, in the vocabulary's order, without zeros. */
  statusCounts: { status: string; label: string; count: number }[];
  /** The same in one Dutch sentence for the page's opening ("Volgens hun bronnen: 4 actief, …"), empty without initiatives. */
  statusSentence: string;
  /** Per kind over every initiative of the region ("In cijfers"). */
  kindCounts: { kind: string; label: string; count: number }[];
  map: StaticMapModel;
  kinds: {
    kind: string;
    label: string;
    count: number;
    /** The first CARDS_PER_KIND, each with its lead organisation's name. */
    cards: { initiative: InitiativeRecord; lead?: string }[];
    /** The map filtered to this region and kind, when there are more than the cards. */
    moreHref?: string;
    /**
     * How many that filtered list shows: those on the map here and those here through their
     * working area only (the filter finds both), so the link's number is the number it leads to.
     */
    moreCount?: number;
  }[];
  /**
   * Initiatives that count here through their working area only ("zonder vaste plek in de
   * regio"), each with what the source says about the area; the map shows none of them.
   */
  withoutPlace: { initiative: InitiativeRecord; lead?: string; area: string }[];
  /** Initiatives in no region at all, named on every region page so no view hides them (the first OUTSIDE_NAMES by name, all by count and link). */
  outside: {
    key: 'national' | 'unplaced';
    heading: string;
    text: string;
    count: number;
    links: (Link & { status: string })[];
    listHref: string;
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
  const members = site.regionMembers.get(id) ?? { all: [], onMap: [], workingArea: [] };
  const here = members.all;
  const onMap = members.onMap;
  const inHere = new Set(here);
  const kinds = vocabulary('initiative_kind');
  const primaryFilter = (value: string) => site.links.map({ [site.primary.id]: value });
  const outsideGroups = [
    {
      key: 'national' as const,
      list: site.outsideRegions.national.filter((i) => !inHere.has(i)),
      heading: OUTSIDE_REGION_LABELS[NATIONAL],
      one: `initiatief werkt landelijk, zonder plek in ${region.name}; het telt hierboven niet mee.`,
      many: `initiatieven werken landelijk, zonder plek in ${region.name}; ze tellen hierboven niet mee.`,
    },
    {
      key: 'unplaced' as const,
      list: site.outsideRegions.unplaced,
      heading: OUTSIDE_REGION_LABELS[UNPLACED],
      // Not "geen werkgebied in de bron": a source may name a wider area ("Oost-Nederland") that
      // no single region stands for (a reader review).
      one: `initiatief heeft geen plek op de kaart en geen werkgebied dat aan een ${site.primary.name.toLowerCase()} te koppelen is. Het kan ook hier werken, maar dat is niet bekend.`,
      many: `initiatieven hebben geen plek op de kaart en geen werkgebied dat aan een ${site.primary.name.toLowerCase()} te koppelen is. Ze kunnen ook hier werken, maar dat is niet bekend.`,
    },
  ];
  const leadName = (i: InitiativeRecord) =>
    i.data.lead_organisation ? site.organisations.get(i.data.lead_organisation)?.data.name : undefined;
  return {
    set,
    region,
    ...(set.id === site.primary.id ? { previewRegion: region.id } : {}),
    initiativeCount: here.length,
    onMapCount: onMap.length,
    kindCounts: kinds.values
      .map((kind) => ({ kind, label: kinds.labels[kind] ?? kind, count: here.filter((i) => i.data.kind === kind).length }))
      .filter((k) => k.count),
    organisationCount: involvementByOrganisation(here).size,
    ...statusesOf(here),
    map: buildStaticMap({
      bounds: boundsOf([region.geometry], 0.15),
      width: 480,
      regionSet: set,
      backdrops: site.dataset.backdrops.map((b) => b.collection),
      // A region map is zoomed in: group nearby points in larger cells than the national map,
      // so a crowded province stays a readable map and a light page (BENCHMARKS.md).
      initiatives: onMap,
      highlightRegion: id,
      aggregateAbove: site.map.aggregateAbove,
      cell: 32,
      hrefOfInitiative: site.links.initiative,
      hrefOfRegion: site.links.region,
    }),
    kinds: kinds.values
      .map((kind) => {
        const items = onMap.filter((i) => i.data.kind === kind);
        return {
          kind,
          label: kinds.labels[kind] ?? kind,
          count: items.length,
          cards: items.slice(0, CARDS_PER_KIND).map((initiative) => {
            const name = leadName(initiative);
            return name ? { initiative, lead: name } : { initiative };
          }),
          ...(items.length > CARDS_PER_KIND
            ? {
                moreHref: site.links.map({ [set.id]: id, ...facetParams({ kind }) }),
                moreCount: here.filter((i) => i.data.kind === kind).length,
              }
            : {}),
        };
      })
      .filter((g) => g.count),
    withoutPlace: members.workingArea.map((initiative) => {
      const wa = initiative.data.working_area;
      const area = `Zonder vaste plek in de regio; ${wa ? lowerFirst(workingAreaLead(wa)) : MEMBERSHIP_WORDS.workingAreaShort}`;
      const name = leadName(initiative);
      return name ? { initiative, lead: name, area } : { initiative, area };
    }),
    outside: outsideGroups.map(({ key, list, heading, one, many }) => ({
      key,
      heading,
      text: `${list.length} ${list.length === 1 ? one : many}`,
      count: list.length,
      links: list
        .slice(0, OUTSIDE_NAMES)
        .map((i) => ({ href: site.links.initiative(i.id), name: i.data.name, status: statusInBrief(i.data) })),
      listHref: primaryFilter(key === 'national' ? NATIONAL : UNPLACED),
    })),
    sectors: countByVocabulary(here, 'sector', (i) => i.data.sectors ?? [])
      .filter((c) => c.count)
      .sort((a, b) => b.count - a.count)
      .slice(0, 6),
    neighbours: (site.neighbours.get(set.id)?.get(id) ?? []).map((n) => ({ href: site.links.region(n), name: site.regionNames[n] ?? n })),
    mapHref: site.links.map({ [set.id]: id }),
    network: collaborationNetwork(here, site.organisationNames),
  };
}

/**
 * How many of a region's initiatives are active, starting, ended or of unknown status, as their
 * sources say: a region's count alone would make ended and unknown initiatives look current.
 */
export function statusesOf(items: readonly InitiativeRecord[]): Pick<RegionPage, 'statusCounts' | 'statusSentence'> {
  const statusCounts = countByVocabulary(items, 'status', (i) => [i.data.status])
    .filter((c) => c.count)
    .map((c) => ({ status: c.key, label: c.label, count: c.count }));
  const known = statusCounts.filter((c) => c.status !== 'unknown');
  const unknown = statusCounts.find((c) => c.status === 'unknown')?.count ?? 0;
  const list = joinNames(known.map((c) => `${c.count} ${lowerFirst(c.label)}`));
  let statusSentence = '';
  if (items.length === 1)
    statusSentence = known.length ? `Volgens zijn bron is het ${lowerFirst(known[0]!.label)}.` : 'Zijn status is onbekend.';
  else if (known.length) statusSentence = `Volgens hun bronnen: ${list}${unknown ? `; van ${unknown} is de status onbekend` : ''}.`;
  else if (unknown) statusSentence = `Van alle ${unknown} is de status onbekend.`;
  return { statusCounts, statusSentence };
}
