import type { APIRoute } from 'astro';
import YAML from 'yaml1';
import { buildCmsConfig } from '../../lib/cms/config';
import { siteConfig } from '../../site.config';
import { getSite } from '../../io/site';

/** The generated Decap configuration, published for inspection (the admin page embeds the same). */
export const GET: APIRoute = async () => {
  const { primary } = await getSite();
  const header = '# GENERATED FILE - DO NOT EDIT. Made from schemas/*.schema.json by src/lib/cms/config.ts.\n';
  const config = buildCmsConfig({ repository: siteConfig.repository, ...siteConfig.cms, regions: primary.regions });
  return new Response(header + YAML.stringify(config), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
