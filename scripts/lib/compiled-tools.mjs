/**
 * Bundles TypeScript command-line tools into plain JavaScript with esbuild, and says when a
 * bundle is out of date (scripts/run-compiled.mjs uses both; why is explained there).
 * Plain JavaScript itself, so it runs without tsx.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A file's content as a hash. Not its size and modification time: an edit of the same size with
 * the time set back (a checkout, `touch -r`, an editor that keeps times) would keep an old
 * bundle running. Hashing the few hundred inputs costs a few milliseconds.
 */
const signature = (root, file) =>
  createHash('sha256')
    .update(readFileSync(join(root, file)))
    .digest('hex');

/**
 * True when `outDir` holds bundles whose every input (and every file in `alsoWatch`) has the
 * content it had when they were made.
 */
export function isCurrent(root, outDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  try {
    return Object.entries(manifest.inputs).every(([file, sig]) => signature(root, file) === sig);
  } catch {
    return false; // an input was removed or renamed
  }
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

/**
 * Bundles `entries` ({ outputName: 'path/below/root.ts' }) into `outDir/<outputName>.mjs`.
 * npm packages stay imports; `define` replaces expressions at bundle time; `alsoWatch` files
 * (the launcher itself) make the bundles stale when they change.
 */
export async function compileTools(root, outDir, entries, { define = {}, alsoWatch = [] } = {}) {
  const { build } = await import('esbuild');
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
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
    plugins: [keepImportMeta],
  });
  const inputs = Object.fromEntries([...Object.keys(result.metafile.inputs), ...alsoWatch].sort().map((f) => [f, signature(root, f)]));
  // File by file with rename (atomic), chunks before the entries that import them: a tool
  // starting meanwhile reads whole files, old or new (chunk names carry a content hash).
  const outputs = Object.keys(result.metafile.outputs).sort((a, b) => Number(!a.includes('/chunks/')) - Number(!b.includes('/chunks/')));
  mkdirSync(join(outDir, 'chunks'), { recursive: true });
  for (const f of outputs) renameSync(join(root, f), join(outDir, relative(tmp, join(root, f))));
  const manifest = join(outDir, 'inputs.json');
  writeFileSync(`${manifest}.${process.pid}`, JSON.stringify({ inputs }));
  renameSync(`${manifest}.${process.pid}`, manifest);
  rmSync(tmp, { recursive: true, force: true });
}
