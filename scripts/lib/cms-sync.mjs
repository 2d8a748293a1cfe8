/**
 * Keeps the proposals (`cms/*` branches) of `npm run cms`'s own clone and of the user's
 * repository in step, so that neither side can rewind or delete what the other saved.
 *
 * decap-server works in a clone (.tmp/cms-repo; scripts/cms.mjs says why). Before, every 3 s the
 * clone's branches were force-fetched over the repository's (a maintainer's commit on a
 * proposal branch vanished within seconds) and a start force-fetched the other way (a save made
 * in the last seconds before the terminal closed vanished). Now each branch is compared with
 * the last state both sides agreed on (kept in a small file) and moved only forward:
 * - one side ahead of the other (a fast-forward): the other side follows;
 * - decap-server rebased a proposal onto a newer base: the repository follows only when every
 *   commit it had is in the new branch as the same change (git cherry); else as below;
 * - both sides changed: neither is touched; the clone's version is kept beside it as
 *   `cms-conflict/<branch>-<commit>` in the repository, and the user is told so, once;
 * - a branch checked out in the repository is never moved (that would change the files under
 *   the user's hands); it follows once the user switches away, and the user is told so, once;
 * - a branch that one side deleted while the other still had the agreed version is deleted on
 *   the other side too (a proposal deleted in the CMS, or merged and deleted by a maintainer);
 *   one with new commits is never deleted, it is copied over instead;
 * - the workflow status (decap-server keeps it as the branch's description in git config) is
 *   copied along, so it survives a restart.
 * Commits that reach the clone's base branch (a publish, which the CMS refuses locally; see
 * admin.ts) are kept in the repository as `cms-gepubliceerd/<commit>`, never lost with the clone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeWhole } from '../../src/io/write-whole.mjs';

const run = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const tryRun = (cwd, ...args) => {
  try {
    return run(cwd, ...args);
  } catch {
    return undefined;
  }
};

/** `cms/*` branches of a repository: name → commit. */
export function proposalBranches(repo) {
  const out = new Map();
  const text = tryRun(repo, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads/cms/') ?? '';
  for (const line of text.split('\n').filter(Boolean)) {
    const [name, sha] = line.split(' ');
    out.set(name, sha);
  }
  return out;
}

/** Branches checked out in any working tree of `repo`. */
function checkedOut(repo) {
  const text = tryRun(repo, 'worktree', 'list', '--porcelain') ?? '';
  return new Set([...text.matchAll(/^branch refs\/heads\/(.+)$/gm)].map((m) => m[1]));
}

const isAncestor = (repo, a, b) => {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', a, b], { cwd: repo, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const readState = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { agreed: {}, told: {} };
  }
};
const writeState = (file, state) => writeWhole(file, JSON.stringify(state, null, 2));

const description = (repo, name) => tryRun(repo, 'config', '--get', `branch.${name}.description`);
const copyDescription = (from, to, name) => {
  const d = description(from, name);
  if (d !== undefined && d !== description(to, name)) tryRun(to, 'config', `branch.${name}.description`, d);
};

/**
 * One round of syncing between `root` (the user's repository) and `clone` (decap-server's).
 * `base` is the clone's base branch. Returns the messages for the user (Dutch), each said once.
 */
export function syncProposals({ root, clone, base, stateFile }) {
  const state = readState(stateFile);
  state.agreed ??= {};
  state.told ??= {};
  const say = [];
  const tell = (key, message) => {
    if (state.told[key]) return;
    state.told[key] = true;
    say.push(message);
  };
  const inRoot = proposalBranches(root);
  const inClone = proposalBranches(clone);
  const busyInRoot = checkedOut(root);
  const cloneHead = tryRun(clone, 'symbolic-ref', '--short', '-q', 'HEAD');
  // Both repositories see each other's commits: the clone's under refs/atlas-clone/, the
  // repository's under refs/atlas-root/ in the clone (plain fetches, no branch moves).
  tryRun(root, 'fetch', '-q', '--no-tags', '--prune', clone, '+refs/heads/cms/*:refs/atlas-clone/cms/*');
  tryRun(clone, 'fetch', '-q', '--no-tags', '--prune', root, '+refs/heads/cms/*:refs/atlas-root/cms/*');

  const setRoot = (name, sha) => run(root, 'update-ref', `refs/heads/${name}`, sha);
  const setClone = (name, sha) => run(clone, 'update-ref', `refs/heads/${name}`, sha);

  for (const name of new Set([...inRoot.keys(), ...inClone.keys()])) {
    const r = inRoot.get(name);
    const c = inClone.get(name);
    const agreed = state.agreed[name];
    if (r === c) {
      state.agreed[name] = r;
      copyDescription(clone, root, name);
      continue;
    }
    if (r && !c) {
      if (agreed === r && !busyInRoot.has(name)) {
        // Deleted in the CMS; the repository still had exactly the agreed version.
        run(root, 'branch', '-q', '-D', name);
        delete state.agreed[name];
      } else {
        setClone(name, r);
        copyDescription(root, clone, name);
        state.agreed[name] = r;
      }
      continue;
    }
    if (c && !r) {
      if (agreed === c && cloneHead !== name) {
        // Merged or deleted in the repository by a maintainer: the clone lets go too.
        run(clone, 'branch', '-q', '-D', name);
        delete state.agreed[name];
      } else {
        setRoot(name, c);
        copyDescription(clone, root, name);
        state.agreed[name] = c;
      }
      continue;
    }
    // Both have it, at different commits.
    if (isAncestor(root, r, c) || noCommitLost(root, r, c)) {
      if (busyInRoot.has(name)) {
        tell(
          `busy:${name}:${c}`,
          `${name} is uitgecheckt in uw werkmap; het nieuwe opslaan uit het invoerscherm komt erin zodra u van branch wisselt.`,
        );
        continue;
      }
      setRoot(name, c);
      copyDescription(clone, root, name);
      state.agreed[name] = c;
    } else if (isAncestor(clone, c, r) && cloneHead !== name) {
      // A maintainer's commit on the proposal: the CMS continues from it.
      setClone(name, r);
      state.agreed[name] = r;
    } else if (!isAncestor(clone, c, r)) {
      const keep = `cms-conflict/${name.slice('cms/'.length)}-${c.slice(0, 8)}`;
      if (!tryRun(root, 'rev-parse', '-q', '--verify', `refs/heads/${keep}`)) setRoot(keep, c);
      tell(
        `conflict:${name}:${r}:${c}`,
        `${name} is zowel in het invoerscherm als in uw repository gewijzigd. Niets is overschreven: uw versie staat in ${name}, die van het invoerscherm in ${keep}. Voeg ze samen met git.`,
      );
    }
  }

  // A publish in the clone (refused in the CMS, but possible through decap-server's API) must
  // not vanish with the clone: keep its commits in the repository.
  const published = tryRun(clone, 'rev-list', '--max-count=1', `refs/remotes/atlas/base..refs/heads/${base}`);
  if (published) {
    const keep = `cms-gepubliceerd/${published.slice(0, 8)}`;
    tryRun(root, 'fetch', '-q', '--no-tags', clone, `refs/heads/${base}:refs/heads/${keep}`);
    tell(
      `published:${published}`,
      `In het invoerscherm is iets gepubliceerd; het staat bewaard als branch ${keep}. Voeg het samen met git merge.`,
    );
  }
  writeState(stateFile, state);
  return say;
}

/** True when every commit of `from` has the same change in `to` (a rebase lost nothing). */
function noCommitLost(repo, from, to) {
  const text = tryRun(repo, 'cherry', to, from);
  return text !== undefined && !text.split('\n').some((l) => l.startsWith('+'));
}

/** Where the agreed state of a repository and its clone is kept. */
export const stateFileOf = (clone) => `${clone}.sync.json`;
