/**
 * The project's TypeScript that astro.config.mjs needs (src/integrations/index.ts: the
 * integrations and the site configuration), as one plain-JavaScript bundle that Node imports
 * itself.
 *
 * Why: Astro first imports astro.config.mjs with Node. A config that imports TypeScript fails
 * there, and Astro then starts a Vite server just to load it, which transforms and evaluates the
 * data check's modules (the validator, the site model) one by one. Loaded as one bundle, Astro
 * reaches its first hook with 0.6-0.8 s less CPU time (2.3-2.5 s -> 1.5-1.8 s on the starter set,
 * issue #28), in every build and every `astro dev`. esbuild bundles the modules in about 0.2 s,
 * and the bundle is used until any of its inputs (or this file) changes: compiled-tools.mjs
 * compares every input's content on each start (src/integrations/inputs-record.mjs).
 * Plain JavaScript itself, so Node imports it without a loader.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileTools, isCurrent } from './compiled-tools.mjs';

/**
 * The compiled src/integrations/index.ts of the project in `root`, compiled first when any of its
 * inputs changed. The validation worker the data check starts for large datasets is the compiled
 * one too (it starts in a tenth of the time of the TypeScript one, scripts/run-compiled.mjs).
 * @param {string} root the project folder
 * @returns {Promise<typeof import('../../src/integrations/index.ts')>}
 */
export async function importConfigModules(root) {
  // One folder per project: checkouts that share node_modules through a link (test trees, the
  // benchmark's) never load each other's bundle, whose modules name their own sources.
  const project = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const outDir = join(root, 'node_modules', '.cache', 'atlas-config', project);
  const entries = { integrations: 'src/integrations/index.ts', 'check-files-worker': 'src/io/check-files-worker.ts' };
  const define = { 'process.env.ATLAS_CHECK_WORKER': JSON.stringify(pathToFileURL(join(outDir, 'check-files-worker.mjs')).href) };
  if (!isCurrent(root, outDir, entries, { define }))
    await compileTools(root, outDir, entries, {
      define,
      alsoWatch: [relative(root, import.meta.filename), relative(root, join(import.meta.dirname, 'compiled-tools.mjs'))],
    });
  // The inputs' hashes in the address: a process that loads the config again (astro dev after an
  // edit of the config) gets the new bundle, not the one Node already holds under the old address.
  // (The bundle has a source map: NODE_OPTIONS=--enable-source-maps shows the TypeScript lines.)
  const version = createHash('sha256')
    .update(readFileSync(join(outDir, 'inputs.json')))
    .digest('hex')
    .slice(0, 16);
  return import(`${pathToFileURL(join(outDir, 'integrations.mjs')).href}?v=${version}`);
}
