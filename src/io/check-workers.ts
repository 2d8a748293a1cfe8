/**
 * Starting the worker threads that check data files (check-files-in-workers.ts does the
 * checking), apart from the validator itself: `npm run validate` starts them before this
 * thread has loaded the validator, so they load it at the same time on the other cores and join
 * the checking sooner (issue #28). Nothing here imports the validator.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
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
 * What a worker sends for each batch as soon as it has checked it, on a port of its own: the
 * batch's first job's index and its results as JSON (`[start, results]`), and the bytes of the
 * files when it read them (views on shared memory, so nothing is copied). This thread reads
 * them between its own batches (CheckWorkers.drain), so only the last few are left for when
 * every file is checked: one reply with every result, parsed at the end, took 0.1 s at 10,000
 * files while nothing else could run (issue #28). JSON.parse made results in half the time
 * structured cloning took (5,000 results: 40-44 ms against 66-136 ms), and JSON keeps a result
 * exactly as the persistent cache (validate-cache.ts) keeps it.
 */
export interface BatchMessage {
  json: string;
  contents?: Uint8Array[];
}

/** One batch a worker checked: its first job's index, its results and, when the worker read them, the files' bytes. */
export interface CheckedBatch {
  start: number;
  results: CachedCheck[];
  contents?: Uint8Array[];
}

/** What a worker says on its parent port when it is done, and why it stopped early, if it did. */
export type WorkerReply = { error?: string };

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
  /** Sends every worker the jobs; they take batches from `next` until none are left. */
  run(request: WorkerRequest): void;
  /** The batches the workers sent since the last call, parsed; never waits. */
  drain(): CheckedBatch[];
  /**
   * Waits until every worker is done (or failed: the batches it sent before still count), then
   * gives the batches not drained yet.
   */
  finish(): Promise<CheckedBatch[]>;
  /** Stops the workers unused (too few files to check after all). */
  stop(): void;
}

/** A worker, the port its batches arrive on, and its end. */
interface Started {
  worker: Worker;
  port: MessagePort;
  ended: Promise<void>;
}

function batchOf(message: BatchMessage): CheckedBatch {
  const [start, results] = JSON.parse(message.json) as [number, CachedCheck[]];
  return message.contents ? { start, results, contents: message.contents } : { start, results };
}

/** Every batch waiting on `w`'s port, parsed. */
function receiveAll(w: Started): CheckedBatch[] {
  const out: CheckedBatch[] = [];
  for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
    out.push(batchOf(m.message as BatchMessage));
  }
  return out;
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
  const started: Started[] = [];
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    let worker: Worker;
    try {
      worker = new Worker(workerEntry(), { workerData: { next, port: port2 }, transferList: [port2] });
    } catch {
      port1.close();
      port2.close();
      continue; // a sandbox without threads changes nothing but speed
    }
    worker.unref();
    const ended = new Promise<void>((resolve) => {
      worker.once('message', () => {
        void worker.terminate();
        resolve();
      });
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
    });
    started.push({ worker, port: port1, ended });
  }
  return {
    next,
    run(request) {
      for (const { worker } of started) {
        worker.ref();
        worker.postMessage(request);
      }
    },
    drain: () => started.flatMap(receiveAll),
    async finish() {
      await Promise.all(started.map((w) => w.ended));
      // A port holds a message from the moment it is sent, so every batch is here now. One that
      // were not would only leave its files to validateDataset, which checks what has no result.
      const out = started.flatMap(receiveAll);
      for (const w of started) w.port.close();
      return out;
    },
    stop() {
      for (const { worker, port } of started) {
        void worker.terminate();
        port.close();
      }
    },
  };
}

/** Whether `files` data files of which `cached` have a result in the cache already are enough to start workers for (PARALLEL_FROM). */
export const worthWorkers = (files: number, cached = 0): boolean => files - cached >= PARALLEL_FROM;

/** Workers for such a dataset, when it is worth them (worthWorkers) and there is a core to spare. */
export function startCheckWorkersFor(files: number, cached = 0, cores = availableParallelism()): CheckWorkers | undefined {
  return worthWorkers(files, cached) ? startCheckWorkers(cores) : undefined;
}
