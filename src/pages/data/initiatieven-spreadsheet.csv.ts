import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { sortItems } from '../../lib/explore/filter';
import { selectionFile, selectionRows } from '../../lib/export/selection';
import { paths, withBase } from '../../lib/urls';
import { siteConfig } from '../../site.config';

/**
 * All initiatives as a file Dutch Excel opens correctly by double-click (byte-order mark,
 * semicolons, Dutch headers and labels, region names, the generation date on the first line).
 * The machine-readable initiatieven.csv stays as it is: it round-trips with `npm run import`.
 */
export const GET: APIRoute = async () => {
  const { explore: index, base } = await getSite();
  const absolute = (path: string) => new URL(withBase(base, path), siteConfig.site).href;
  const file = selectionFile('spreadsheet', selectionRows(sortItems(index.items, 'naam'), index, (id) => absolute(paths.initiative(id))), {
    title: siteConfig.title, description: 'alle initiatieven', source: absolute(paths.data()), date: new Date(),
  });
  return new Response(file.text, { headers: { 'content-type': file.type } });
};
