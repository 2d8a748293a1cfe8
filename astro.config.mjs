// The Astro configuration. An .mjs file as Astro projects expect; Astro loads it through Vite,
// so it can import the TypeScript modules below.
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { cmsAssets } from './src/integrations/cms-assets';
import { cmsScript } from './src/integrations/cms-script';
import { downloads } from './src/integrations/downloads';
import { mapLibrary } from './src/integrations/map-library';
import { searchIndex } from './src/integrations/search-index';
import { serverBundle } from './src/integrations/server-bundle';
import { validateData } from './src/integrations/validate-data';
import { siteConfig } from './src/site.config';

const outDir = process.env.ATLAS_OUT_DIR ?? 'dist';
// A build into its own folder (tests, benchmarks) also gets its own caches: builds that run
// at the same time must never read each other's intermediate files.
const cacheDir = process.env.ATLAS_OUT_DIR ? `${outDir.replace(/\/$/, '')}-cache` : undefined;

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir,
  ...(cacheDir ? { cacheDir: `${cacheDir}/astro` } : {}),
  // External CSS only: the public pages' CSP allows no inline styles. Four pages at a time:
  // rendering is one thread either way, but while one page's file is written the next renders
  // (10,000 initiatives: 29 s -> 25 s of rendering, same peak memory, identical pages; issue #15).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [validateData(), downloads(), cmsAssets(), cmsScript(), mapLibrary(), serverBundle(), searchIndex()],
  // Never inline scripts or assets: the public pages' CSP allows only files from 'self'.
  // `@atlas/theme` is the configured tokens file: a fork swaps its theme in site.config.ts.
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: [{ find: /^@atlas\/theme(?=$|\?)/, replacement: resolve(siteConfig.theme) }] },
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
  },
  devToolbar: { enabled: false },
});
