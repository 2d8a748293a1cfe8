import CSP from './csp.json';

/**
 * The origins an external basemap's tiles come from (`map.basemap.tiles` in the site config):
 * MapLibre fetches raster tiles (connect-src) and decodes them as images (img-src), so a fork
 * that configures one needs them in both, without editing csp.json (a newcomer review found a
 * basemap set as documented blocked by the policy).
 */
export function tileOrigins(tiles: readonly string[] | undefined): string[] {
  return [...new Set((tiles ?? []).map((t) => new URL(t.replace(/\{[^}]*\}/g, '0')).origin))];
}

/**
 * The Content-Security-Policy of a public page. The built site gets csp.json's policy, with the
 * basemap's tile origins added when the site config names a basemap (off by default: no
 * third-party requests). Only the dev server (`npm run dev`, `npm run cms`) loosens it further:
 * Vite puts every stylesheet into the page as an inline <style> there (which the strict style-src
 * refuses, leaving the pages unstyled) and its live reload talks over a websocket.
 */
export function publicCsp(dev: boolean, basemapTiles?: readonly string[]): string {
  const tiles = tileOrigins(basemapTiles).join(' ');
  const policy = tiles
    ? CSP.publicPages.replace("img-src 'self'", `img-src 'self' ${tiles}`).replace("connect-src 'self'", `connect-src 'self' ${tiles}`)
    : CSP.publicPages;
  if (!dev) return policy;
  return policy
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
}
