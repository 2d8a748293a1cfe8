/**
 * The endpoint of every published file. The downloads integration (src/integrations/downloads.ts)
 * injects this one module once per entry of the downloads table (src/lib/export/downloads.ts),
 * at the entry's address; the request's path says which file to make. What a file holds and
 * how it is made is its entry in the table.
 *
 * Injected routes with a file name, not one dynamic `[file].ts` page: Astro 5's dev server
 * answers a dynamic file endpoint only with a trailing slash (withastro/astro#17001, fixed in
 * Astro 6 only), so the files would not open under `npm run dev` or `npm run cms`; a route
 * whose pattern has a file extension is served as written.
 */
import type { APIRoute } from 'astro';
import { DOWNLOAD_NAMES, downloadBody, downloadHref, type DownloadName } from '../lib/export/downloads';
import { getSite } from './site';
import { siteConfig } from '../site.config';

export const prerender = true;

/** The download a request's path names, under any base path. */
export function downloadAt(pathname: string, base: (path: string) => string): DownloadName {
  const name = DOWNLOAD_NAMES.find((n) => base(downloadHref(n)) === pathname);
  if (!name) throw new Error(`No download is published at ${pathname}: see DOWNLOADS in src/lib/export/downloads.ts.`);
  return name;
}

export const GET: APIRoute = async ({ site: siteUrl, url }) => {
  const site = await getSite();
  const name = downloadAt(url.pathname, site.links.of);
  const body = downloadBody(name, { site, siteUrl: String(new URL(site.links.home(), siteUrl)), facts: siteConfig, now: new Date() });
  return new Response(body.text, { headers: { 'content-type': body.type } });
};
