/**
 * The one impure edge: reads data/ from disk for the build, the CLI and the tests.
 * Everything else receives the validated dataset as an argument.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatProblem, summariseProblems } from './lib/problems';
import { ENTITY_FOLDERS } from './lib/schema/schemas';
import { siteConfig } from './site.config';
import { validateDataset, type SourceFile, type ValidatedDataset } from './lib/validate/validate-dataset';

/** The data folder: `ATLAS_DATA_DIR` (benchmarks, fork tests) or ./data. */
export function dataDir(): string {
  return resolve(process.env.ATLAS_DATA_DIR ?? 'data');
}

/** Reads many files with bounded concurrency (all at once hits EMFILE at 10k+ files). */
async function readAll(paths: string[], root: string): Promise<SourceFile[]> {
  const out: SourceFile[] = new Array(paths.length);
  const BATCH = 256;
  for (let i = 0; i < paths.length; i += BATCH) {
    await Promise.all(paths.slice(i, i + BATCH).map(async (p, j) => {
      out[i + j] = { path: relative(root, p).split('\\').join('/'), content: new Uint8Array(await readFile(p)) };
    }));
  }
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => join(dir, e.name)).sort();
  } catch {
    return [];
  }
}

/** Reads and validates the whole dataset in `dir` (default: dataDir()). */
export async function loadDataset(dir = dataDir()): Promise<ValidatedDataset> {
  // Paths in messages are relative to the repository (the data folder's parent).
  const root = resolve(dir, '..');
  const [initiatives, organisations, regionPaths] = await Promise.all([
    listFiles(join(dir, ENTITY_FOLDERS.initiative)).then((p) => readAll(p, root)),
    listFiles(join(dir, ENTITY_FOLDERS.organisation)).then((p) => readAll(p, root)),
    listFiles(join(dir, 'regions')),
  ]);
  const regions = await Promise.all(regionPaths.filter((p) => p.endsWith('.geojson')).map(async (p) => ({
    path: relative(root, p).split('\\').join('/'), text: await readFile(p, 'utf8'),
  })));
  const now = new Date();
  return validateDataset({
    initiatives, organisations, regions, ...(siteConfig.regionSets ? { regionSetIds: siteConfig.regionSets } : {}),
    currentYear: now.getUTCFullYear(),
    today: now.toISOString().slice(0, 10),
  });
}

/** Thrown when the data has errors; its message lists every one of them. */
export class DatasetError extends Error {
  constructor(public readonly dataset: ValidatedDataset) {
    const errors = dataset.problems.filter((p) => p.severity === 'error');
    const files = dataset.initiatives.length + dataset.organisations.length;
    super(`De data bevat fouten; er is niets gepubliceerd.\n\n${errors.map(formatProblem).join('\n')}\n\n${summariseProblems(dataset.problems, files)}`);
    this.name = 'DatasetError';
  }
}

let cached: Promise<ValidatedDataset> | undefined;

/**
 * Where the build's validation integration leaves the dataset it has just checked. Astro
 * renders pages in the same process but from its own module instance of this file, so a
 * module variable would not reach them; without this the data was read and validated twice.
 */
export const VALIDATED_DATASET_KEY = Symbol.for('samenwerkingsatlas.validated-dataset');

/** The validated dataset for this build, loaded once per process; throws on any error. */
export function getDataset(): Promise<ValidatedDataset> {
  const handedOver = (globalThis as Record<symbol, ValidatedDataset | undefined>)[VALIDATED_DATASET_KEY];
  cached ??= (handedOver ? Promise.resolve(handedOver) : loadDataset()).then((d) => {
    if (d.problems.some((p) => p.severity === 'error')) throw new DatasetError(d);
    return d;
  });
  return cached;
}
