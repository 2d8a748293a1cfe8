// The Astro configuration. An .mjs file as Astro projects expect, that Node imports as it is: our
// TypeScript (the integrations and the site configuration) comes as one compiled bundle, so
// Astro needs no Vite server to load this file (scripts/lib/compiled-config.mjs says why).
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { importConfigModules } from './scripts/lib/compiled-config.mjs';

const { cmsAssets, cmsScript, downloads, mapLibrary, searchIndex, serverBundle, validateData, siteConfig } = await importConfigModules(
  import.meta.dirname,
);

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
  // `@atlas/theme` is the configured tokens file, relative to the project: a fork swaps its theme
  // in site.config.ts (the server bundle's compiled modules read it from the same place).
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: { alias: [{ find: /^@atlas\/theme(?=$|\?)/, replacement: resolve(import.meta.dirname, siteConfig.theme) }] },
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
  },
  devToolbar: { enabled: false },
});
