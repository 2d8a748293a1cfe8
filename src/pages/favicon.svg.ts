import type { APIRoute } from 'astro';
import { PREVIEW_COLOURS } from '../lib/map/preview-colours';

/**
 * The site's icon in the theme's accent colour (the tokens file, so a fork's theme applies): a
 * fork review found the original blue left on every tab after changing the theme.
 */
export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${PREVIEW_COLOURS.band}"/><circle cx="11" cy="12" r="4" fill="#fff"/><circle cx="22" cy="10" r="3" fill="#ffbf47"/><circle cx="18" cy="22" r="4.5" fill="#fff"/><path d="M11 12 22 10 18 22Z" fill="none" stroke="#fff" stroke-width="1.5"/></svg>\n`,
    { headers: { 'content-type': 'image/svg+xml' } },
  );
