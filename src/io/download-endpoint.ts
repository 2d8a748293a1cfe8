/**
 * The endpoint of each published file: every file under src/pages/data/ that is a download is
 * the one line `export const GET = serveDownload('<its name>')`. What the file holds and how it
 * is made is its entry in the downloads table (src/lib/export/downloads.ts). One endpoint file
 * per name, not one `[file].ts` route: Astro 5's dev server answers a dynamic file endpoint
 * only with a trailing slash (withastro/astro#17001, fixed in Astro 6 only), so the files
 * would not open under `npm run dev` or `npm run cms`.
 */
import type { APIRoute } from 'astro';
import { downloadBody, type DownloadName } from '../lib/export/downloads';
import { getSite } from './site';
import { siteConfig } from '../site.config';

/** The GET handler of one published file. */
export function serveDownload(name: DownloadName): APIRoute {
  return async ({ site: siteUrl }) => {
    const site = await getSite();
    const body = downloadBody(name, { site, siteUrl: String(new URL(site.links.home(), siteUrl)), facts: siteConfig, now: new Date() });
    return new Response(body.text, { headers: { 'content-type': body.type } });
  };
}
