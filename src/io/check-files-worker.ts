/**
 * One worker of check-files-in-workers.ts: loads the validator as soon as it starts, then waits
 * for the files, takes batches of them until none are left, and sends each batch's results on its
 * own port as soon as they are checked (check-workers.ts says why).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { takeBatches, takeReadBatches } from './check-files-in-workers';
import type { BatchMessage, WorkerReply, WorkerRequest } from './check-workers';

const { next, port } = workerData as { next: SharedArrayBuffer; port: MessagePort };
parentPort!.once('message', (request: WorkerRequest) => {
  let reply: WorkerReply = {};
  const send = (message: BatchMessage) => port.postMessage(message);
  try {
    if ('reads' in request)
      // Files read here: their bytes (in shared memory) go with the results, so the thread that
      // asked has every file as it was checked. A batch that cannot be read is left to it.
      takeReadBatches(
        request.reads,
        request.ctx,
        next,
        (start, contents, results) => send({ json: JSON.stringify([start, results]), contents }),
        true,
      );
    else takeBatches(request.jobs, request.ctx, next, (start, results) => send({ json: JSON.stringify([start, results]) }));
  } catch (err) {
    reply = { error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
