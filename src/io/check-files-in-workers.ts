/**
 * Checks many data files on every core. Checking a file on its own (YAML, schema, one-file
 * rules) is most of the time of a cold validation, and the files are independent, so the
 * thread itself and worker threads share them. The result is an in-memory FileCheckCache that
 * validateDataset then reads: validateDataset itself stays pure and single-threaded, and the
 * rules between files run once, on everything, as always.
 *
 * The threads take the files a batch at a time from one shared counter, so the thread itself
 * starts at once and a worker joins when it has loaded (which takes a while on a busy machine),
 * and nobody waits for a slower share. Small datasets are checked in the thread alone (starting
 * a worker costs more than it saves), and a file a worker could not check is checked by
 * validateDataset as always: parallelism is only ever a speed-up.
 */
import { availableParallelism } from 'node:os';
import { cachedCheckOf, checkFile } from '../lib/validate/check-file';
import { readFilesShared, SharedFileReader } from './read-files';
import type { CachedCheck, CheckContext, FileCheckCache, SourceFile } from '../lib/validate/records';
import { PARALLEL_FROM, startCheckWorkers, type CheckedBatch, type CheckJob, type CheckWorkers, type ReadJob } from './check-workers';

/** Files a thread takes at a time: enough to make taking cheap, few enough to end together. */
export const BATCH = 50;

/** checkFile's result as a cache keeps it: positions are rebuilt in the main thread when a message needs them. */
function checkOne({ kind, file }: CheckJob, ctx: CheckContext): CachedCheck {
  return cachedCheckOf(checkFile(kind, file, ctx));
}

/**
 * Takes batches of `count` jobs (their first and end index) from the shared counter until none
 * are left: the one loop of the thread itself and every worker. `take` says what is kept of a
 * batch, or undefined to keep nothing of it.
 */
function eachBatch<T>(count: number, next: SharedArrayBuffer, take: (start: number, end: number) => T | undefined): T[] {
  const counter = new Int32Array(next);
  const done: T[] = [];
  for (let start = Atomics.add(counter, 0, BATCH); start < count; start = Atomics.add(counter, 0, BATCH)) {
    const kept = take(start, Math.min(count, start + BATCH));
    if (kept !== undefined) done.push(kept);
  }
  return done;
}

/**
 * Takes batches of `jobs` from the shared counter until none are left and checks them; what
 * both the thread itself and every worker (check-files-worker.ts) run. `keep` takes each batch's
 * results (this thread keeps them, a worker sends them); what it returns, if anything, is collected.
 */
export function takeBatches<T>(
  jobs: readonly CheckJob[],
  ctx: CheckContext,
  next: SharedArrayBuffer,
  keep: (start: number, results: CachedCheck[]) => T,
): T[] {
  return eachBatch(jobs.length, next, (start, end) =>
    keep(
      start,
      jobs.slice(start, end).map((job) => checkOne(job, ctx)),
    ),
  );
}

/**
 * Like takeBatches, for files not read yet: each batch's files are read (into shared memory,
 * read-files.ts) by the thread that takes it, then checked. `keep` gets the bytes too. A batch
 * whose files cannot be read is left out when `skipUnreadable` (a worker: the thread that asked
 * reads it again and reports the error as reading always did), and throws otherwise.
 */
export function takeReadBatches<T>(
  reads: readonly ReadJob[],
  ctx: CheckContext,
  next: SharedArrayBuffer,
  keep: (start: number, contents: Uint8Array[], results: CachedCheck[]) => T,
  skipUnreadable = false,
): T[] {
  const reader = new SharedFileReader();
  return eachBatch(reads.length, next, (start, end) => {
    const batch = reads.slice(start, end);
    let contents: Uint8Array[];
    try {
      contents = reader.read(batch.map((r) => r.abs));
    } catch (err) {
      if (skipUnreadable) return undefined;
      throw err;
    }
    return keep(
      start,
      contents,
      batch.map((r, i) => checkOne({ kind: r.kind, file: { path: r.path, content: contents[i]! } }, ctx)),
    );
  });
}

/**
 * Checks every job that `known` has no result for, in parallel when there are enough, and
 * returns a cache holding all results: `known`'s hits, and the new results (also written to
 * `known`, so `npm run validate` keeps them). Without enough work or cores: `known` as is.
 */
export async function checkFilesInWorkers(
  jobs: readonly CheckJob[],
  ctx: CheckContext,
  known?: FileCheckCache,
  {
    cores = availableParallelism(),
    minFiles = PARALLEL_FROM,
    inThread = true,
    workers,
  }: {
    cores?: number;
    minFiles?: number;
    /** Workers started earlier (startCheckWorkers), which loaded while the files were read. */
    workers?: CheckWorkers | undefined;
    /** Whether this thread takes batches too (false: only the workers, so a test sees them at work). */
    inThread?: boolean;
  } = {},
): Promise<FileCheckCache | undefined> {
  const hits = new Map<SourceFile, CachedCheck>();
  const todo: CheckJob[] = [];
  for (const job of jobs) {
    const hit = known?.get(job.kind, job.file);
    if (hit) hits.set(job.file, hit);
    else todo.push(job);
  }
  if (todo.length < minFiles) {
    workers?.stop();
    return known && wrap(hits, known);
  }
  const pool = workers ?? startCheckWorkers(cores);
  if (!pool) return known && wrap(hits, known);
  const ctxOnly = { currentYear: ctx.currentYear, today: ctx.today };
  pool.run({ jobs: sharedContents(todo), ctx: ctxOnly });
  // This thread checks too, from the first batch on, while the workers load; after each batch it
  // takes in what the workers sent meanwhile.
  const batches: CheckedBatch[] = [];
  try {
    if (inThread)
      takeBatches(todo, ctxOnly, pool.next, (start, results) => {
        batches.push({ start, results }, ...pool.drain());
      });
  } catch (err) {
    pool.stop(); // a check that threw: the workers stop too, instead of checking on for nobody
    throw err;
  }
  batches.push(...(await pool.finish()));
  const results = inJobOrder(batches);
  // In the order of the jobs, so the persistent cache is written the same whoever checked what.
  todo.forEach((job, i) => {
    const result = results[i];
    if (!result) return; // a worker failed on its batch: validateDataset checks the file
    hits.set(job.file, result);
    known?.set(job.kind, job.file, result);
  });
  return wrap(hits, known);
}

/**
 * Reads and checks files on every core at once: each thread reads the files of the batches it
 * takes, so reading (a quarter of a second at 10,000 files on a warm disk cache, over a second
 * on a cold one, issue #28) is shared and starts while the workers still load. Returns the
 * files in the order of `reads` (bytes as read and checked, in shared memory) and a cache with
 * every result, also written to `known`. A file a worker could not read is read here (an error
 * then is thrown as reading always did); a batch a worker left unchecked is checked by
 * validateDataset as always. Only for files no cache can answer: a cache is asked by content.
 */
export async function readAndCheckInWorkers(
  reads: readonly ReadJob[],
  ctx: CheckContext,
  workers: CheckWorkers,
  known?: FileCheckCache,
  { inThread = true }: { inThread?: boolean } = {},
): Promise<{ files: SourceFile[]; checked: FileCheckCache }> {
  const ctxOnly = { currentYear: ctx.currentYear, today: ctx.today };
  workers.run({ reads: [...reads], ctx: ctxOnly });
  // After each of its own batches this thread takes in what the workers sent meanwhile.
  const batches: CheckedBatch[] = [];
  try {
    if (inThread)
      takeReadBatches(reads, ctxOnly, workers.next, (start, contents, results) => {
        batches.push({ start, results, contents }, ...workers.drain());
      });
  } catch (err) {
    workers.stop(); // a file that vanished since the listing: no worker is left running
    throw err;
  }
  batches.push(...(await workers.finish()));
  const results = inJobOrder(batches);
  const contents: (Uint8Array | undefined)[] = [];
  for (const b of batches) b.contents?.forEach((bytes, i) => (contents[b.start + i] = bytes));
  // What no thread read (a worker failed, or could not read a file) is read here, in order.
  const missing = reads.flatMap((_, i) => (contents[i] ? [] : [i]));
  if (missing.length) readFilesShared(missing.map((i) => reads[i]!.abs)).forEach((b, k) => (contents[missing[k]!] = b));
  const files = reads.map((r, i): SourceFile => ({ path: r.path, content: contents[i]! }));
  const hits = new Map<SourceFile, CachedCheck>();
  files.forEach((file, i) => {
    const result = results[i];
    if (!result) return;
    hits.set(file, result);
    known?.set(reads[i]!.kind, file, result);
  });
  return { files, checked: wrap(hits, known) };
}

/** The results of every thread's batches, by job; a hole where none came. */
function inJobOrder(batches: readonly CheckedBatch[]): (CachedCheck | undefined)[] {
  const results: (CachedCheck | undefined)[] = [];
  for (const { start, results: done } of batches) done.forEach((result, i) => (results[start + i] = result));
  return results;
}

/** Bytes that workers can read without a copy of their own. */
const isShared = (content: SourceFile['content']): boolean => typeof content !== 'string' && content.buffer instanceof SharedArrayBuffer;

/**
 * The jobs with every file's bytes in shared memory, which workers read without a copy of their
 * own: receiving 13,000 separate buffers took a worker longer than loading the validator
 * (measured: ready after 460-700 ms against 220-310 ms). Bytes read into shared memory
 * (read-files.ts) stay where they are, others are copied into one SharedArrayBuffer; texts stay
 * as they are.
 */
function sharedContents(jobs: readonly CheckJob[]): CheckJob[] {
  let size = 0;
  for (const { file } of jobs) if (typeof file.content !== 'string' && !isShared(file.content)) size += file.content.byteLength;
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  let at = 0;
  return jobs.map(({ kind, file }) => {
    if (typeof file.content === 'string' || isShared(file.content)) return { kind, file: { path: file.path, content: file.content } };
    bytes.set(file.content, at);
    at += file.content.byteLength;
    return { kind, file: { path: file.path, content: bytes.subarray(at - file.content.byteLength, at) } };
  });
}

/**
 * A cache that answers from the results in hand. Every file of the jobs was already asked of
 * `known` once: asking again would count each miss twice in `npm run validate`'s cache report.
 */
function wrap(results: Map<SourceFile, CachedCheck>, known: FileCheckCache | undefined): FileCheckCache {
  return {
    get: (_kind, file) => results.get(file),
    set: (kind, file, result) => known?.set(kind, file, result),
  };
}
