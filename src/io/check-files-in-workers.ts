/**
 * Checks many data files on every core. Parsing YAML with positions is most of the time of a
 * cold validation (0.4 ms a file: 4 s at 10,000 initiatives), and the files are independent,
 * so worker threads each take a share. The result is an in-memory FileCheckCache that
 * validateDataset then reads: validateDataset itself stays pure and single-threaded, and the
 * rules between files run once, on everything, as always.
 *
 * Small datasets are checked in the thread itself (starting a worker costs about 0.6 s), and so
 * is everything when a worker cannot start or fails: parallelism is only ever a speed-up.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntityKind } from '../lib/schema/schemas';
import type { CachedCheck, CheckContext, FileCheckCache, SourceFile } from '../lib/validate/records';

/** Below this many unchecked files one thread is faster than starting workers. */
export const PARALLEL_FROM = 1500;

export interface CheckJob {
  kind: EntityKind;
  file: SourceFile;
}

/** What a worker is sent and sends back. */
export interface WorkerRequest {
  jobs: CheckJob[];
  ctx: CheckContext;
}
export type WorkerReply = { results: CachedCheck[] } | { error: string };

/**
 * The worker's entry. A compiled CLI (scripts/run-compiled.mjs) replaces ATLAS_CHECK_WORKER at
 * bundle time with its compiled worker, which starts in a tenth of the time; elsewhere (the
 * build, the tests) the worker is TypeScript like everything else, and its starter registers tsx.
 */
function workerEntry(): URL {
  const compiled = process.env.ATLAS_CHECK_WORKER;
  return compiled ? new URL(compiled) : new URL('./check-files-worker-start.mjs', import.meta.url);
}

function runWorker(request: WorkerRequest): Promise<CachedCheck[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(), { workerData: request });
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.results);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validatie-worker stopte met code ${code}`));
    });
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
  { cores = availableParallelism(), minFiles = PARALLEL_FROM }: { cores?: number; minFiles?: number } = {},
): Promise<FileCheckCache | undefined> {
  const hits = new Map<SourceFile, CachedCheck>();
  const todo: CheckJob[] = [];
  for (const job of jobs) {
    const hit = known?.get(job.kind, job.file);
    if (hit) hits.set(job.file, hit);
    else todo.push(job);
  }
  const workers = Math.min(cores, 4);
  if (workers < 2 || todo.length < minFiles) return known && wrap(hits, known);
  // Interleaved shares, so each worker gets as many initiatives (the slow kind) as the others.
  const shares = Array.from({ length: workers }, (_, w) => todo.filter((_, i) => i % workers === w));
  let results: CachedCheck[][];
  try {
    results = await Promise.all(
      shares.map((share) =>
        runWorker({ jobs: share.map((j) => ({ kind: j.kind, file: { path: j.file.path, content: j.file.content } })), ctx }),
      ),
    );
  } catch {
    // A worker that cannot start (no tsx, a sandbox without threads) changes nothing but speed.
    return known && wrap(hits, known);
  }
  shares.forEach((share, w) =>
    share.forEach((job, i) => {
      const result = results[w]![i]!;
      hits.set(job.file, result);
      known?.set(job.kind, job.file, result);
    }),
  );
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
