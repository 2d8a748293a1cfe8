import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { dcatCatalogue, publicationOf } from '../../lib/export/metadata';
import { siteConfig } from '../../site.config';

/** The DCAT-AP-NL description of the datasets, as data portals harvest it (metadata.ts). */
export const GET: APIRoute = async ({ site }) => {
  const { dataset, lastChanged, links } = await getSite();
  const siteUrl = String(new URL(links.home(), site));
  const p = publicationOf(dataset, { siteUrl, modified: lastChanged, ...siteConfig });
  return new Response(JSON.stringify(dcatCatalogue(p), null, 2), { headers: { 'content-type': 'application/ld+json' } });
};
