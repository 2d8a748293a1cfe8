/**
 * The proposal sync of `npm run cms` (scripts/lib/cms-sync.mjs) on two real git repositories:
 * the user's and decap-server's clone. Nothing either side saved may be rewound or lost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { proposalBranches, syncProposals } from '../../scripts/lib/cms-sync.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-cms-sync-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

let n = 0;
let root: string, clone: string, stateFile: string;
/** Commits one file on `branch` of `repo` (via a temporary worktree-free plumbing path). */
const commitOn = (repo: string, branch: string, file: string, text: string, from?: string) => {
  const current = git(repo, 'symbolic-ref', '--short', 'HEAD');
  git(repo, 'checkout', '-q', ...(from ? ['-B', branch, from] : [branch]));
  writeFileSync(join(repo, file), text);
  git(repo, 'add', file);
  git(repo, 'commit', '-q', '-m', `${branch}: ${file}`);
  git(repo, 'checkout', '-q', current);
  return git(repo, 'rev-parse', branch);
};
const sync = () => syncProposals({ root, clone, base: 'main', stateFile });
const tip = (repo: string, b: string) => proposalBranches(repo).get(b);
const fileOn = (repo: string, ref: string, file: string) => git(repo, 'show', `${ref}:${file}`);

beforeEach(() => {
  const dir = join(tmp, String(n++));
  root = join(dir, 'repo');
  clone = join(dir, 'cms-repo');
  stateFile = join(dir, 'sync.json');
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  writeFileSync(join(root, 'a.yaml'), 'a: 1\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'start');
  git(root, 'clone', '-q', root, clone);
  git(clone, 'fetch', '-q', root, '+HEAD:refs/remotes/atlas/base');
});

describe('syncing proposals between the repository and the CMS clone', () => {
  it('brings a new proposal and its workflow status from the clone into the repository', () => {
    const c = commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 1\n', 'main');
    git(clone, 'config', 'branch.cms/initiatives/x.description', 'decap-cms/pending_review');
    expect(sync()).toEqual([]);
    expect(tip(root, 'cms/initiatives/x')).toBe(c);
    expect(git(root, 'config', '--get', 'branch.cms/initiatives/x.description')).toBe('decap-cms/pending_review');
  });

  it("a maintainer's commit on a proposal is kept, and the CMS continues from it", () => {
    commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 1\n', 'main');
    sync();
    const maintainer = commitOn(root, 'cms/initiatives/x', 'org.yaml', 'org: 1\n');
    for (let i = 0; i < 3; i++) sync();
    expect(tip(root, 'cms/initiatives/x')).toBe(maintainer);
    expect(tip(clone, 'cms/initiatives/x')).toBe(maintainer);
    // The next save in the CMS builds on it.
    const next = commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 2\n');
    sync();
    expect(tip(root, 'cms/initiatives/x')).toBe(next);
    expect(fileOn(root, 'cms/initiatives/x', 'org.yaml')).toBe('org: 1');
  });

  it('when both sides changed a proposal, neither is overwritten: both versions are kept and the user is told once', () => {
    commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 1\n', 'main');
    sync();
    const mine = commitOn(root, 'cms/initiatives/x', 'x.yaml', 'x: van de beheerder\n');
    const theirs = commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: uit het invoerscherm\n');
    const said = sync();
    expect(tip(root, 'cms/initiatives/x')).toBe(mine);
    expect(tip(clone, 'cms/initiatives/x')).toBe(theirs);
    const kept = `cms-conflict/initiatives/x-${theirs!.slice(0, 8)}`;
    expect(git(root, 'rev-parse', kept)).toBe(theirs);
    expect(said.join('\n')).toContain(kept);
    expect(sync()).toEqual([]);
  });

  it('never moves a proposal branch that is checked out in the repository; it follows after a switch', () => {
    commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 1\n', 'main');
    sync();
    git(root, 'checkout', '-q', 'cms/initiatives/x');
    const before = git(root, 'rev-parse', 'HEAD');
    const saved = commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 2\n');
    const said = sync();
    expect(said.join('\n')).toContain('uitgecheckt');
    expect(sync()).toEqual([]);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(before);
    expect(git(root, 'status', '--porcelain')).toBe('');
    git(root, 'checkout', '-q', 'main');
    sync();
    expect(tip(root, 'cms/initiatives/x')).toBe(saved);
  });

  it('follows a rebase in the clone that lost no commit', () => {
    const first = commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 1\n', 'main');
    sync();
    // The base moves on; decap-server rebases the proposal onto it when it saves again.
    commitOn(root, 'main', 'b.yaml', 'b: 1\n');
    git(clone, 'fetch', '-q', root, '+main:refs/remotes/atlas/base');
    git(clone, 'checkout', '-q', '-B', 'main', 'refs/remotes/atlas/base');
    git(clone, 'checkout', '-q', 'cms/initiatives/x');
    git(clone, 'rebase', '-q', 'main');
    git(clone, 'checkout', '-q', 'main');
    const rebased = tip(clone, 'cms/initiatives/x');
    expect(rebased).not.toBe(first);
    expect(sync()).toEqual([]);
    expect(tip(root, 'cms/initiatives/x')).toBe(rebased);
  });

  it('deletes a proposal on one side only when the other side still has exactly the agreed version', () => {
    commitOn(clone, 'cms/initiatives/weg', 'w.yaml', 'w: 1\n', 'main');
    commitOn(clone, 'cms/initiatives/blijft', 'b.yaml', 'b: 1\n', 'main');
    sync();
    // Deleted in the CMS, unchanged in the repository: deleted there too.
    git(clone, 'branch', '-q', '-D', 'cms/initiatives/weg');
    // Deleted in the CMS, but the maintainer had committed on it meanwhile: kept and handed back.
    git(clone, 'branch', '-q', '-D', 'cms/initiatives/blijft');
    const maintainer = commitOn(root, 'cms/initiatives/blijft', 'b.yaml', 'b: 2\n');
    sync();
    expect(tip(root, 'cms/initiatives/weg')).toBeUndefined();
    expect(tip(root, 'cms/initiatives/blijft')).toBe(maintainer);
    expect(tip(clone, 'cms/initiatives/blijft')).toBe(maintainer);
  });

  it('a proposal the repository already had at the start reaches the clone; a save not yet synced survives a restart', () => {
    const existing = commitOn(root, 'cms/initiatives/oud', 'o.yaml', 'o: 1\n', 'main');
    sync();
    expect(tip(clone, 'cms/initiatives/oud')).toBe(existing);
    // A save in the last second before the terminal closed: the next start syncs before anything else.
    const late = commitOn(clone, 'cms/initiatives/oud', 'o.yaml', 'o: 2\n');
    sync();
    expect(tip(root, 'cms/initiatives/oud')).toBe(late);
  });

  it('keeps what was published in the clone as a branch of the repository', () => {
    const c = commitOn(clone, 'cms/initiatives/x', 'x.yaml', 'x: 1\n', 'main');
    git(clone, 'merge', '-q', '--no-edit', 'cms/initiatives/x');
    git(clone, 'branch', '-q', '-D', 'cms/initiatives/x');
    const said = sync();
    const kept = git(root, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/cms-gepubliceerd/');
    expect(kept).not.toBe('');
    expect(git(root, 'merge-base', '--is-ancestor', c, kept) === '').toBe(true);
    expect(said.join('\n')).toContain(kept);
  });
});
