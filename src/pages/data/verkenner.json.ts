import type { APIRoute } from 'astro';
import { getSite } from '../../io/site';

/** The filter index the home page loads when a reader starts filtering. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await getSite()).explore));
