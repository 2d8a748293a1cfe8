/**
 * Facts about this build that come from outside the data files: when the data last changed.
 * An impure edge like dataset.ts: asks git once for the last change and once for the history.
 */
import { execFileSync } from 'node:child_process';
import { dataDir } from './dataset';
import { GIT_LOG_ARGS, historyOf, parseGitLog, unavailable, type DataHistory } from '../lib/history';

/**
 * ISO date of the newest commit that changed data/ (what "laatst bijgewerkt" means to a
 * reader), or today when there is no git history to ask (a copy without .git, a fork's data
 * folder outside the repository). Called once per build, by getSite (src/io/site.ts).
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

/**
 * The history of every data file from ONE `git log` over the data folder (src/lib/history.ts
 * parses it), never one process per file: at 10,000 files that would be 10,000 processes. A
 * shallow clone (CI's default checkout) or no git at all gives "not available", so the pages say
 * so instead of presenting a cut-off history as the whole one.
 */
export function dataHistory(dir: string = dataDir()): DataHistory {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return unavailable('shallow');
    return historyOf(parseGitLog(git(GIT_LOG_ARGS)));
  } catch {
    return unavailable('no-git');
  }
}
