import type { AstroIntegration } from 'astro';
import { vendorFiles } from './vendor-files';

/**
 * Serves MapLibre GL's own prebuilt, minified ES modules (library, worker, stylesheet) from
 * public/vendor/maplibre-gl/ (generated, git-ignored) instead of bundling the library with
 * Vite. Rollup re-parsed and re-minified its 1.1 MB on every build, about 2 s of fixed cost
 * for a file that never changes between builds (issue #15). The interactive map imports it at
 * run time from our own host (`files.mapLibrary` in src/lib/urls.ts), so the strict CSP still holds:
 * script-src and worker-src 'self'.
 */
export function mapLibrary(): AstroIntegration {
  return vendorFiles({
    label: 'MapLibre GL',
    pkg: 'maplibre-gl',
    files: /^maplibre-gl(-worker)?\.mjs$|^maplibre-gl\.css$/,
    folder: 'vendor/maplibre-gl',
  });
}
