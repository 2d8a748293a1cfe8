import type { AstroIntegration } from 'astro';
import { vendorFiles } from './vendor-files';

/**
 * Copies the prebuilt Decap CMS bundle from node_modules into public/admin/decap/ (a
 * generated, git-ignored folder), so /admin/ serves it from our own host: no CDN. Bundling
 * decap-cms-app through Vite instead costs about a minute per build (STACK-NOTES).
 */
export function cmsAssets(): AstroIntegration {
  return vendorFiles({
    label: 'Decap CMS',
    pkg: 'decap-cms',
    files: /(^|\.)decap-cms\.js$|\.wasm$|decap-cms\.js\.LICENSE\.txt$/,
    folder: 'admin/decap',
  });
}
