/**
 * The Pagefind search index, made after `astro build` has exited (`npm run build` runs
 * scripts/search-index.ts second). Pagefind's indexer needs about 1 GB at 10,000 initiatives;
 * run inside Astro's build:done hook it came on top of Astro's own 1.5 GB and the build peaked
 * at 2.6 GB (BENCHMARKS.md). So the build only writes the records (from the site model, see
 * lib/search/records.ts) to a file beside the output, and this step indexes them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records';

/** The output folder of a build: `ATLAS_OUT_DIR` (tests, benchmarks) or ./dist, as astro.config.mjs says. */
export function outDir(): string {
  return resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
}

/**
 * Where the build leaves the search records for the index step: beside the output folder, never
 * in it, so they are not published even if the index step is skipped.
 */
export function searchRecordsFile(out = outDir()): string {
  return join(dirname(resolve(out)), `.${basename(resolve(out))}-search-records.json`);
}

export function writeSearchRecords(records: readonly SearchRecord[], out: string): string {
  const file = searchRecordsFile(out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(records));
  return file;
}

/**
 * Indexes the records the build left and writes the index to `<out>/pagefind/`. Any Pagefind
 * error throws (unlike astro-pagefind), so a broken index is never published.
 */
export async function writeSearchIndex(out: string, lang: string): Promise<number> {
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
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  rmSync(file, { force: true });
  return records.length;
}
