/**
 * The search index step: makes the Pagefind index from the records the Astro build left beside
 * its output (src/io/search-index.ts). The build starts it as soon as it has the site model, with
 * `--staging`, so that it runs beside the render and writes to a folder the build moves into
 * place at the end; without `--staging` it writes to `<out>/pagefind/` directly (after a build
 * that left its records). Output folder: ATLAS_OUT_DIR or dist.
 */
import { outDir, searchIndexStaging, writeSearchIndex } from '../src/io/search-index.ts';
import { siteConfig } from '../src/site.config.ts';

const started = performance.now();
try {
  const staging = process.argv.includes('--staging');
  const n = await writeSearchIndex(outDir(), siteConfig.lang, staging ? searchIndexStaging() : undefined);
  console.log(`Zoekindex: ${n} pagina's (zoekindex gemaakt in ${Math.round(performance.now() - started)} ms).`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
