import type { APIRoute } from 'astro';
import { getDataset } from '../../dataset';
import { buildGazetteer } from '../../lib/cms/gazetteer';
import { siteConfig } from '../../site.config';

/** Places and province outlines for the CMS's location picker. */
export const GET: APIRoute = async () => {
  const d = await getDataset();
  return new Response(JSON.stringify(buildGazetteer(d, d.regionSets[0]!, siteConfig.map.bounds)));
};
