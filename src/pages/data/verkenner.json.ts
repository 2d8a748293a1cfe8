import type { APIRoute } from 'astro';
import { getDataset } from '../../dataset';
import { buildExploreIndex } from '../../lib/explore/build-index';
import { regionNameIndex } from '../../lib/regions/region-names';

/** The filter index the home page loads when a reader starts filtering. */
export const GET: APIRoute = async () => {
  const d = await getDataset();
  return new Response(JSON.stringify(buildExploreIndex(d.initiatives, d.organisations, d.regionSets, regionNameIndex(d.regionSets))));
};
