import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { exportJson } from '../../lib/export/json';

export const GET: APIRoute = async ({ site }) => {
  const { links, dataset: d } = await getSite();
  return new Response(JSON.stringify(exportJson('organisations', d, String(new URL(links.home(), site)))), { headers: { 'content-type': 'application/json' } });
};
