import type { APIRoute } from 'astro';
import { PREVIEW_COLOURS } from '../../lib/map/preview-colours';
import { siteConfig } from '../../site.config';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The atlas's wordmark for the CMS login (Decap's `logo_url`), made from the site title, so a
 * fork's login shows its own name without drawing a logo, in its theme's accent colour.
 */
export const GET: APIRoute = () => {
  const title = escapeXml(siteConfig.title);
  // textLength makes the text fit its box whatever the fonts: never clipped.
  const textWidth = Math.round(siteConfig.title.length * 19);
  const width = textWidth + 30;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="64" viewBox="0 0 ${width} 64" role="img" aria-label="${title}">` +
    `<rect x="0" y="8" width="10" height="48" rx="2" fill="${PREVIEW_COLOURS.band}"/>` +
    `<text x="22" y="44" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="32" font-weight="700" fill="#1a1a1a" textLength="${textWidth}" lengthAdjust="spacingAndGlyphs">${title}</text></svg>`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
