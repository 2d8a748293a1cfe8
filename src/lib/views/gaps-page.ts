/** What /witte-vlekken/ shows, prepared from the site model (the page only renders it). */
import { gapTable, type GapCell, type GapTable } from '../insights/ecosystem';
import { memberRegionsOf, NATIONAL, placeCounts, UNPLACED, type PlaceCounts } from '../regions/membership';
import type { RegionSet } from '../regions/region-sets';
import type { SiteModel } from '../site-model';
import type { Link } from './initiative-page';
import { OUTSIDE_NAMES } from './region-page';
import { vocabulary } from '../schema/schemas';

export interface GapsPage {
  set: RegionSet;
  /** Each table with the name of what its lines are (the first column's heading). */
  tables: { id: string; title: string; lineName: string; table: GapTable }[];
  /** How the initiatives are counted: with a point, through a working area only, or not at all. */
  places: PlaceCounts;
  /** The statuses the tables count: all but an end (an ended or merged initiative fills no gap). */
  statuses: string[];
  /** How many initiatives the tables leave out for their status, and the words for it. */
  ended: { count: number; labels: string[] };
  /** Initiatives in no province (national, no known working area): named, counted and linked. */
  outside: { key: 'national' | 'unplaced'; label: string; count: number; listHref: string; links: Link[] }[];
}

export function gapsPage(site: SiteModel): GapsPage {
  const set = site.primary;
  const regionsOf = memberRegionsOf(site.membership, set.id);
  const items = site.dataset.initiatives;
  const name = set.name.toLowerCase();
  // A national initiative with a point is in the tables already; only the others are named.
  const national = site.outsideRegions.national.filter((i) => !regionsOf(i, set.id).length);
  // An initiative that ended or went into another fills no gap today: the tables leave it out,
  // and the page says how many that are (a reader review found Zeeland's care cell filled by two
  // ended pacts).
  const statusVocab = vocabulary('status');
  const over = ['ended', 'merged'];
  const statuses = statusVocab.values.filter((s) => !over.includes(s));
  const links = (list: SiteModel['outsideRegions']['national']) =>
    list.slice(0, OUTSIDE_NAMES).map((i) => ({ href: site.links.initiative(i.id), name: i.data.name }));
  return {
    set,
    tables: [
      { id: 'sector', title: `Per ${name} en sector`, lineName: 'Sector', table: gapTable(items, set, 'sector', regionsOf, statuses) },
      {
        id: 'niveau',
        title: `Per ${name} en onderwijsniveau`,
        lineName: 'Onderwijsniveau',
        table: gapTable(items, set, 'level', regionsOf, statuses),
      },
    ],
    places: placeCounts(items, site.membership),
    statuses,
    ended: {
      count: items.filter((i) => over.includes(i.data.status)).length,
      labels: over.map((s) => (statusVocab.labels[s] ?? s).toLowerCase()),
    },
    outside: [
      {
        key: 'national',
        label: 'landelijk',
        count: national.length,
        listHref: site.links.map({ [set.id]: NATIONAL }),
        links: links(national),
      },
      {
        key: 'unplaced',
        label: 'zonder bekend werkgebied',
        count: site.outsideRegions.unplaced.length,
        listHref: site.links.map({ [set.id]: UNPLACED }),
        links: links(site.outsideRegions.unplaced),
      },
    ],
  };
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
