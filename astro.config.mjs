// The Astro configuration. An .mjs file as Astro projects expect, that Node imports as it is: our
// TypeScript (the integrations and the site configuration) comes as one compiled bundle, so
// Astro needs no Vite server to load this file (scripts/lib/compiled-config.mjs says why).
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { importConfigModules } from './scripts/lib/compiled-config.mjs';

const { cmsAssets, cmsScript, downloads, entryPages, mapLibrary, searchIndex, serverBundle, validateData, siteConfig } =
  await importConfigModules(import.meta.dirname);

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
  // External CSS only: the public pages' CSP allows no inline styles. Sixteen pages at a time:
  // rendering is one thread either way, but while pages wait for their folder and file to be
  // written the next ones render (10,000 initiatives: 1 -> 4 pages took rendering from 29 to 25 s,
  // issue #15; 4 -> 16 pages 39.5 -> 32.0 s and 46.2 -> 43.2 s in alternated pairs on a machine
  // with slow file calls, 70-145 MB more at the peak, identical pages; issue #28).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // entryPages before searchIndex: the initiative and organisation pages are written while the
  // search index is still being made on the other core.
  integrations: [validateData(), downloads(), cmsAssets(), cmsScript(), mapLibrary(), serverBundle(), entryPages(), searchIndex()],
  // Never inline scripts or assets: the public pages' CSP allows only files from 'self'.
  // `@atlas/theme` is the configured tokens file, relative to the project: a fork swaps its theme
  // in site.config.ts (the server bundle's compiled modules read it from the same place).
  vite: {
    build: {
      assetsInlineLimit: 0,
      // The stylesheet's name is fixed: Astro names it after the first page it finds that uses
      // it, which changed between builds of the same code (`global`, `_former_`) once the detail
      // pages stopped importing components; two builds must be comparable file by file.
      rollupOptions: {
        output: {
          assetFileNames: (asset) =>
            asset.names?.some((n) => n.endsWith('.css')) ? '_astro/global.[hash][extname]' : '_astro/[name].[hash][extname]',
        },
      },
    },
    // Started by `npm run cms` (which passes ATLAS_CMS_PORT): the dev server takes exactly the port
    // it prints for the editing screen, or stops (and the CMS with it) instead of moving to another.
    ...(process.env.ATLAS_CMS_PORT ? { server: { strictPort: true } } : {}),
    resolve: { alias: [{ find: /^@atlas\/theme(?=$|\?)/, replacement: resolve(import.meta.dirname, siteConfig.theme) }] },
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
  },
  devToolbar: { enabled: false },
});
