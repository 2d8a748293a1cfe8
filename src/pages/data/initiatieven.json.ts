import type { APIRoute } from 'astro';
import { getDataset } from '../../dataset';
import { exportJson } from '../../lib/export/json';

export const GET: APIRoute = async ({ site }) => {
  const d = await getDataset();
  return new Response(JSON.stringify(exportJson('initiatives', d, String(new URL(import.meta.env.BASE_URL, site)))), { headers: { 'content-type': 'application/json' } });
};
