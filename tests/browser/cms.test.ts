import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validate/validate-dataset';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { launchBrowser } from '../../scripts/lib/chromium';
import { ROOT, childEnv } from '../helpers/fixtures';
import { freePort, skipBrowser, startServer } from '../helpers/site';

const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

describe.skipIf(skipBrowser)('the CMS with the local backend in git mode', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let proxy: ChildProcess;
  let repo: string;
  let port: number;
  /** The branch the CMS proposes changes against (decap-server may check out its own). */
  let base: string;

  beforeAll(async () => {
    // A throw-away clone: the CMS commits to branches there, never to this repository.
    repo = join(mkdtempSync(join(tmpdir(), 'atlas-cms-')), 'repo');
    base = git(ROOT, 'rev-parse', '--abbrev-ref', 'HEAD').trim();
    execFileSync('git', ['clone', '-q', '--branch', base, ROOT, repo]);
    git(repo, 'config', 'user.email', 'cms-test@example.org');
    git(repo, 'config', 'user.name', 'CMS test');
    port = await freePort();
    proxy = spawn(process.execPath, [join(ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')], {
      env: childEnv({ MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(port), GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      proxy.stdout!.on('data', (b: Buffer) => { if (b.toString().includes('listening')) resolve(); });
      proxy.once('exit', (c) => reject(new Error(`decap-server exited with ${c}`)));
    });
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
    proxy?.kill();
    if (repo) rmSync(join(repo, '..'), { recursive: true, force: true });
  });

  const admin = async (hash: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${server.url}admin/?poort=${port}`);
    await page.click('button:has-text("Inloggen")');
    await page.waitForSelector('text=Inhoudstypen');
    await page.goto(`${server.url}admin/?poort=${port}${hash}`);
    return page;
  };
  const choose = async (page: Page, field: string, option: string) => {
    await page.click(`[id^="${field}-field"]`, { force: true });
    await page.getByText(option, { exact: true }).last().click();
  };
  const branches = () => git(repo, 'branch', '--list', 'cms/*').split('\n').map((b) => b.replace(/^[*+ ]+/, '').trim()).filter(Boolean);
  const save = async (page: Page) => {
    await page.click('button:has-text("Opslaan")');
  };

  it('creates an initiative through the form: one valid, canonical file on a cms/ branch', async () => {
    const page = await admin('#/collections/initiatives/new');
    await page.fill('[id^="name-field"]', 'Testcentrum Waterstof Noord');
    await choose(page, 'kind', 'Centrum voor Innovatief Vakmanschap (CIV)');
    await choose(page, 'status', 'In ontwikkeling');
    await page.fill('[id^="summary-field"]', 'Een centrum waar mbo-studenten en bedrijven samen werken aan waterstoftechniek.');
    await page.click('[id^="lead_organisation-field"]', { force: true });
    await page.keyboard.type('Scalda');
    await page.getByText('Scalda', { exact: true }).last().click();
    // A location without typing coordinates: choose the place, the picker fills them in.
    await page.click('[data-add-location]');
    await page.locator('input[data-place]:visible').fill('Leeuwarden');
    await expect.poll(() => page.locator('[data-coordinates]:visible').textContent()).toMatch(/Coördinaten: 53\.\d+, 5\.\d+/);
    await page.click('button:has-text("Voeg bronnen toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/waterstof/');
    await save(page);
    const created = () => { try { return git(repo, 'show', 'cms/initiatives/testcentrum-waterstof-noord:data/initiatives/testcentrum-waterstof-noord.yaml'); } catch { return ''; } };
    await expect.poll(created, { timeout: 20_000 }).toMatch(/^name: Testcentrum Waterstof Noord$/m);

    const changed = git(repo, 'diff', '--name-status', base, 'cms/initiatives/testcentrum-waterstof-noord').trim().split('\n');
    expect(changed).toEqual(['A\tdata/initiatives/testcentrum-waterstof-noord.yaml']);
    const text = git(repo, 'show', 'cms/initiatives/testcentrum-waterstof-noord:data/initiatives/testcentrum-waterstof-noord.yaml');
    const file = 'data/initiatives/testcentrum-waterstof-noord.yaml';
    expect(checkFile('initiative', { path: file, content: text }).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(formatDataFile('initiative', text, file).text).toBe(text);
    expect(text).toMatch(/^kind: civ$/m);
    expect(text).toMatch(/^lead_organisation: scalda$/m);
    expect(text).toMatch(/latitude: 53\.2012/);
    await page.close();
  });

  it('editing one field of an existing initiative changes only that field\'s lines', async () => {
    const page = await admin('#/collections/initiatives/entries/civ-wind-op-zee');
    const summary = 'Centrum voor Innovatief Vakmanschap voor offshore wind in Zeeland; aangepast in de test.';
    await page.fill('[id^="summary-field"]', summary);
    await save(page);
    // The branch appears before its commit lands: wait for the changed file itself.
    const show = () => { try { return git(repo, 'show', 'cms/initiatives/civ-wind-op-zee:data/initiatives/civ-wind-op-zee.yaml'); } catch { return ''; } };
    await expect.poll(() => show().replace(/\n {2}/g, ' '), { timeout: 20_000 }).toContain(summary);
    const before = git(repo, 'show', `${base}:data/initiatives/civ-wind-op-zee.yaml`);
    const after = git(repo, 'show', 'cms/initiatives/civ-wind-op-zee:data/initiatives/civ-wind-op-zee.yaml');
    expect(after.replace(/\n {2}/g, ' '), after).toContain(summary);
    // Take the summary block (its key line and folded continuation lines) out of both:
    // what is left must be identical, line for line.
    const withoutSummary = (t: string) => t.replace(/^summary:.*\n(?: {2}.*\n)*/m, '');
    expect(withoutSummary(after)).toBe(withoutSummary(before));
    expect(git(repo, 'diff', '--name-only', base, 'cms/initiatives/civ-wind-op-zee').trim()).toBe('data/initiatives/civ-wind-op-zee.yaml');
    await page.close();
  });

  it('blocks saving an invalid entry with a Dutch message naming the field', async () => {
    const page = await admin('#/collections/initiatives/new');
    await page.fill('[id^="name-field"]', 'Ongeldig Testinitiatief');
    await choose(page, 'kind', 'Publiek-private samenwerking (PPS)');
    await choose(page, 'status', 'Actief');
    await page.fill('[id^="summary-field"]', 'Te kort.');
    await page.click('button:has-text("Voeg bronnen toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/');
    await save(page);
    await expect.poll(() => page.locator('.Toastify').textContent(), { timeout: 10_000 }).toMatch(/Opslaan kan nog niet[\s\S]*Samenvatting[\s\S]*Te kort/);
    expect(branches()).not.toContain('cms/initiatives/ongeldig-testinitiatief');
    await page.close();
  });
});
