import type { APIRoute } from 'astro';
import { VOCABULARIES_SCHEMA } from '../../../lib/schema/schemas';

/** The contract, published for re-users and validators, with this atlas's own labels. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(VOCABULARIES_SCHEMA, null, 2), { headers: { 'content-type': 'application/schema+json' } });
