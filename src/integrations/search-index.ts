import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { searchRecords } from '../lib/search/records';
import { writeSearchRecords } from '../io/search-index';
import { getSite } from '../io/site';

/**
 * Leaves the search records (made from the dataset itself, lib/search/records.ts: no HTML is
 * parsed) beside the output when Astro has written the pages. The Pagefind index is made from
 * them after Astro exits (scripts/search-index.ts, the second half of `npm run build`), so
 * Pagefind's memory never adds to Astro's (src/io/search-index.ts says why).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = searchRecords(await getSite());
        const file = writeSearchRecords(records, fileURLToPath(dir));
        logger.info(`Zoekgegevens: ${records.length} pagina's in ${file}; de zoekindex volgt na de build.`);
      },
    },
  };
}
