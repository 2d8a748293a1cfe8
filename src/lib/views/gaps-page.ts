/** What /witte-vlekken/ shows, prepared from the site model (the page only renders it). */
import { gapTable, type GapTable } from '../insights/ecosystem';
import { memberRegionsOf, NATIONAL, placeCounts, UNPLACED, type PlaceCounts } from '../regions/membership';
import type { RegionSet } from '../regions/region-sets';
import type { SiteModel } from '../site-model';
import type { Link } from './initiative-page';
import { OUTSIDE_NAMES } from './region-page';

export interface GapsPage {
  set: RegionSet;
  tables: { id: string; title: string; table: GapTable }[];
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
      { id: 'sector', title: `Per ${name} en sector`, table: gapTable(items, set, 'sector', regionsOf) },
      { id: 'niveau', title: `Per ${name} en onderwijsniveau`, table: gapTable(items, set, 'level', regionsOf) },
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
