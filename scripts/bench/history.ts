/**
 * Times the history step of the build (src/io/build-info.ts dataHistory: one `git log` over the
 * data folder, parsed by src/lib/history.ts) and what the pages and the feed then do with it, on a
 * generated dataset in a fresh git repository with a realistic history: one commit adding every
 * file, then `--commits` commits each changing `--per-commit` initiatives.
 * Usage: node --import tsx scripts/bench/history.ts --n 10000 [--commits 200 --per-commit 50]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataHistory } from '../../src/io/build-info.ts';
import { feedEntries } from '../../src/lib/feed/changes.ts';
import { entryHistory } from '../../src/lib/history.ts';
import { cliArgs } from '../lib/args.ts';
import { generateDataset, prng } from './generate.ts';

const { values } = cliArgs(
  { n: { type: 'string', default: '1000' }, commits: { type: 'string', default: '200' }, 'per-commit': { type: 'string', default: '50' } },
  'node --import tsx scripts/bench/history.ts --n 1000 [--commits 200 --per-commit 50]',
);
const n = Number(values.n);
const commits = Number(values.commits);
const perCommit = Number(values['per-commit']);
const repo = resolve(`.tmp/bench-history-${n}`);
rmSync(repo, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
const data = join(repo, 'data');
generateDataset(n, data);
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'Data: every initiative and organisation');
const rnd = prng(7);
const ids = Array.from({ length: n }, (_, i) => `initiatief-${String(i).padStart(6, '0')}`);
for (let c = 0; c < commits; c++) {
  for (let k = 0; k < perCommit; k++) {
    const f = join(data, 'initiatives', `${ids[Math.floor(rnd() * n)]}.yaml`);
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(/^summary: (.*)$/m, (_m, s: string) => `summary: ${s} Bijgewerkt ${c}.`),
    );
  }
  git('commit', '-q', '-am', `Correctie ${c}: samenvatting van ${perCommit} initiatieven bijgewerkt`);
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
const runs = [0, 1, 2].map(() => {
  const [history, ms] = time(() => dataHistory(data));
  if (!history.available) throw new Error(history.reason);
  const [, pagesMs] = time(() => ids.forEach((id) => entryHistory(history, `initiatives/${id}.yaml`)));
  const names = new Map(ids.map((id) => [id, id]));
  const [, feedMs] = time(() =>
    feedEntries({ history, names, pageUrl: (id) => `https://x.example/initiatieven/${id}/`, host: 'x.example' }),
  );
  return { ms, pagesMs, feedMs, files: history.byFile.size, commits: history.commits.length };
});
// For comparison: what one `git log` process per file would cost, timed on 100 files.
const [, perFileMs] = time(() => ids.slice(0, 100).forEach((id) => git('log', '--format=%cI %s', '--', `data/initiatives/${id}.yaml`)));
const median = (k: 'ms' | 'pagesMs' | 'feedMs') => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
console.log(
  `${n} initiatieven, ${runs[0]!.files} bestanden, ${runs[0]!.commits} commits: git log + verwerken ${median('ms').toFixed(0)} ms, ` +
    `geschiedenis voor elke pagina ${median('pagesMs').toFixed(1)} ms, feed ${median('feedMs').toFixed(1)} ms (mediaan van 3); ` +
    `ter vergelijking één git log per bestand: ${(perFileMs / 100).toFixed(1)} ms per bestand, ${(((perFileMs / 100) * n) / 1000).toFixed(1)} s voor ${n}`,
);
