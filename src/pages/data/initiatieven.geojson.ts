import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { exportGeoJson } from '../../lib/export/json';
import { siteConfig } from '../../site.config';

export const GET: APIRoute = async ({ site }) => {
  const { links, dataset: d, lastChanged } = await getSite();
  const geojson = exportGeoJson(d, String(new URL(links.home(), site)), { title: siteConfig.title, modified: lastChanged });
  return new Response(JSON.stringify(geojson), { headers: { 'content-type': 'application/geo+json' } });
};
