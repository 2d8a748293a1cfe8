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
import { Worker } from 'node:worker_threads';
import type { EntityKind } from '../lib/schema/schemas';
import { checkFile } from '../lib/validate/check-file';
import type { CachedCheck, CheckContext, FileCheckCache, SourceFile } from '../lib/validate/records';

/** Below this many unchecked files one thread is faster than starting workers. */
export const PARALLEL_FROM = 1500;

/** Files a thread takes at a time: enough to make taking cheap, few enough to end together. */
export const BATCH = 50;

export interface CheckJob {
  kind: EntityKind;
  file: SourceFile;
}

/** What a worker is sent: every job, and the counter (one Int32) the threads take batches from. */
export interface WorkerRequest {
  jobs: CheckJob[];
  ctx: CheckContext;
  next: SharedArrayBuffer;
}
/** What a worker sends back: the results of the batches it took, each from its first job's index. */
export type WorkerReply = { batches: [start: number, results: CachedCheck[]][] } | { error: string };

/**
 * The worker's entry. A compiled CLI (scripts/run-compiled.mjs) replaces ATLAS_CHECK_WORKER at
 * bundle time with its compiled worker, which starts in a tenth of the time; elsewhere (the
 * build, the tests) the worker is TypeScript like everything else, and its starter registers tsx.
 */
function workerEntry(): URL {
  const compiled = process.env.ATLAS_CHECK_WORKER;
  return compiled ? new URL(compiled) : new URL('./check-files-worker-start.mjs', import.meta.url);
}

/** checkFile's result as a cache keeps it: positions are rebuilt in the main thread when a message needs them. */
function checkOne({ kind, file }: CheckJob, ctx: CheckContext): CachedCheck {
  const res = checkFile(kind, file, ctx);
  return { problems: res.problems, ...(res.parsed ? { id: res.parsed.id, value: res.parsed.value } : {}) };
}

/**
 * Takes batches of `jobs` from the shared counter until none are left and checks them; what
 * both the thread itself and every worker (check-files-worker.ts) run.
 */
export function takeBatches(jobs: readonly CheckJob[], ctx: CheckContext, next: SharedArrayBuffer): [number, CachedCheck[]][] {
  const counter = new Int32Array(next);
  const done: [number, CachedCheck[]][] = [];
  for (let start = Atomics.add(counter, 0, BATCH); start < jobs.length; start = Atomics.add(counter, 0, BATCH))
    done.push([start, jobs.slice(start, start + BATCH).map((job) => checkOne(job, ctx))]);
  return done;
}

/** Starts a worker on `request`; resolves with its batches, or with none when it fails (its files are then checked later). */
function runWorker(request: WorkerRequest): Promise<[number, CachedCheck[]][]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerEntry(), { workerData: request });
    } catch {
      // A sandbox without threads changes nothing but speed.
      resolve([]);
      return;
    }
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      resolve('error' in reply ? [] : reply.batches);
    });
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
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
  }: {
    cores?: number;
    minFiles?: number;
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
  const threads = Math.min(cores, 4);
  if (threads < 2 || todo.length < minFiles) return known && wrap(hits, known);
  const request: WorkerRequest = {
    jobs: todo.map((j) => ({ kind: j.kind, file: { path: j.file.path, content: j.file.content } })),
    ctx: { currentYear: ctx.currentYear, today: ctx.today },
    next: new SharedArrayBuffer(4),
  };
  const workers = Array.from({ length: threads - 1 }, () => runWorker(request));
  // This thread checks too, from the first batch on, while the workers load.
  const batches = [inThread ? takeBatches(todo, request.ctx, request.next) : [], ...(await Promise.all(workers))];
  const results: (CachedCheck | undefined)[] = [];
  for (const [start, done] of batches.flat()) done.forEach((result, i) => (results[start + i] = result));
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
 * A cache that answers from the results in hand. Every file of the jobs was already asked of
 * `known` once: asking again would count each miss twice in `npm run validate`'s cache report.
 */
function wrap(results: Map<SourceFile, CachedCheck>, known: FileCheckCache | undefined): FileCheckCache {
  return {
    get: (_kind, file) => results.get(file),
    set: (kind, file, result) => known?.set(kind, file, result),
  };
}
