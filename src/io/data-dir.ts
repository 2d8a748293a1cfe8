import { resolve } from 'node:path';

/** The data folder: `ATLAS_DATA_DIR` (benchmarks, fork tests) or ./data. Its own module: cheap to import. */
export function dataDir(): string {
  return resolve(process.env.ATLAS_DATA_DIR ?? 'data');
}
