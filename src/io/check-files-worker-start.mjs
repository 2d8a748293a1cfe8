// Starts a worker of check-files-in-workers.ts: a worker thread does not inherit the parent's
// TypeScript loader (and `--import tsx` in its execArgv comes too late for its own entry), so
// it registers tsx itself, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./check-files-worker.ts');
