import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../dataset';
import { geometryForMap } from '../../lib/export/json';

/** Region sets and backdrops for the interactive map: the map's only "tiles". */
export const getStaticPaths = (async () => {
  const d = await getDataset();
  return [...d.regionSets.map((s) => ({ params: { file: s.id } })), { params: { file: 'achtergrond' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const d = await getDataset();
  return new Response(JSON.stringify(geometryForMap(d, String(params.file))), { headers: { 'content-type': 'application/geo+json' } });
};
