import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { buildGazetteer } from '../../lib/cms/gazetteer';
import { loadDutchPlaces, PLACES_CREDIT } from '../../places';
import { siteConfig } from '../../site.config';

/** Places (the atlas's own and GeoNames') and region outlines for the CMS's location picker. */
export const GET: APIRoute = async () => {
  const { dataset: d } = await getSite();
  return new Response(
    JSON.stringify(buildGazetteer(d, d.regionSets[0]!, siteConfig.map.bounds, 480, await loadDutchPlaces(), PLACES_CREDIT)),
  );
};
