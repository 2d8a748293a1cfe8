/** What /witte-vlekken/ shows, prepared from the site model (the page only renders it). */
import { gapTable, type GapCell, type GapTable } from '../insights/ecosystem';
import { memberRegionsOf, NATIONAL, placeCounts, UNPLACED, type PlaceCounts } from '../regions/membership';
import type { RegionSet } from '../regions/region-sets';
import type { SiteModel } from '../site-model';
import type { Link } from './initiative-page';
import { OUTSIDE_NAMES } from './region-page';

export interface GapsPage {
  set: RegionSet;
  /** Each table with the name of what its lines are (the first column's heading). */
  tables: { id: string; title: string; lineName: string; table: GapTable }[];
  /** How the initiatives are counted: with a point, through a working area only, or not at all. */
  places: PlaceCounts;
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
  const links = (list: SiteModel['outsideRegions']['national']) =>
    list.slice(0, OUTSIDE_NAMES).map((i) => ({ href: site.links.initiative(i.id), name: i.data.name }));
  return {
    set,
    tables: [
      { id: 'sector', title: `Per ${name} en sector`, lineName: 'Sector', table: gapTable(items, set, 'sector', regionsOf) },
      {
        id: 'niveau',
        title: `Per ${name} en onderwijsniveau`,
        lineName: 'Onderwijsniveau',
        table: gapTable(items, set, 'level', regionsOf),
      },
    ],
    places: placeCounts(items, site.membership),
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
