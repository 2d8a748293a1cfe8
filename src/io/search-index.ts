/**
 * The Pagefind search index, made beside the render: as soon as the build has the site model
 * (the data check at the start of `astro build`), the search records (lib/search/records.ts: no
 * HTML is parsed) are written to a file beside the output, and a child process
 * (scripts/search-index.ts) indexes them on the second core while Astro bundles and renders
 * the pages; the build waits for it at the end and moves the index into place (issue #28).
 * Pagefind's indexer is a process of its own either way; the child keeps its messaging off
 * Astro's render thread. Before #28 the index was made after Astro had exited, one core idle
 * meanwhile; memory now has room for both (BENCHMARKS.md).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records';

/** The output folder of a build: `ATLAS_OUT_DIR` (tests, benchmarks) or ./dist, as astro.config.mjs says. */
export function outDir(): string {
  return resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
}

/** A working file or folder of the build beside the output folder, never in it, so it is never published. */
function beside(out: string, suffix: string): string {
  return join(dirname(resolve(out)), `.${basename(resolve(out))}-${suffix}`);
}

/** Where the build leaves the search records for the index step. */
export function searchRecordsFile(out = outDir()): string {
  return beside(out, 'search-records.json');
}

/** Where the index step writes the index while Astro renders; moved to `<out>/pagefind/` at the end. */
export function searchIndexStaging(out = outDir()): string {
  return beside(out, 'pagefind');
}

export function writeSearchRecords(records: readonly SearchRecord[], out: string): string {
  const file = searchRecordsFile(out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(records));
  return file;
}

/**
 * Indexes the records the build left and writes the index to `indexDir` (by default
 * `<out>/pagefind/`). Any Pagefind error throws (unlike astro-pagefind), so a broken index is
 * never published.
 */
export async function writeSearchIndex(out: string, lang: string, indexDir = join(out, 'pagefind')): Promise<number> {
  const file = searchRecordsFile(out);
  let records: SearchRecord[];
  try {
    records = JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
  } catch {
    throw new Error(`Geen zoekgegevens in ${file}: draai eerst astro build (npm run build doet beide).`);
  }
  const fail = (step: string, errors: string[]) => {
    if (errors.length) throw new Error(`Pagefind (${step}) gaf fouten:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind maakte geen index.');
    // In batches: one message to the Pagefind process per record, a few hundred in flight.
    for (let n = 0; n < records.length; n += 500) {
      const added = await Promise.all(records.slice(n, n + 500).map((r) => index.addCustomRecord({ ...r, language: lang })));
      fail(
        'addCustomRecord',
        added.flatMap((a, k) => a.errors.map((e) => `${records[n + k]!.url}: ${e}`)),
      );
    }
    rmSync(indexDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: indexDir });
    fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  rmSync(file, { force: true });
  return records.length;
}

/** A search index being made beside the render; `finish` waits for it and puts it in place. */
export interface PendingSearchIndex {
  /** Waits for the index step, moves its index to `<out>/pagefind/`; the step's own duration, in ms. */
  finish(): Promise<number>;
  /** Stops the index step and, once it has exited, removes what it wrote (the build failed: nothing is left beside the output). */
  discard(): Promise<void>;
}

/**
 * Writes the records and starts the index step (`node scripts/run-compiled.mjs search-index
 * --staging`, from the project root `root`) as a child process, which writes the index to
 * searchIndexStaging(out). Its output is kept and shown only if it fails.
 */
export function startSearchIndex(records: readonly SearchRecord[], out: string, root: string): PendingSearchIndex {
  writeSearchRecords(records, out);
  const staging = searchIndexStaging(out);
  rmSync(staging, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(root, 'scripts', 'run-compiled.mjs'), 'search-index', '--staging'], {
    cwd: root,
    env: { ...process.env, ATLAS_OUT_DIR: resolve(out) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the build stops early (a failing page), the index step stops with it.
  const stop = () => child.kill();
  process.once('exit', stop);
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<number>((done, failed) => {
    child.on('error', failed);
    child.on('close', (code) => done(code ?? 1));
  });
  return {
    async discard() {
      stop();
      process.off('exit', stop);
      // Removed after the child has gone, so it cannot write into the folder again meanwhile.
      await exited.catch(() => undefined);
      rmSync(staging, { recursive: true, force: true });
      rmSync(searchRecordsFile(out), { force: true });
    },
    async finish() {
      const code = await exited;
      process.off('exit', stop);
      if (code !== 0) throw new Error(`De zoekindex kon niet worden gemaakt:\n${output.trim()}`);
      const target = join(resolve(out), 'pagefind');
      rmSync(target, { recursive: true, force: true });
      mkdirSync(resolve(out), { recursive: true });
      renameSync(staging, target);
      return Number(/zoekindex gemaakt in (\d+) ms/.exec(output)?.[1] ?? 0);
    },
  };
}
