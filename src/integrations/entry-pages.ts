import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSite } from '../io/site';
import { astroHeadOf, pageDocument, type PageContext } from '../lib/html/document';
import { initiativeEntry, organisationEntry, type EntryPage } from '../lib/html/entry-documents';
import { publicCsp } from '../lib/security/public-csp';
import { siteConfig } from '../site.config';

/**
 * The initiative and organisation pages, written by the build itself instead of rendered by Astro.
 *
 * Why: at 10,000 initiatives these are 13,333 of the 13,363 pages, and Astro renders pages one
 * at a time through its whole pipeline (route, request, response, stream, encoding), which cost
 * about 1.5 ms a page on top of making the markup (issue #28, BENCHMARKS.md). Their markup is
 * already one string per part (src/lib/html/), so here each page is the layout's document around
 * it (src/lib/html/document.ts), written straight to its file.
 *
 * Why this is the same page: Astro still renders the first initiative and the first
 * organisation (src/lib/html/entry-pages.ts); the build writes its own version of those two and
 * stops with both versions named when they differ anywhere (a change to Base.astro that
 * document.ts does not share, a stylesheet or script a component added). What Astro puts
 * before `</head>` (the stylesheet links) is taken from Astro's page, so it is what Astro would
 * have written.
 */
export function entryPages(): AstroIntegration {
  let siteUrl: URL | undefined;
  return {
    name: 'atlas:entry-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const site = await getSite();
        // As Base.astro computes it in a build (`import.meta.env.DEV` is false there).
        const csp = publicCsp(false, siteConfig.map.basemap?.tiles);
        const contextOf = (entry: EntryPage): PageContext => ({
          site,
          config: siteConfig,
          pathname: site.links.of(entry.path),
          siteUrl,
          csp,
        });
        const kinds = [
          {
            noun: 'initiatieven',
            ids: site.dataset.initiatives.map((i) => i.id),
            entry: (id: string) => initiativeEntry(site, siteConfig, id, siteUrl),
          },
          {
            noun: 'organisaties',
            ids: site.dataset.organisations.map((o) => o.id),
            entry: (id: string) => organisationEntry(site, siteConfig, id),
          },
        ];
        const writing = new Set<Promise<void>>();
        // A failed write is kept, not left as a rejection nobody awaits; the build stops with it below.
        const failed: Error[] = [];
        let written = 0;
        for (const kind of kinds) {
          const [first, ...rest] = kind.ids;
          if (first === undefined) continue;
          const astroPage = kind.entry(first);
          const file = join(out, astroPage.path, 'index.html');
          const astroHtml = await readFile(file, 'utf8').catch((e: Error) => {
            throw new Error(`De pagina die Astro voor ${astroPage.path} zou maken, is er niet (${file}): ${e.message}`, { cause: e });
          });
          const injected = astroHeadOf(astroHtml, contextOf(astroPage), astroPage, kind.noun);
          for (const id of rest) {
            let html: string;
            let path: string;
            try {
              const entry = kind.entry(id);
              html = pageDocument(contextOf(entry), entry.props, entry.slots, injected);
              path = entry.path;
            } catch (e) {
              throw new Error(`De pagina van ${kind.noun}/${id} kon niet gemaakt worden: ${(e as Error).message}`, { cause: e });
            }
            const target = join(out, path, 'index.html');
            const task = mkdir(dirname(target), { recursive: true })
              .then(() => writeFile(target, html))
              .catch((e: Error) => {
                failed.push(new Error(`${target} kon niet geschreven worden: ${e.message}`, { cause: e }));
              })
              .finally(() => writing.delete(task));
            writing.add(task);
            written++;
            // A few files at a time: the next pages are made while these are written.
            if (writing.size >= 16) await Promise.race(writing);
            if (failed.length) break;
          }
        }
        await Promise.all(writing);
        if (failed.length) throw failed[0]!;
        logger.info(
          `${written} pagina's van initiatieven en organisaties geschreven, zoals Astro ze maakt (pagina's geschreven in ${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}
