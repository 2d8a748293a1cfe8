/** What /witte-vlekken/ shows, prepared from the site model (the page only renders it). */
import { gapTable, type GapCell, type GapTable } from '../insights/ecosystem';
import { memberRegionsOf, NATIONAL, placeCounts, UNPLACED, type PlaceCounts } from '../regions/membership';
import type { RegionSet } from '../regions/region-sets';
import type { SiteModel } from '../site-model';
import type { Link } from './initiative-page';
import { OUTSIDE_NAMES } from './region-page';
import { vocabulary } from '../schema/schemas';
import { emptyState, serializeState } from '../explore/filter';
import { isOverStatus } from '../explore/status-brief';
import { lowerFirst } from '../text/case';
import type { InitiativeRecord } from '../validate/validate-dataset';

export interface GapsPage {
  set: RegionSet;
  /** Each table with the name of what its lines are (the first column's heading). */
  tables: { id: string; title: string; lineName: string; table: GapTable }[];
  /** How the counted initiatives (all but those that are over) are placed: with a point, through a working area only, or not at all. */
  places: PlaceCounts;
  /** The statuses the tables count: all but an end (an ended or merged initiative fills no gap). */
  statuses: string[];
  /**
   * The initiatives in some province that the tables leave out because they are over, in one
   * sentence ("" when there are none).
   */
  overSentence: string;
  /** Counted initiatives in no province (national, no known working area): named, counted and linked. */
  /** `leftOut`: initiatives that ended or merged, not counted here (the other pages count them: said so). */
  outside: { key: 'national' | 'unplaced'; label: string; count: number; leftOut: number; listHref: string; links: Link[] }[];
}

export function gapsPage(site: SiteModel): GapsPage {
  const set = site.primary;
  const regionsOf = memberRegionsOf(site.membership, set.id);
  const name = set.name.toLowerCase();
  // An initiative that ended or went into another fills no gap today: the tables leave it out
  // (gapTable counts only `statuses` and filters its links the same way), the place counts and
  // the lists outside every province too, and the page says how many that are (a reader review
  // found Zeeland's care cell filled by two ended pacts).
  const statusVocab = vocabulary('status');
  const statuses = statusVocab.values.filter((s) => !isOverStatus(s));
  const items = site.dataset.initiatives.filter((i) => !isOverStatus(i.data.status));
  const over = site.dataset.initiatives.filter((i) => isOverStatus(i.data.status) && regionsOf(i, set.id).length);
  const counted = new Set(items);
  // A national initiative with a point is in the tables already; only the others are named.
  const national = site.outsideRegions.national.filter((i) => counted.has(i) && !regionsOf(i, set.id).length);
  const unplaced = site.outsideRegions.unplaced.filter((i) => counted.has(i));
  const leftOut = (list: readonly InitiativeRecord[]) => list.filter((i) => !counted.has(i) && !regionsOf(i, set.id).length).length;
  const links = (list: readonly InitiativeRecord[]) =>
    list.slice(0, OUTSIDE_NAMES).map((i) => ({ href: site.links.initiative(i.id), name: i.data.name }));
  const listHref = (where: string) => {
    const state = emptyState(site.dataset.regionSets.map((s) => s.id));
    state.regions[set.id] = [where];
    state.status = [...statuses].sort();
    return `${site.links.home()}?${serializeState(state).toString()}`;
  };
  return {
    set,
    tables: [
      {
        id: 'sector',
        title: `Per ${name} en sector`,
        lineName: 'Sector',
        table: gapTable(site.dataset.initiatives, set, 'sector', regionsOf, statuses),
      },
      {
        id: 'niveau',
        title: `Per ${name} en onderwijsniveau`,
        lineName: 'Onderwijsniveau',
        table: gapTable(site.dataset.initiatives, set, 'level', regionsOf, statuses),
      },
    ],
    places: placeCounts(items, site.membership),
    statuses,
    overSentence: overSentence(over, statusVocab.labels),
    outside: [
      {
        key: 'national',
        label: 'landelijk',
        count: national.length,
        leftOut: leftOut(site.outsideRegions.national),
        listHref: listHref(NATIONAL),
        links: links(national),
      },
      {
        key: 'unplaced',
        label: 'zonder bekend werkgebied',
        count: unplaced.length,
        leftOut: leftOut(site.outsideRegions.unplaced),
        listHref: listHref(UNPLACED),
        links: links(unplaced),
      },
    ],
  };
}

/** "De 7 initiatieven in een provincie die beëindigd (6) of opgegaan in ander initiatief (1) zijn, tellen niet mee …". */
function overSentence(over: readonly InitiativeRecord[], labels: Record<string, string>): string {
  if (!over.length) return '';
  const byStatus = [...new Set(over.map((i) => i.data.status))].sort();
  const parts = byStatus.map((s) => {
    const n = over.filter((i) => i.data.status === s).length;
    return `${lowerFirst(labels[s] ?? s)}${byStatus.length > 1 ? ` (${n})` : ''}`;
  });
  const one = over.length === 1;
  return one
    ? `Het initiatief in een provincie dat ${parts.join(' of ')} is, telt niet mee: het vult nu geen witte vlek. Initiatieven met status onbekend tellen wel mee.`
    : `De ${over.length} initiatieven in een provincie die ${parts.join(' of ')} zijn, tellen niet mee: ze vullen nu geen witte vlek. Initiatieven met status onbekend tellen wel mee.`;
}

/** One line of a gap table read the other way round: a sector or level across the regions. */
export interface GapLine {
  label: string;
  cells: (GapCell & { region: string })[];
}

/**
 * The table turned a quarter: one line per sector or level, one column per region. There are
 * far fewer regions (12 provinces) than sectors (21), so every column fits on a laptop and the
 * long sector names stand at the start of their line instead of in narrow column headers.
 */
export function linesByValue(table: GapTable): GapLine[] {
  return table.columns.map((c, j) => ({
    label: c.label,
    cells: table.rows.map((r, i) => ({ ...table.cells[i]![j]!, region: r.name })),
  }));
}
