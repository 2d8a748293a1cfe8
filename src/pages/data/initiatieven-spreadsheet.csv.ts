import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { sortItems } from '../../lib/explore/filter';
import { selectionFile, selectionRows } from '../../lib/export/selection';
import { siteConfig } from '../../site.config';

/**
 * All initiatives as a file Dutch Excel opens correctly by double-click (csv-dialect.ts:
 * semicolons, byte-order mark, every field quoted, header in row 1; Dutch headers and labels,
 * region names). What the file is and when it was made is on /data/ and in datapackage.json.
 * The machine-readable initiatieven.csv keeps the schema's codes: it round-trips with `npm run import`.
 */
export const GET: APIRoute = async () => {
  const { explore: index, links } = await getSite();
  const rows = selectionRows(sortItems(index.items, 'naam'), index, (id) => new URL(links.initiative(id), siteConfig.site).href);
  const file = selectionFile('spreadsheet', rows, { title: siteConfig.title, date: new Date() });
  return new Response(file.text, { headers: { 'content-type': file.type } });
};
