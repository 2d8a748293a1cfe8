import type { APIRoute } from 'astro';
import { getDataset } from '../../dataset';
import { buildMapData } from '../../lib/explore/build-index';

/** Compact points for the interactive map (see buildMapData). */
export const GET: APIRoute = async () => {
  const d = await getDataset();
  return new Response(JSON.stringify(buildMapData(d.initiatives, d.regionSets[0])));
};
