import type { AstroIntegration } from 'astro';
import { DOWNLOAD_NAMES, downloadHref } from '../lib/export/downloads';

/** The one module that serves every download (it reads which from the request's path). */
export const DOWNLOAD_ENDPOINT = './src/io/download-endpoint.ts';

/** One route per entry of the downloads table, at the entry's address. */
export function downloadRoutes(): { pattern: string; entrypoint: string; prerender: true }[] {
  return DOWNLOAD_NAMES.map((name) => ({ pattern: downloadHref(name), entrypoint: DOWNLOAD_ENDPOINT, prerender: true }));
}

/**
 * Publishes every file of the downloads table (src/lib/export/downloads.ts): adding a download
 * is its entry there, and nothing under src/pages/. Why injected routes and not a dynamic page:
 * src/io/download-endpoint.ts.
 */
export function downloads(): AstroIntegration {
  return {
    name: 'atlas-downloads',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const route of downloadRoutes()) injectRoute(route);
      },
    },
  };
}
