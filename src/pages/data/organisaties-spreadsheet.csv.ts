import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { SPREADSHEET_CSV, writeCsv } from '../../lib/export/csv-dialect';
import { spreadsheetTable } from '../../lib/export/spreadsheet-table';

/** All organisations as a table for Dutch spreadsheets: Dutch headers and labels, coordinates with a decimal comma. */
export const GET: APIRoute = async () => {
  const { dataset: d } = await getSite();
  const { header, rows } = spreadsheetTable('organisation', d.organisations, d.regionSets);
  return new Response(writeCsv(header, rows, SPREADSHEET_CSV), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
