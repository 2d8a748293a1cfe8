import type { APIRoute } from 'astro';
import { getSite } from '../../io/site';
import { buildMapData } from '../../lib/explore/build-index';

/** Compact points for the interactive map (see buildMapData). */
export const GET: APIRoute = async () => {
  const { dataset: d } = await getSite();
  return new Response(JSON.stringify(buildMapData(d.initiatives, d.regionSets[0])));
};
