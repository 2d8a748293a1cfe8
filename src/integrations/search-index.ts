import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchRecords } from '../lib/search/records';
import { outDir, startSearchIndex, type PendingSearchIndex } from '../io/search-index';
import { getSite } from '../io/site';

/**
 * The Pagefind index, made beside the render: when the build starts (the data check has made
 * the site model by then), the search records (made from the dataset itself,
 * lib/search/records.ts: no HTML is parsed) go to a child process that indexes them on the
 * second core while Astro bundles and renders; when Astro has written the pages the build
 * waits for it and moves the index into place (src/io/search-index.ts says why).
 */
export function searchIndex(): AstroIntegration {
  // As astro.config.mjs sets it (ATLAS_OUT_DIR or dist); checked against Astro's own at the end.
  // Not read in astro:config:done: a hook there changed the name Vite gives the shared stylesheet
  // (global.*.css became begrippen.*.css), and the output is to stay the same file by file.
  const out = outDir();
  let pending: PendingSearchIndex | undefined;
  let started = 0;
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:build:start': async () => {
        started = performance.now();
        pending = startSearchIndex(searchRecords(await getSite()), out, process.cwd());
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) throw new Error('De zoekindex is niet gestart (astro:build:start liep niet).');
        if (resolve(fileURLToPath(dir)) !== out) {
          // Astro wrote elsewhere (--outDir): no index half-made beside a folder nobody builds into.
          await pending.discard();
          throw new Error(`De zoekindex staat in ${out}, de site in ${fileURLToPath(dir)}: geef de uitvoermap op met ATLAS_OUT_DIR.`);
        }
        const waitFrom = performance.now();
        const ms = await pending.finish();
        const waited = Math.round(performance.now() - waitFrom);
        logger.info(
          `Zoekindex gemaakt naast het renderen (zoekindex gemaakt in ${ms} ms, ${Math.round(waitFrom - started)} ms na de start; de build wachtte er ${waited} ms op).`,
        );
      },
    },
  };
}
