/**
 * `npm run validate`: checks every data file and prints each problem as
 * file:line:column, field, what is wrong and what would be right. Exit 0 = no errors.
 * `--format github` prints workflow annotations for pull requests as well.
 */
import { loadDataset } from '../src/dataset.ts';
import { formatGithubAnnotation, formatProblem, summariseProblems } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const github = args.includes('--format=github') || (args.includes('--format') && args[args.indexOf('--format') + 1] === 'github');
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--format');
const started = performance.now();
const dataset = await loadDataset(dirArg);
for (const p of dataset.problems) {
  console.log(formatProblem(p));
  if (github) console.log(formatGithubAnnotation(p));
}
const files = dataset.initiatives.length + dataset.organisations.length;
const ms = Math.round(performance.now() - started);
console.log(`${summariseProblems(dataset.problems, files)} (${dataset.initiatives.length} initiatieven, ${dataset.organisations.length} organisaties, ${ms} ms)`);
process.exit(dataset.problems.some((p) => p.severity === 'error') ? 1 : 0);
