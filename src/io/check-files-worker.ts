/**
 * One worker of check-files-in-workers.ts: loads the validator as soon as it starts, then waits
 * for the files, takes batches of them until none are left and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeBatches, type WorkerReply, type WorkerRequest } from './check-files-in-workers';

const { next } = workerData as { next: SharedArrayBuffer };
parentPort!.once('message', ({ jobs, ctx }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    // Each batch as JSON as soon as it is checked: the same text JSON.stringify gives for the
    // whole list, but the results die young instead of surviving every collection until the end.
    const parts = takeBatches(jobs, ctx, next, (start, results) => JSON.stringify([start, results]));
    reply = { batches: `[${parts.join(',')}]` };
  } catch (err) {
    reply = { error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
