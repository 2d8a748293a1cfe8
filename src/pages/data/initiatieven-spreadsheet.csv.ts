import type { APIRoute } from 'astro';
import { getDataset } from '../../dataset';
import { buildExploreIndex } from '../../lib/explore/build-index';
import { sortItems } from '../../lib/explore/filter';
import { selectionFile, selectionRows } from '../../lib/export/selection';
import { regionNameIndex } from '../../lib/regions/region-names';
import { paths, withBase } from '../../lib/urls';
import { siteConfig } from '../../site.config';

/**
 * All initiatives as a file Dutch Excel opens correctly by double-click (byte-order mark,
 * semicolons, Dutch headers and labels, region names, the generation date on the first line).
 * The machine-readable initiatieven.csv stays as it is: it round-trips with `npm run import`.
 */
export const GET: APIRoute = async () => {
  const d = await getDataset();
  const index = buildExploreIndex(d.initiatives, d.organisations, d.regionSets, regionNameIndex(d.regionSets));
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(base, path), siteConfig.site).href;
  const file = selectionFile('spreadsheet', selectionRows(sortItems(index.items, 'naam'), index, (id) => absolute(paths.initiative(id))), {
    title: siteConfig.title, description: 'alle initiatieven', source: absolute(paths.data()), date: new Date(),
  });
  return new Response(file.text, { headers: { 'content-type': file.type } });
};
