/**
 * `npm run report:queue`: the editors' work queue, grouped and counted, each line naming the
 * file and what to do (src/lib/queue/work-queue.ts). `-- --markdown` prints it as Markdown.
 * Reads the data folder (ATLAS_DATA_DIR, default data/); it changes nothing.
 */
import { relative } from 'node:path';
import { dataDir, loadDataset } from '../src/io/dataset.ts';
import { formatQueue, workQueue } from '../src/lib/queue/work-queue.ts';
import { siteConfig } from '../src/site.config.ts';
import { cliArgs } from './lib/args.ts';

cliArgs({}, 'npm run report:queue');
const dir = dataDir();
const dataset = await loadDataset(dir);
const errors = dataset.problems.filter((p) => p.severity === 'error');
if (errors.length) {
  console.error(`De data heeft ${errors.length} fout(en); los die eerst op (npm run validate).`);
  process.exit(1);
}
const groups = workQueue({
  initiatives: dataset.initiatives,
  organisations: dataset.organisations,
  today: new Date().toISOString().slice(0, 10),
  maxAgeMonths: siteConfig.checks.maxAgeMonths,
  dataFolder: relative(process.cwd(), dir) || '.',
});
console.log(formatQueue(groups));
