/**
 * `npm run cms`, typed as the README documents it, in a throw-away copy of this repository
 * (under .tmp/, so packages resolve from this repository's node_modules), with Chromium to
 * drive it: what tests/browser/cms.test.ts and place-picker.test.ts share. The copy has an
 * uncommitted change and an untracked file, as a contributor's working tree would: saving must
 * work anyway and must leave both exactly as they were.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium';
import { ROOT, childEnv } from './fixtures';
import { freePort } from './site';

/** A file with an uncommitted change, and an untracked file, in the copy. */
export const DIRTY_FILE = 'data/README.md';
export const UNTRACKED_FILE = 'notities-van-mij.txt';
export const DIRTY_TEXT = '\nEen wijziging die nog niet is vastgelegd.\n';
export const UNTRACKED_TEXT = 'van mij\n';

export const git = (repo: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Waits until `ready` holds (beforeAll cannot use expect.poll); false when `gone` says the
 * process stopped first.
 */
async function waitFor(ready: () => Promise<boolean>, ms: number, log: () => string, gone: () => boolean): Promise<boolean> {
  const until = Date.now() + ms;
  while (!(await ready())) {
    if (gone()) return false;
    if (Date.now() > until) throw new Error(`npm run cms did not come up in ${ms / 1000} s:\n${log()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return true;
}

/** A running `npm run cms` in its copy, with a browser. */
export interface CmsSession {
  browser: Browser;
  /** The npm process (its own process group: signal `-cms.pid` to reach cms.mjs too). */
  cms: ChildProcess;
  /** The copy of the repository the CMS works in. */
  repo: string;
  port: number;
  devPort: number;
  /** Everything `npm run cms` printed so far. */
  output(): string;
  /** A new page, logged in, at an admin hash (`#/collections/initiatives/new`). */
  admin(hash: string): Promise<Page>;
  /** Reads a file on a branch of the copy ('' when it is not there), each time it is called: for polling. */
  fileOnBranch(branch: string, file: string): () => string;
  /** Ends `npm run cms` as a user would (TERM), waits until it says it stopped, removes the copy. */
  stop(): Promise<void>;
}

/**
 * Copies the working tree (tracked and untracked, not ignored) into a new repository and starts
 * `npm run cms` there; `env` is added to its environment (a fork's ATLAS_CONFIG).
 */
export async function startCms(env: Record<string, string> = {}): Promise<CmsSession> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const repo = join(mkdtempSync(join(ROOT, '.tmp', 'cms-test-')), 'repo');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    cpSync(join(ROOT, f), join(repo, f));
  }
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'cms-test@example.org');
  git(repo, 'config', 'user.name', 'CMS test');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'start');
  appendFileSync(join(repo, DIRTY_FILE), DIRTY_TEXT);
  writeFileSync(join(repo, UNTRACKED_FILE), UNTRACKED_TEXT);
  let output = '';
  let cms: ChildProcess;
  let port: number;
  let devPort: number;
  // Free ports are picked here and taken by the CMS a moment later: another test's server can take
  // one in between. The CMS then stops and says which port was in use (it never moves to another,
  // astro.config.mjs); it is started again on new ports, at most three times.
  for (let attempt = 1; ; attempt++) {
    [port, devPort] = [await freePort(), await freePort()];
    output = '';
    const started = spawn('npm', ['run', 'cms', '--', '--port', String(port), '--dev-port', String(devPort)], {
      cwd: repo,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    cms = started;
    started.stdout!.on('data', (b: Buffer) => {
      output += b.toString();
    });
    started.stderr!.on('data', (b: Buffer) => {
      output += b.toString();
    });
    const up = await waitFor(
      // With a time limit: whatever holds the port may never answer.
      async () =>
        (await fetch(`http://127.0.0.1:${devPort}/admin/`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined))?.status === 200,
      120_000,
      () => output,
      () => started.exitCode !== null || started.signalCode !== null,
    );
    if (up) break;
    if (attempt === 3 || !/already in use|is bezet/.test(output)) throw new Error(`npm run cms stopped before it came up:\n${output}`);
  }
  const browser = await launchBrowser();
  return {
    browser,
    cms,
    repo,
    port,
    devPort,
    output: () => output,
    async admin(hash) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await page.goto(`http://127.0.0.1:${devPort}/admin/`);
      await page.click('button:has-text("Inloggen")', { timeout: 120_000 });
      await page.waitForSelector('text=Inhoudstypen', { timeout: 60_000 });
      await page.goto(`http://127.0.0.1:${devPort}/admin/${hash}`);
      return page;
    },
    fileOnBranch: (branch, file) => () => {
      try {
        return git(repo, 'show', `${branch}:${file}`);
      } catch {
        return '';
      }
    },
    async stop() {
      await browser.close();
      if (cms.pid && cms.exitCode === null && cms.signalCode === null) {
        const exited = new Promise((r) => cms.once('exit', r));
        process.kill(-cms.pid, 'SIGTERM');
        await exited;
      }
      // cms.mjs syncs the branches once more after npm itself has exited: wait until it says it stopped.
      for (let i = 0; i < 60 && output.includes('Invoerscherm:') && !output.includes('Invoerscherm gestopt'); i++)
        await new Promise((r) => setTimeout(r, 500));
      rmSync(join(repo, '..'), { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    },
  };
}

/** Picks an option in a select field; `last` for the newest one of that name (inside a list item). */
export async function choose(page: Page, field: string, option: string, last = false): Promise<void> {
  const control = page.locator(`[id^="${field}-field"]`);
  await (last ? control.last() : control.first()).click({ force: true });
  await page.getByText(option, { exact: true }).last().click();
}

/** Saves the entry being edited. */
export async function save(page: Page): Promise<void> {
  await page.click('button:has-text("Opslaan")');
}
