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
    reply = { batches: JSON.stringify(takeBatches(jobs, ctx, next)) };
  } catch (err) {
    reply = { error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
