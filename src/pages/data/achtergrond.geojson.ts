import type { APIRoute } from 'astro';
import { getSite } from '../../io/site';
import { geometryForMap } from '../../lib/export/json';

/** Neighbouring countries drawn behind the interactive map (static for the reason in regio.geojson.ts). */
export const GET: APIRoute = async () => {
  const { dataset: d } = await getSite();
  return new Response(JSON.stringify(geometryForMap(d, 'achtergrond')), { headers: { 'content-type': 'application/geo+json' } });
};
