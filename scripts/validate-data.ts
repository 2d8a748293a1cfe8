/**
 * `npm run validate`: checks every data file and prints each problem as
 * file:line:column, field, what is wrong and what would be right. Exit 0 = no errors.
 * `--format github` prints workflow annotations for pull requests as well.
 *
 * Two caches, neither of which can hide an error (src/io/validate-cache.ts says why):
 * - when nothing at all changed since the last run (no data file, region file, schema,
 *   validator module, package, ATLAS_* setting, nor the day), its outcome is printed again
 *   without loading the validator;
 * - otherwise per-file results are reused for unchanged files (keyed by content), and the
 *   rules between files always run.
 * `--no-cache` checks everything afresh and stores nothing.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliArgs } from './lib/args.ts';
import { dataDir } from '../src/io/data-dir.ts';
import { fileProblem, formatGithubAnnotation, formatProblem, summariseProblems } from '../src/lib/problems.ts';
import {
  defaultCacheFile,
  openValidateCache,
  readRunMemo,
  runKey,
  runMemoFile,
  validatorFingerprint,
  writeRunMemo,
  type RunOutcome,
} from '../src/io/validate-cache.ts';

const USAGE = 'npm run validate [-- [map met data] [--format text|github] [--no-cache]]';
const { values, positionals } = cliArgs(
  { format: { type: 'string', default: 'text' }, 'no-cache': { type: 'boolean', default: false } },
  USAGE,
);
if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format '${values.format}' bestaat niet: kies text of github.\nGebruik: ${USAGE}`);
  process.exit(2);
}
const github = values.format === 'github';
const dir = positionals[0] ? resolve(positionals[0]) : dataDir();
// A folder that is not there is said so, in the words the user typed (a newcomer review got "no
// region set found" in data/regions for a mistyped path).
let found: ReturnType<typeof statSync> | undefined;
try {
  found = statSync(dir, { throwIfNoEntry: false });
} catch {
  found = undefined; // unreadable: said below as not there, never as a stack trace
}
if (!found?.isDirectory()) {
  const missing = fileProblem(positionals[0] ?? dir, 'Deze datamap bestaat niet (of is geen map).', {
    hint: 'Geef de map met de data op (npm run validate -- <map>), of laat het weg voor data/ van dit project.',
  });
  console.log(formatProblem(missing));
  if (github) console.log(formatGithubAnnotation(missing));
  process.exit(1);
}
const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const useCache = !values['no-cache'];
const fingerprint = useCache ? validatorFingerprint(root, dir, new Date().toISOString().slice(0, 10)) : '';
const key = useCache ? runKey(root, fingerprint, dir, process.env, [import.meta.filename]) : '';
const memoFile = runMemoFile(root, dir);
const memo = useCache ? readRunMemo(memoFile, key) : undefined;

let outcome: RunOutcome;
let cacheNote = '';
if (memo) {
  outcome = memo;
  cacheNote = ', niets veranderd sinds de vorige controle';
} else {
  // The validator itself (schemas, ajv, YAML) is loaded only when there is something to check.
  // The folder is listed first: when enough files are left that no cache answers for, worker
  // threads start loading the validator now, at the same time as this thread, and join the
  // checking about 0.2 s sooner than when loadDataset starts them (issue #28, BENCHMARKS.md).
  const cache = useCache ? openValidateCache(defaultCacheFile(root), fingerprint) : undefined;
  const { scanDataDir, fileCount } = await import('../src/io/scan-data-dir.ts');
  const { startCheckWorkersFor } = await import('../src/io/check-workers.ts');
  const layout = await scanDataDir(dir);
  const workers = startCheckWorkersFor(fileCount(layout), cache?.size);
  const { loadDataset } = await import('../src/io/dataset.ts');
  const dataset = await loadDataset(dir, cache, { layout, workers });
  cache?.save();
  outcome = { problems: dataset.problems, initiatives: dataset.checked.initiatives, organisations: dataset.checked.organisations };
  if (useCache) writeRunMemo(memoFile, key, outcome);
  if (cache) cacheNote = `, ${cache.hits} van ${cache.hits + cache.misses} uit de cache`;
}
for (const p of outcome.problems) {
  console.log(formatProblem(p));
  if (github) console.log(formatGithubAnnotation(p));
}
const ms = Math.round(performance.now() - started);
console.log(
  `${summariseProblems(outcome.problems, outcome.initiatives + outcome.organisations)} (${outcome.initiatives} initiatieven, ${outcome.organisations} organisaties, ${ms} ms${cacheNote})`,
);
process.exit(outcome.problems.some((p) => p.severity === 'error') ? 1 : 0);
