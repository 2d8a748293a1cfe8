import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// A static import: the config's module runner is closed by the time build:done runs.
import * as pagefind from 'pagefind';
import { siteConfig } from '../site.config';

/**
 * Builds the Pagefind search index after Astro has written the pages. Unlike
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
        const added = await index.addDirectory({ path: site });
        fail('addDirectory', added.errors);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`Zoekindex: ${added.page_count} pagina's (zoekindex gemaakt in ${Math.round(performance.now() - started)} ms).`);
        if (added.page_count === 0) throw new Error('Pagefind vond geen pagina\'s met data-pagefind-body.');
      },
    },
  };
}
