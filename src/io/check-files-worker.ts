/**
 * One worker of check-files-in-workers.ts: loads the validator as soon as it starts, then waits
 * for the files, takes batches of them until none are left and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeBatches, takeReadBatches } from './check-files-in-workers';
import type { WorkerReply, WorkerRequest } from './check-workers';

const { next } = workerData as { next: SharedArrayBuffer };
parentPort!.once('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    // Each batch as JSON as soon as it is checked: the same text JSON.stringify gives for the
    // whole list, but the results die young instead of surviving every collection until the end.
    if ('reads' in request) {
      // Files read here: their bytes (in shared memory) go back with the results, so the thread
      // that asked has every file as it was checked. A batch that cannot be read is left to it.
      const contents: [number, Uint8Array[]][] = [];
      const parts = takeReadBatches(
        request.reads,
        request.ctx,
        next,
        (start, bytes, results) => {
          contents.push([start, bytes]);
          return JSON.stringify([start, results]);
        },
        true,
      );
      reply = { batches: `[${parts.join(',')}]`, contents };
    } else {
      const parts = takeBatches(request.jobs, request.ctx, next, (start, results) => JSON.stringify([start, results]));
      reply = { batches: `[${parts.join(',')}]` };
    }
  } catch (err) {
    reply = { error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
