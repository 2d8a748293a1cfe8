import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { exportJson } from '../../lib/export/json';

export const GET: APIRoute = async ({ site }) => {
  const { dataset: d } = await getSite();
  return new Response(JSON.stringify(exportJson('organisation', d, String(new URL(import.meta.env.BASE_URL, site)))), { headers: { 'content-type': 'application/json' } });
};
