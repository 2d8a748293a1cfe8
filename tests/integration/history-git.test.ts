/**
 * The history step against real git repositories made here (src/io/build-info.ts dataHistory):
 * one run over the data folder, a shallow clone says the history is not available, and a folder
 * outside git does too, instead of failing the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataHistory } from '../../src/io/build-info';
import { entryHistory } from '../../src/lib/history';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-history-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.org',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });

describe('the data history from git', () => {
  const repo = join(tmp, 'repo');
  mkdirSync(join(repo, 'data', 'initiatives'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'data', 'initiatives', 'a.yaml'), 'name: A\n');
  writeFileSync(join(repo, 'README.md'), 'niet in data\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Nieuw: A');
  writeFileSync(join(repo, 'data', 'initiatives', 'a.yaml'), 'name: A2\n');
  writeFileSync(join(repo, 'data', 'initiatives', 'b.yaml'), 'name: B\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Correctie van A; B erbij');

  it('reads every change of every data file, newest first, paths relative to the data folder', () => {
    const h = dataHistory(join(repo, 'data'));
    expect(h.available).toBe(true);
    if (!h.available) return;
    expect(h.commits.map((c) => c.subject)).toEqual(['Correctie van A; B erbij', 'Nieuw: A']);
    expect(entryHistory(h, 'initiatives/a.yaml').changes.map((c) => c.kind)).toEqual(['changed', 'added']);
    expect(entryHistory(h, 'initiatives/b.yaml').changes.map((c) => c.kind)).toEqual(['added']);
    expect([...h.byFile.keys()].sort()).toEqual(['initiatives/a.yaml', 'initiatives/b.yaml']);
  });

  it('says the history is not available in a shallow clone', () => {
    const clone = join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    const h = dataHistory(join(clone, 'data'));
    expect(h).toEqual({ available: false, reason: expect.stringContaining('onvolledige kopie') });
  });

  it('says the history is not available outside git', () => {
    const plain = join(tmp, 'plain', 'data');
    mkdirSync(plain, { recursive: true });
    expect(dataHistory(plain)).toEqual({ available: false, reason: expect.stringContaining('zonder Git') });
  });
});
