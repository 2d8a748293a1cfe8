/**
 * Facts about this build that come from outside the data files: when the data last changed.
 * An impure edge like dataset.ts: asks git once per build.
 */
import { execFileSync } from 'node:child_process';
import { dataDir } from './dataset';

/**
 * ISO date of the newest commit that changed data/ (what "laatst bijgewerkt" means to a
 * reader), or today when there is no git history to ask (a copy without .git, a fork's data
 * folder outside the repository). Called once per build, by getSite (src/site.ts).
 */
export function dataLastChanged(): string {
  const today = new Date().toISOString().slice(0, 10);
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', dataDir()], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today;
  } catch {
    return today;
  }
}
