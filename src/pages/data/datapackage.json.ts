import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { dataPackage, publicationOf } from '../../lib/export/metadata';
import { siteConfig } from '../../site.config';

/** The Frictionless Data Package of the open data (metadata.ts). */
export const GET: APIRoute = async ({ site }) => {
  const { dataset, lastChanged, links } = await getSite();
  const siteUrl = String(new URL(links.home(), site));
  const p = publicationOf(dataset, { siteUrl, modified: lastChanged, ...siteConfig });
  return new Response(JSON.stringify(dataPackage(p, new Date()), null, 2), { headers: { 'content-type': 'application/json' } });
};
