import type { APIRoute } from 'astro';
import { getDataset } from '../../dataset';
import { toCsv } from '../../lib/export/tables';

export const GET: APIRoute = async () => {
  const d = await getDataset();
  return new Response(toCsv('initiative', d.initiatives, d.regionSets.map((s) => s.id)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
