/** One worker of check-files-in-workers.ts: takes batches of files until none are left and sends the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { takeBatches, type WorkerReply, type WorkerRequest } from './check-files-in-workers';

const { jobs, ctx, next } = workerData as WorkerRequest;
let reply: WorkerReply;
try {
  reply = { batches: takeBatches(jobs, ctx, next) };
} catch (err) {
  reply = { error: (err as Error).stack ?? String(err) };
}
parentPort!.postMessage(reply);
