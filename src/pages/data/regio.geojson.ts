import type { APIRoute } from 'astro';
import { getSite } from '../../io/site';
import { geometryForMap } from '../../lib/export/json';

/**
 * The main region set's boundaries: the interactive map's only "tiles", and the CMS's check
 * that a place lies in the Netherlands. A static endpoint, not `[file].geojson`: Astro 5's dev
 * server answers a dynamic file endpoint only with a trailing slash (withastro/astro#17001),
 * so under `npm run cms` the CMS's check could not load.
 */
export const GET: APIRoute = async () => {
  const { dataset, primary } = await getSite();
  return new Response(JSON.stringify(geometryForMap(dataset, primary.id)), { headers: { 'content-type': 'application/geo+json' } });
};
