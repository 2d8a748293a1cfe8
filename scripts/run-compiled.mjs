/**
 * Runs one of the project's TypeScript command-line tools as plain JavaScript:
 * `node scripts/run-compiled.mjs validate-data [args]` (what `npm run validate` runs).
 *
 * Why: starting Node with tsx costs about 0.6 s before any of our code runs, and each
 * validation worker thread paid it again (issue #15, BENCHMARKS.md). esbuild bundles the tools
 * and the worker into node_modules/.cache/atlas-cli/ (our modules only; npm packages stay
 * imports), and the bundles are used until any of their source files (or this launcher)
 * changes: every input's content is compared (as a hash) on each start (a few milliseconds;
 * src/integrations/inputs-record.mjs). Generated, never committed, never edited by hand.
 *
 * Each module keeps its own `import.meta.url` and `import.meta.dirname`, and the validation
 * worker is the compiled one (`process.env.ATLAS_CHECK_WORKER`, replaced at bundle time).
 */
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileTools, isCurrent } from './lib/compiled-tools.mjs';

/** The tools that run this way, by name: their entry, relative to the repository. */
const TOOLS = {
  'validate-data': 'scripts/validate-data.ts',
  'search-index': 'scripts/search-index.ts',
};
/** Started as worker threads by the tools (src/io/check-workers.ts). */
const WORKERS = { 'check-files-worker': 'src/io/check-files-worker.ts' };

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'node_modules', '.cache', 'atlas-cli');

const [name, ...args] = process.argv.slice(2);
if (!name || !Object.hasOwn(TOOLS, name)) {
  console.error(`Gebruik: node scripts/run-compiled.mjs <${Object.keys(TOOLS).join('|')}> [opties]`);
  process.exit(2);
}
const entries = { ...TOOLS, ...WORKERS };
const define = { 'process.env.ATLAS_CHECK_WORKER': JSON.stringify(pathToFileURL(join(outDir, 'check-files-worker.mjs')).href) };
if (!isCurrent(root, outDir, entries, { define }))
  await compileTools(root, outDir, entries, {
    define,
    alsoWatch: [relative(root, import.meta.filename), relative(root, join(import.meta.dirname, 'lib', 'compiled-tools.mjs'))],
  });
// Stack traces of a crash point at the TypeScript source, not the bundle.
process.setSourceMapsEnabled(true);
// The tool reads its own arguments from process.argv, as when it runs under tsx.
const entry = join(outDir, `${name}.mjs`);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(entry).href);
