import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NL_BOUNDS } from '../../src/lib/map/projection';
import { buildSiteModel, type SiteModel } from '../../src/lib/site-model';
import type { Initiative } from '../../src/lib/schema/types.generated';
import type { SourceFile, DatasetInput, ValidatedDataset } from '../../src/lib/validate/validate-dataset';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Reads every file of a folder as a SourceFile with a path relative to `root` (the repository's, or a copy's). */
export function readFolder(rel: string, root = ROOT): SourceFile[] {
  const dir = join(root, rel);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ path: `${rel}/${name}`, content: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Every file below `dir` whose name matches `names`, depth first (for the tests that read the source). */
export function filesBelow(dir: string, names: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesBelow(p, names) : names.test(n) ? [p] : [];
  });
}

/** The real region sets of data/regions. */
export function realRegions(): DatasetInput['regions'] {
  const rel = 'data/regions';
  return readdirSync(join(ROOT, rel))
    .filter((n) => n.endsWith('.geojson'))
    .map((name) => ({ path: `${rel}/${name}`, text: readFileSync(join(ROOT, rel, name), 'utf8') }));
}

/** A dataset input with fixed dates so results do not depend on the day the tests run. */
export function input(initiatives: SourceFile[], organisations: SourceFile[], regions = realRegions()): DatasetInput {
  return { initiatives, organisations, regions, currentYear: 2026, today: '2026-11-22' };
}

/** A data file from text. */
export const file = (path: string, text: string): SourceFile => ({ path, content: text });

/** A tiny parsed initiative "file" for a rule: its YAML is its data, so line numbers can be read off the text. */
export function parsedInitiative(yaml: string, id = 'aa') {
  const file = `data/initiatives/${id}.yaml`;
  const parsed = parseDataFile(yaml, file);
  return { id, file, positions: parsed.positions, data: parsed.value as Initiative };
}

/**
 * The environment for a process a test starts: Vitest puts Vite's own variables (BASE_URL,
 * MODE, DEV, PROD, SSR, ...) into process.env, and a child `astro build` would obey them.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[k];
  return { ...env, ...extra };
}

/** The site model of a dataset as a build with base URL `base` makes it (pure; no git, no disk). */
export function siteModelOf(dataset: ValidatedDataset, base = '/'): SiteModel {
  return buildSiteModel(dataset, { base, lastChanged: '2026-01-15', map: { bounds: NL_BOUNDS, aggregateAbove: 400 } });
}
