/**
 * Bundles TypeScript command-line tools into plain JavaScript with esbuild, and says when a
 * bundle is out of date (scripts/run-compiled.mjs uses both; why is explained there).
 * Plain JavaScript itself, so it runs without tsx.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isUpToDate, recordInputs, writeRecord } from '../../src/integrations/inputs-record.mjs';

/**
 * What the bundles are made with besides their inputs: the entries, the replaced expressions and
 * the files imported as text.
 * @param {Record<string, string>} entries
 * @param {Record<string, string>} define
 * @param {Record<string, string>} [raw]
 */
const settingsKey = (entries, define, raw = {}) => JSON.stringify({ entries, define, ...(Object.keys(raw).length ? { raw } : {}) });

/** Where a bundle folder keeps what it was made from (src/integrations/inputs-record.mjs). @param {string} outDir */
const recordOf = (outDir) => join(outDir, 'inputs.json');

/**
 * True when `outDir` holds bundles made with these `entries` and `define` whose every input (and
 * every file in `alsoWatch`), every folder of our own inputs and every bundle has the content it
 * had when they were made, and no package was installed since (inputs-record.mjs).
 * @param {string} root
 * @param {string} outDir
 * @param {Record<string, string>} entries
 * @param {{ define?: Record<string, string>, raw?: Record<string, string> }} [options]
 */
export function isCurrent(root, outDir, entries, { define = {}, raw = {} } = {}) {
  return isUpToDate(root, recordOf(outDir), settingsKey(entries, define, raw));
}

/** An esbuild plugin: each of our own modules keeps its source's import.meta.url, .dirname and .filename. */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mjs|js)$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const contents = text
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/** Marks a file that `raw` says is imported as text. */
const RAW = Symbol('raw');

/**
 * An esbuild plugin: the specifiers in `raw` (`'@atlas/theme?raw'`, as Vite reads them) are the
 * text of the files they name. The file is an input like any other, so a change makes the bundle stale.
 * @param {Record<string, string>} raw specifier -> absolute file
 */
const rawText = (raw) => ({
  name: 'raw-text',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => (Object.hasOwn(raw, args.path) ? { path: raw[args.path], pluginData: RAW } : undefined));
    b.onLoad({ filter: /.*/ }, (args) =>
      args.pluginData === RAW ? { contents: readFileSync(args.path, 'utf8'), loader: 'text' } : undefined,
    );
  },
});

/**
 * Bundles `entries` ({ outputName: 'path/below/root.ts' }) into `outDir/<outputName>.mjs`.
 * npm packages stay imports; `define` replaces expressions at bundle time; `raw` names files
 * imported as text (specifier -> absolute path); `alsoWatch` files (the launcher itself) make the
 * bundles stale when they change. `prune` removes what an earlier bundling left that this one did
 * not write (old chunks): only for a folder no other process reads meanwhile.
 * @param {string} root
 * @param {string} outDir
 * @param {Record<string, string>} entries
 * @param {{ define?: Record<string, string>, raw?: Record<string, string>, alsoWatch?: string[], prune?: boolean }} [options]
 */
export async function compileTools(root, outDir, entries, { define = {}, raw = {}, alsoWatch = [], prune = false } = {}) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  // The temporary folder goes whether bundling succeeds or fails.
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: Object.entries(entries).map(([out, entry]) => ({ in: entry, out })),
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // Split, so that a module a tool imports only when needed (the validator, when anything
      // changed) is a chunk of its own that is not loaded, with its packages, before then.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'error',
      define,
      plugins: [...(Object.keys(raw).length ? [rawText(raw)] : []), keepImportMeta],
    });
    // File by file with rename (atomic), chunks before the entries that import them: a tool
    // starting meanwhile reads whole files, old or new (chunk names carry a content hash).
    const outputs = Object.keys(result.metafile.outputs).sort((a, b) => Number(!a.includes('/chunks/')) - Number(!b.includes('/chunks/')));
    const placed = outputs.map((f) => join(outDir, relative(tmp, join(root, f))));
    for (const folder of new Set(placed.map((f) => dirname(f)))) mkdirSync(folder, { recursive: true });
    outputs.forEach((f, i) => renameSync(join(root, f), placed[i]));
    // No record when an input changed while bundling: the next start bundles again.
    const record = recordInputs(
      root,
      settingsKey(entries, define, raw),
      [...Object.keys(result.metafile.inputs), ...alsoWatch],
      placed.map((f) => relative(root, f)),
      startedAt,
    );
    if (record) writeRecord(recordOf(outDir), record);
    if (prune) removeAllBut(outDir, new Set([...placed, recordOf(outDir)]));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Removes every file below `dir` that is not in `keep` (absolute paths). @param {string} dir @param {Set<string>} keep */
function removeAllBut(dir, keep) {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && !keep.has(join(e.parentPath, e.name))) rmSync(join(e.parentPath, e.name), { force: true });
}
