/**
 * Our own TypeScript modules (src/lib, src/io and the site configuration), compiled ahead with
 * esbuild for the server bundle of a build, which then imports them instead of bundling them.
 *
 * Why: Vite and Rollup handle each module of the server bundle on its own (resolving, loading,
 * transforming, parsing, linking), and about 160 of its 340 modules were ours. esbuild compiles
 * them together in about 0.3 s, and only when one of them changed (compiled-tools.mjs compares
 * every input's content, as for the command-line tools). The server bundle of the starter set went
 * from 3.5-4.3 s to 2.8-3.0 s (issue #28). The pages are the same, byte for byte: only where the
 * code comes from changes, not what it does.
 *
 * Every import of one of these modules from the server bundle goes to the compiled one, so each
 * module exists once (the site configuration sets the labels that every page then reads). The
 * client bundle (what readers download) and `astro dev` are not touched.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { compileTools, isCurrent } from '../../scripts/lib/compiled-tools.mjs';

/** The folders whose modules are compiled ahead, below the project folder. */
const FOLDERS = ['src/lib', 'src/io'];
/** Single modules compiled ahead too. */
const FILES = ['src/site.config.ts'];

/** Every TypeScript module below `dir` (relative to `root`), declarations left out. */
function modulesBelow(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The entries to compile: output name (the path without `.ts`) -> path below the project. */
export function ownModuleEntries(root: string): Record<string, string> {
  const paths = [...FOLDERS.flatMap((d) => modulesBelow(root, d)), ...FILES];
  return Object.fromEntries(paths.map((p) => [p.replace(/\.ts$/, ''), p]));
}

/**
 * Compiles the project's own modules when any of them changed, and returns where each one's
 * compiled file is: absolute source path -> file URL of the compiled module. `theme` is the
 * configured tokens file, which a module imports as text (`@atlas/theme?raw`, as in Vite).
 */
export async function compileOwnModules(root: string, theme: string): Promise<Map<string, string>> {
  const entries = ownModuleEntries(root);
  const raw = { '@atlas/theme?raw': resolve(root, theme) };
  // One folder per project and theme: builds of two checkouts, or of two sites with their own
  // theme, never share compiled modules.
  const key = createHash('sha256')
    .update(JSON.stringify([root, raw]))
    .digest('hex')
    .slice(0, 12);
  const outDir = join(root, 'node_modules', '.cache', 'atlas-server-modules', key);
  if (!isCurrent(root, outDir, entries, { raw }))
    await compileTools(root, outDir, entries, {
      raw,
      alsoWatch: ['scripts/lib/compiled-tools.mjs'],
    });
  return new Map(Object.entries(entries).map(([out, src]) => [join(root, src), pathToFileURL(join(outDir, `${out}.mjs`)).href]));
}

/**
 * A Vite plugin for the server bundle: an import (relative, as all of ours are) of a module in
 * `compiled` becomes an import of its compiled file, which Vite then leaves alone (external).
 */
export function ownModulesPlugin(compiled: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'atlas:own-modules',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer, options) {
      if (!options?.ssr || !importer || importer.startsWith('\0') || !source.startsWith('.')) return null;
      const at = resolve(dirname(importer.split('?')[0]!), source);
      const url = compiled.get(at) ?? compiled.get(`${at}.ts`) ?? compiled.get(at.replace(/\.js$/, '.ts'));
      return url ? { id: url, external: true } : null;
    },
  };
}
