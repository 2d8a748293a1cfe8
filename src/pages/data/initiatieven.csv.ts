import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { toCsv } from '../../lib/export/tables';

export const GET: APIRoute = async () => {
  const { dataset: d } = await getSite();
  return new Response(toCsv('initiative', d.initiatives, d.regionSets.map((s) => s.id)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
