import type { APIRoute } from 'astro';
import schema from '../../../../schemas/initiative.schema.json';

/** The contract, published as-is for re-users and validators. */
export const GET: APIRoute = () => new Response(JSON.stringify(schema, null, 2), { headers: { 'content-type': 'application/schema+json' } });
