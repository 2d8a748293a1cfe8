/** One worker of check-files-in-workers.ts: checks its share of files and sends the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './check-files-in-workers';
import { checkFile } from '../lib/validate/check-file';

const { jobs, ctx } = workerData as WorkerRequest;
let reply: WorkerReply;
try {
  reply = {
    results: jobs.map(({ kind, file }) => {
      const res = checkFile(kind, file, ctx);
      // The same shape a cache keeps: positions are rebuilt in the main thread when a message needs them.
      return { problems: res.problems, ...(res.parsed ? { id: res.parsed.id, value: res.parsed.value } : {}) };
    }),
  };
} catch (err) {
  reply = { error: (err as Error).stack ?? String(err) };
}
parentPort!.postMessage(reply);
