/**
 * The second half of `npm run build`: makes the Pagefind search index from the records the
 * Astro build left beside its output (src/io/search-index.ts). Runs after Astro has exited, so
 * the two never hold memory at the same time. Output folder: ATLAS_OUT_DIR or dist.
 */
import { outDir, writeSearchIndex } from '../src/io/search-index.ts';
import { siteConfig } from '../src/site.config.ts';

const started = performance.now();
try {
  const n = await writeSearchIndex(outDir(), siteConfig.lang);
  console.log(`Zoekindex: ${n} pagina's (zoekindex gemaakt in ${Math.round(performance.now() - started)} ms).`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
