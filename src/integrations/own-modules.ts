/**
 * Our own modules (src/lib, src/io and the site configuration), compiled ahead with
 * esbuild for the server bundle of a build, which then imports them instead of bundling them.
 *
 * Why: Vite and Rollup handle each module of the server bundle on its own (resolving, loading,
 * transforming, parsing, linking), and about 160 of its 340 modules were ours. esbuild compiles
 * them together in about 0.3 s, and only when one of them changed (compiled-tools.mjs compares
 * every input's content, as for the command-line tools). The server bundle of the starter set went
 * from 3.5-4.3 s to 2.5-3.0 s (issue #28). The pages are the same, byte for byte: only where the
 * code comes from changes, not what it does.
 *
 * Every import of one of these modules from our pages and components goes to the compiled one,
 * so each module exists once (the site configuration sets the labels that every page then reads).
 * The client bundle (what readers download) and `astro dev` are not touched.
 *
 * esbuild's code splitting can run modules with side effects in another order than their imports
 * say (evanw/esbuild#399). Ours have one: the site configuration applies a fork's labels as it
 * loads, and no module reads labels while it loads. tests/integration/fork.test.ts builds a fork
 * with its own labels and reads them on the pages, so a change that breaks this shows there.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { compileTools, isCurrent } from '../../scripts/lib/compiled-tools.mjs';

/** The folders whose modules are compiled ahead, below the project folder. */
const FOLDERS = ['src/lib', 'src/io'];
/** Single modules compiled ahead too. */
const FILES = ['src/site.config.ts'];

/** Every module below `dir` (relative to `root`): TypeScript (declarations left out) and plain JavaScript (.mjs). */
function modulesBelow(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The entries to compile: output name (the path without its extension) -> path below the project. */
export function ownModuleEntries(root: string): Record<string, string> {
  const paths = [...FOLDERS.flatMap((d) => modulesBelow(root, d)), ...FILES];
  return Object.fromEntries(paths.map((p) => [p.replace(/\.(ts|mjs)$/, ''), p]));
}

/**
 * Compiles the project's own modules when any of them changed, and returns where each one's
 * compiled file is: absolute source path (as Vite names it: the real path) -> file URL of the
 * compiled module. `theme` is the configured tokens file, which a module imports as text
 * (`@atlas/theme?raw`, as in Vite), relative to the project as astro.config.mjs reads it.
 */
export async function compileOwnModules(root: string, theme: string): Promise<Map<string, string>> {
  const project = realpathSync(root);
  const entries = ownModuleEntries(project);
  const raw = { '@atlas/theme?raw': resolve(project, theme) };
  // One folder per checkout (test trees and the benchmark's share node_modules through a link).
  // Old files are removed after each compile: `npm run build` holds the checkout's build lock,
  // so no other build reads this folder meanwhile (scripts/lib/build-lock.mjs).
  const key = createHash('sha256').update(project).digest('hex').slice(0, 12);
  const outDir = join(project, 'node_modules', '.cache', 'atlas-server-modules', key);
  if (!isCurrent(project, outDir, entries, { raw }))
    await compileTools(project, outDir, entries, { raw, prune: true, alsoWatch: ['scripts/lib/compiled-tools.mjs', 'tsconfig.json'] });
  // The inputs' hashes in each address: a second build in one process (none of ours does that)
  // gets the new modules, not those Node already holds under the old address.
  const version = createHash('sha256')
    .update(readFileSync(join(outDir, 'inputs.json')))
    .digest('hex')
    .slice(0, 16);
  return new Map(
    Object.entries(entries).map(([out, src]) => [join(project, src), `${pathToFileURL(join(outDir, `${out}.mjs`)).href}?v=${version}`]),
  );
}

/** Whether a file is one of ours that is compiled ahead (below the folders, or one of the single files). */
function isOwnModule(project: string, file: string): boolean {
  const rel = relative(project, file).split('\\').join('/');
  return FOLDERS.some((d) => rel.startsWith(`${d}/`)) || FILES.includes(rel);
}

/**
 * A Vite plugin for the server bundle: an import of a module in `compiled` becomes an import of
 * its compiled file, which Vite then leaves alone (external). An import that lands on one of our
 * modules without a compiled file (a JSON file, a name the compile did not list) stops the
 * build: bundling it would give the server bundle a second copy of a module, and the site
 * configuration's labels, for one, must exist once. Route entry points that Astro itself imports
 * (src/io/download-endpoint.ts, from a virtual module) stay in the bundle: Astro reads their exports
 * while bundling. Their own imports come here like any other.
 */
export function ownModulesPlugin(compiled: ReadonlyMap<string, string>, root: string): Plugin {
  const project = realpathSync(root);
  return {
    name: 'atlas:own-modules',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!options?.ssr || !importer || importer.startsWith('\0') || source.startsWith('\0')) return null;
      // Packages and Astro's virtual modules are not ours; everything we import is a path.
      if (!source.startsWith('.') && !source.startsWith('/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const file = resolved.id.split('?')[0]!;
      const url = compiled.get(file);
      if (url) return { id: url, external: true };
      if (isOwnModule(project, file))
        this.error(
          `${relative(project, file)} (geïmporteerd door ${relative(project, importer.split('?')[0]!)}) is een eigen module zonder vooraf gecompileerde versie; importeer een .ts- of .mjs-module (src/integrations/own-modules.ts).`,
        );
      return null;
    },
  };
}
