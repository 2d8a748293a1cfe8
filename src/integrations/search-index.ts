import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// A static import: the config's module runner is closed by the time build:done runs.
import * as pagefind from 'pagefind';
import { getSite } from '../site';
import { searchRecords } from '../lib/search/records';
import { siteConfig } from '../site.config';

/**
 * Builds the Pagefind search index after Astro has written the pages, from the dataset
 * itself (custom records, see lib/search/records.ts): no HTML is parsed. Unlike
 * astro-pagefind, any indexing error fails the build, so a broken index is never published.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind (${step}) gaf fouten:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({ forceLanguage: siteConfig.lang });
        fail('createIndex', errors);
        if (!index) throw new Error('Pagefind maakte geen index.');
        const records = searchRecords(await getSite());
        // In batches: one message to the Pagefind process per record, a few hundred in flight.
        for (let n = 0; n < records.length; n += 500) {
          const added = await Promise.all(records.slice(n, n + 500).map((r) => index.addCustomRecord({ ...r, language: siteConfig.lang })));
          fail(
            'addCustomRecord',
            added.flatMap((a, k) => a.errors.map((e) => `${records[n + k]!.url}: ${e}`)),
          );
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`Zoekindex: ${records.length} pagina's (zoekindex gemaakt in ${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
