/**
 * `npm run validate`: checks every data file and prints each problem as
 * file:line:column, field, what is wrong and what would be right. Exit 0 = no errors.
 * `--format github` prints workflow annotations for pull requests as well.
 * Per-file results are kept in .tmp/validate-cache.json, keyed by content and by a fingerprint
 * of the schemas, the validator and the day (src/validate-cache.ts); `--no-cache` checks
 * everything afresh. The rules between files always run.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, loadDataset } from '../src/dataset.ts';
import { formatGithubAnnotation, formatProblem, summariseProblems } from '../src/lib/problems.ts';
import { defaultCacheFile, openValidateCache, validatorFingerprint } from '../src/validate-cache.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' }, 'no-cache': { type: 'boolean', default: false } },
});
const github = values.format === 'github';
const dir = positionals[0] ? resolve(positionals[0]) : dataDir();
const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const cache = values['no-cache']
  ? undefined
  : openValidateCache(defaultCacheFile(root), validatorFingerprint(root, dir, new Date().toISOString().slice(0, 10)));
const dataset = await loadDataset(dir, cache);
cache?.save();
for (const p of dataset.problems) {
  console.log(formatProblem(p));
  if (github) console.log(formatGithubAnnotation(p));
}
const files = dataset.initiatives.length + dataset.organisations.length;
const ms = Math.round(performance.now() - started);
const cached = cache ? `, ${cache.hits} van ${cache.hits + cache.misses} uit de cache` : '';
console.log(
  `${summariseProblems(dataset.problems, files)} (${dataset.initiatives.length} initiatieven, ${dataset.organisations.length} organisaties, ${ms} ms${cached})`,
);
process.exit(dataset.problems.some((p) => p.severity === 'error') ? 1 : 0);
