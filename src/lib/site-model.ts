/**
 * The site model: everything the pages derive from the validated dataset, built once in one
 * function. Pages, data files and the search index read it through one accessor
 * (`getSite()` in src/io/site.ts) and never build look-ups, neighbours or map layers themselves.
 * Pure: the dataset, the base URL and the date come in as arguments.
 */
import type { SiteConfig } from './schema/types.generated';
import { buildExploreIndex } from './explore/build-index';
import type { ExploreIndex } from './explore/filter';
import type { Bounds } from './map/projection';
import { staticMapBase, type StaticMapBase } from './map/static-map';
import { regionalStructure, type Membership, type RegionMembers } from './regions/membership';
import { neighboursOf } from './regions/neighbours';
import { regionNameIndex } from './regions/region-names';
import type { RegionSet } from './regions/region-sets';
import { involvementByOrganisation, organisationIdsOf, type OrganisationInvolvement } from './relations';
import { mentionsByOrganisation } from './organisation-mentions';
import { linksFor, type Links } from './urls';
import type { InitiativeRecord, OrganisationRecord, ValidatedDataset } from './validate/validate-dataset';
import { renderMarkdown } from './markdown';
import { dateStamp } from './text/dates';
import { checkFigures, DEFAULT_MAX_AGE_MONTHS, type CheckFigures } from './checks';
import { unavailable, type DataHistory } from './history';

/** Links of this build: every route of the route table (src/lib/urls.ts) bound to the base URL. */
export type SiteLinks = Links;

export interface SiteModel {
  dataset: ValidatedDataset;
  /** Base URL of the site ('/' or '/atlas/'). */
  base: string;
  links: SiteLinks;
  /** ISO date the data last changed (the footer's "laatst bijgewerkt"). */
  lastChanged: string;
  /** The same date as Dutch readers write it (23 november 2026): made once, shown on every page. */
  lastChangedInWords: string;
  /** Map settings of the site configuration. */
  map: { bounds: Bounds; aggregateAbove: number };
  /** The first region set: the one the map, the filters and the previews use. */
  primary: RegionSet;
  initiatives: ReadonlyMap<string, InitiativeRecord>;
  organisations: ReadonlyMap<string, OrganisationRecord>;
  /** Initiatives and organisations in Dutch alphabetical order, as every list shows them. */
  initiativesByName: readonly InitiativeRecord[];
  organisationsByName: readonly OrganisationRecord[];
  /** Organisation id -> name. */
  organisationNames: ReadonlyMap<string, string>;
  /** Organisation id -> the initiatives it leads or joins. */
  involvement: ReadonlyMap<string, OrganisationInvolvement[]>;
  /** Initiative id -> the organisations it names (lead first, then partners; organisationIdsOf). */
  organisationsOf: ReadonlyMap<string, readonly string[]>;
  /** Organisation id -> initiatives whose partners text names it without recording it, in name order (organisation-mentions.ts). */
  mentions: ReadonlyMap<string, readonly InitiativeRecord[]>;
  /** Initiative id -> the initiatives in a relation with it: itself if it names others, and those naming it. */
  relations: ReadonlyMap<string, InitiativeRecord[]>;
  /** Region id -> name, over every region set. */
  regionNames: Readonly<Record<string, string>>;
  /** Region id -> initiatives with a location (a map point) in it, in Dutch alphabetical order. */
  byRegion: ReadonlyMap<string, InitiativeRecord[]>;
  /**
   * Region id -> every initiative of the region, on the map there or through its working area
   * (kept apart), in Dutch alphabetical order. What regional views count and list.
   */
  regionMembers: ReadonlyMap<string, RegionMembers>;
  /** Initiative id -> how it belongs to the regional structure (src/lib/regions/membership.ts). */
  membership: ReadonlyMap<string, Membership>;
  /** Initiatives in no region: national ("landelijk"), and without any known working area; each list in Dutch alphabetical order. */
  outsideRegions: { national: readonly InitiativeRecord[]; unplaced: readonly InitiativeRecord[] };
  /** Region set id -> region id -> bordering region ids. */
  neighbours: ReadonlyMap<string, ReadonlyMap<string, string[]>>;
  /** The explorer's index (the home page, /data/verkenner.json and the spreadsheet download). */
  explore: ExploreIndex;
  /** The national map's base layers at the detail pages' size: the same on thousands of pages, so drawn once. */
  detailMapBase: StaticMapBase;
  /**
   * An initiative's description as safe HTML ('' without one), rendered once on first use: the
   * detail page and the search records both need it (rendering it twice cost 2.4 s at 10,000).
   */
  descriptionHtml(id: string): string;
  /** ISO date of the build: what "how long ago" is measured from. */
  today: string;
  /** How many entries were ever checked, and how many checks are older than the configured age. */
  checks: { initiatives: CheckFigures; organisations: CheckFigures; maxAgeMonths: number };
  /** The data files' Git history (or why it is not available). */
  history: DataHistory;
}

export interface SiteModelOptions {
  base: string;
  lastChanged: string;
  map: Pick<SiteConfig['map'], 'bounds' | 'aggregateAbove'>;
  /** Today (ISO); defaults to lastChanged. */
  today?: string;
  /** When a check counts as old (site config `checks.maxAgeMonths`). */
  checkMaxAgeMonths?: number;
  /** From src/io/build-info.ts (one git log); without it, the history is "not available". */
  history?: DataHistory;
}

/** Width of the small national map on an initiative's page, in SVG units. */
export const DETAIL_MAP_WIDTH = 300;

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'nl');

function pushOnce<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (!l.includes(v)) l.push(v);
}

export function buildSiteModel(dataset: ValidatedDataset, o: SiteModelOptions): SiteModel {
  const initiativesByName = [...dataset.initiatives].sort(byName);
  const organisationsOf = new Map(dataset.initiatives.map((i) => [i.id, organisationIdsOf(i.data)]));
  const initiatives = new Map(dataset.initiatives.map((i) => [i.id, i]));
  const relations = new Map<string, InitiativeRecord[]>();
  const byRegion = new Map<string, InitiativeRecord[]>();
  // Walking the sorted list keeps every region's list sorted without sorting it again.
  for (const i of initiativesByName) {
    for (const l of i.derived.locations) for (const region of Object.values(l.regions)) pushOnce(byRegion, region, i);
  }
  for (const i of dataset.initiatives) {
    for (const r of i.data.relations ?? []) {
      pushOnce(relations, i.id, i);
      if (initiatives.has(r.initiative)) pushOnce(relations, r.initiative, i);
    }
  }
  const links: SiteLinks = linksFor(o.base);
  const primary = dataset.regionSets[0]!;
  const structure = regionalStructure(initiativesByName, dataset.regionSets);
  const regionNames = regionNameIndex(dataset.regionSets);
  const rendered = new Map<string, string>();
  const descriptionHtml = (id: string): string => {
    let html = rendered.get(id);
    if (html === undefined) {
      const md = initiatives.get(id)?.data.description;
      html = md ? renderMarkdown(md) : '';
      rendered.set(id, html);
    }
    return html;
  };
  return {
    dataset,
    base: o.base,
    links,
    lastChanged: o.lastChanged,
    // Noon UTC is the same calendar day in Dutch time, summer or winter.
    lastChangedInWords: dateStamp(new Date(`${o.lastChanged}T12:00:00Z`)).words,
    map: { bounds: o.map.bounds, aggregateAbove: o.map.aggregateAbove },
    primary,
    initiatives,
    organisations: new Map(dataset.organisations.map((x) => [x.id, x])),
    initiativesByName,
    organisationsByName: [...dataset.organisations].sort(byName),
    organisationNames: new Map(dataset.organisations.map((x) => [x.id, x.data.name])),
    involvement: involvementByOrganisation(dataset.initiatives),
    organisationsOf,
    // In name order, so each organisation's list needs no sorting of its own.
    mentions: mentionsByOrganisation(initiativesByName, dataset.organisations, (i) => organisationsOf.get(i.id) ?? []),
    relations,
    regionNames,
    byRegion,
    regionMembers: structure.byRegion,
    membership: structure.membership,
    outsideRegions: { national: structure.national, unplaced: structure.unplaced },
    explore: buildExploreIndex(dataset.initiatives, dataset.organisations, dataset.regionSets, regionNames, structure.membership),
    neighbours: new Map(dataset.regionSets.map((s) => [s.id, neighboursOf(s)])),
    detailMapBase: staticMapBase({
      bounds: o.map.bounds,
      width: DETAIL_MAP_WIDTH,
      regionSet: primary,
      backdrops: dataset.backdrops.map((b) => b.collection),
      hrefOfRegion: links.region,
    }),
    descriptionHtml,
    ...currency(dataset, o),
  };
}

/** The check figures and the history (issue #23), kept apart to keep buildSiteModel's body short. */
function currency(dataset: ValidatedDataset, o: SiteModelOptions): Pick<SiteModel, 'today' | 'checks' | 'history'> {
  const today = o.today ?? o.lastChanged;
  const maxAgeMonths = o.checkMaxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS;
  return {
    today,
    checks: {
      initiatives: checkFigures(
        dataset.initiatives.map((i) => i.data),
        today,
        maxAgeMonths,
      ),
      organisations: checkFigures(
        dataset.organisations.map((x) => x.data),
        today,
        maxAgeMonths,
      ),
      maxAgeMonths,
    },
    history: o.history ?? unavailable('no-git'),
  };
}
