/**
 * Starting the worker threads that check data files (check-files-in-workers.ts does the
 * checking), apart from the validator itself: `npm run validate` starts them before this
 * thread has loaded the validator, so they load it at the same time on the other cores and join
 * the checking sooner (issue #28). Nothing here imports the validator.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntityKind } from '../lib/schema/schemas';
import type { CachedCheck, CheckContext, SourceFile } from '../lib/validate/records';

/** Below this many unchecked files one thread is faster than starting workers. */
export const PARALLEL_FROM = 1500;

export interface CheckJob {
  kind: EntityKind;
  file: SourceFile;
}

/** A file still to be read, by whichever thread takes its batch: `abs` on disk, `path` as the data names it. */
export interface ReadJob {
  kind: EntityKind;
  path: string;
  abs: string;
}

/**
 * What a worker is sent: every job, and when to judge "in the future". `jobs` hold files already
 * read; `reads` are read by the thread that takes them (readAndCheckInWorkers).
 */
export type WorkerRequest = { jobs: CheckJob[]; ctx: CheckContext } | { reads: ReadJob[]; ctx: CheckContext };
/**
 * What a worker sends back: the results of the batches it took, each from its first job's index,
 * as JSON. This thread reads them when its own batches are done, when nothing else can run:
 * JSON.parse made them in half the time structured cloning took (5,000 results: 40-44 ms against
 * 66-136 ms). JSON keeps a result exactly as the persistent cache (validate-cache.ts) keeps it.
 */
export type WorkerReply = { batches: string; contents?: [number, Uint8Array[]][] } | { error: string };

/**
 * The worker's entry. A compiled CLI (scripts/run-compiled.mjs) replaces ATLAS_CHECK_WORKER at
 * bundle time with its compiled worker, which starts in a tenth of the time; elsewhere (the
 * build, the tests) the worker is TypeScript like everything else, and its starter registers tsx.
 */
function workerEntry(): URL {
  const compiled = process.env.ATLAS_CHECK_WORKER;
  return compiled ? new URL(compiled) : new URL('./check-files-worker-start.mjs', import.meta.url);
}

/**
 * Worker threads loading the validator, and the counter (one Int32 in shared memory) that they
 * and this thread take batches from. Started before the files are read, they load meanwhile.
 */
export interface CheckWorkers {
  next: SharedArrayBuffer;
  /** Sends every worker the jobs; resolves with each worker's batches (none for a worker that failed). */
  run(request: WorkerRequest): Promise<[number, CachedCheck[]][][]>;
  /** After run() with `reads`: the bytes each worker read, per batch, by the batch's first index. */
  contents(): Promise<[number, Uint8Array[]][]>;
  /** Stops the workers unused (too few files to check after all). */
  stop(): void;
}

/**
 * Starts a worker for every core but this thread's (at most three), each loading the validator
 * and then waiting for files. Undefined on one core. Until run() the workers do not keep the
 * process alive, so a failure before the files are sent cannot leave it hanging.
 */
export function startCheckWorkers(cores = availableParallelism()): CheckWorkers | undefined {
  const count = Math.min(cores, 4) - 1;
  if (count < 1) return undefined;
  const next = new SharedArrayBuffer(4);
  const workers: Worker[] = [];
  const replies: Promise<{ batches: [number, CachedCheck[]][]; contents: [number, Uint8Array[]][] }>[] = [];
  for (let i = 0; i < count; i++) {
    let worker: Worker;
    try {
      worker = new Worker(workerEntry(), { workerData: { next } });
    } catch {
      continue; // a sandbox without threads changes nothing but speed
    }
    worker.unref();
    workers.push(worker);
    replies.push(
      new Promise((resolve) => {
        worker.once('message', (reply: WorkerReply) => {
          void worker.terminate();
          resolve(
            'error' in reply
              ? { batches: [], contents: [] }
              : { batches: JSON.parse(reply.batches) as [number, CachedCheck[]][], contents: reply.contents ?? [] },
          );
        });
        worker.once('error', () => resolve({ batches: [], contents: [] }));
        worker.once('exit', () => resolve({ batches: [], contents: [] }));
      }),
    );
  }
  return {
    next,
    run(request) {
      for (const w of workers) {
        w.ref();
        w.postMessage(request);
      }
      return Promise.all(replies).then((all) => all.map((r) => r.batches));
    },
    contents: () => Promise.all(replies).then((all) => all.flatMap((r) => r.contents)),
    stop() {
      for (const w of workers) void w.terminate();
    },
  };
}

/** Whether `files` data files of which `cached` have a result in the cache already are enough to start workers for (PARALLEL_FROM). */
export const worthWorkers = (files: number, cached = 0): boolean => files - cached >= PARALLEL_FROM;

/** Workers for such a dataset, when it is worth them (worthWorkers) and there is a core to spare. */
export function startCheckWorkersFor(files: number, cached = 0, cores = availableParallelism()): CheckWorkers | undefined {
  return worthWorkers(files, cached) ? startCheckWorkers(cores) : undefined;
}
