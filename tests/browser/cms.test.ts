import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validate/validate-dataset';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { choose, DIRTY_FILE, git, save, startCms, UNTRACKED_FILE, type CmsSession } from '../helpers/cms-session';
import { skipBrowser } from '../helpers/site';

/**
 * Drives the CMS through `npm run cms`, typed as the README documents it (tests/helpers/cms-session.ts):
 * saving must work in a working tree with an uncommitted change and an untracked file, and must
 * leave both exactly as they were.
 */
describe.skipIf(skipBrowser)('the CMS through npm run cms (local backend, git mode)', () => {
  let s: CmsSession;
  let browser: Browser;
  let cms: ChildProcess;
  let repo: string;
  let port: number;
  let devPort: number;
  /** The branch the CMS proposes changes against. */
  const base = 'main';
  const dirty = DIRTY_FILE;
  const untracked = UNTRACKED_FILE;

  beforeAll(async () => {
    s = await startCms();
    ({ browser, cms, repo, port, devPort } = s);
  });
  afterAll(async () => {
    await s?.stop();
  });

  const admin = (hash: string): Promise<Page> => s.admin(hash);
  const branches = () =>
    git(repo, 'branch', '--list', 'cms/*')
      .split('\n')
      .map((b) => b.replace(/^[*+ ]+/, '').trim())
      .filter(Boolean);

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
    await page.click('button:has-text("Voeg bron toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/waterstof/');
    await save(page);
    const created = () => {
      try {
        return git(repo, 'show', 'cms/initiatives/testcentrum-waterstof-noord:data/initiatives/testcentrum-waterstof-noord.yaml');
      } catch {
        return '';
      }
    };
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

  it("editing one field of an existing initiative changes only that field's lines", async () => {
    const page = await admin('#/collections/initiatives/entries/civ-wind-op-zee');
    const summary = 'Centrum voor Innovatief Vakmanschap voor offshore wind in Zeeland; aangepast in de test.';
    // The preview names the lead and the partners with their roles, as the detail page does.
    const preview = page.frameLocator('iframe').first().locator('body');
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).toMatch(/Penvoerder\s*Scalda/);
    expect(await preview.innerText()).toMatch(/Partners[\s\S]*Festo \(Bedrijfspartner\)/);
    expect(await preview.innerText()).not.toMatch(/Penvoerder\s*scalda/);
    await page.fill('[id^="summary-field"]', summary);
    await save(page);
    // The branch appears before its commit lands: wait for the changed file itself.
    const show = () => {
      try {
        return git(repo, 'show', 'cms/initiatives/civ-wind-op-zee:data/initiatives/civ-wind-op-zee.yaml');
      } catch {
        return '';
      }
    };
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
    await page.click('button:has-text("Voeg bron toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/');
    await save(page);
    await expect
      .poll(() => page.locator('.Toastify').textContent(), { timeout: 10_000 })
      .toMatch(/Niet opgeslagen\. Verbeter eerst[\s\S]*Samenvatting[\s\S]*Te kort/);
    expect(await page.locator('.Toastify').textContent()).not.toMatch(/Error|\b[a-z]+_[a-z_]+\b/);
    expect(branches()).not.toContain('cms/initiatives/ongeldig-testinitiatief');
    await page.close();
  });

  it('the login says whose editor it is and what happens to a proposal, and steps aside after login', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${devPort}/admin/`);
    await page.waitForSelector('button:has-text("Inloggen")', { timeout: 60_000 });
    // Seen, not only present: visible, and not covered by Decap's login page.
    await expect.poll(() => page.locator('#atlas-intro').isVisible()).toBe(true);
    expect(await page.locator('#atlas-intro').innerText()).toMatch(/Invoerscherm van de Samenwerkingsatlas[\s\S]*voorstel[\s\S]*beheerder/);
    const onTop = await page.evaluate(() => {
      const h = document.querySelector('#atlas-intro h1')!.getBoundingClientRect();
      return !!document.elementFromPoint(h.x + 10, h.y + h.height / 2)?.closest('#atlas-intro');
    });
    expect(onTop).toBe(true);
    await page.screenshot({ path: '/tmp/cms-login.png' });
    expect(await page.getAttribute('img[src$="admin/logo.svg"]', 'src')).toBeTruthy();
    await page.click('button:has-text("Inloggen")');
    await page.waitForSelector('text=Inhoudstypen');
    await expect.poll(() => page.locator('#atlas-intro').isHidden()).toBe(true);
    await page.close();
  });

  it('clearing an optional field saves a file without it, which passes validate and check:format', async () => {
    const page = await admin('#/collections/initiatives/entries/cew');
    const website = page.locator('[id^="website-field"]');
    expect(await website.inputValue()).not.toBe('');
    await website.fill('');
    await save(page);
    const show = () => {
      try {
        return git(repo, 'show', 'cms/initiatives/cew:data/initiatives/cew.yaml');
      } catch {
        return '';
      }
    };
    // The branch can appear (at the base commit) a moment before the save's commit: wait for the
    // saved file itself, which has no website line.
    await expect
      .poll(() => (show().startsWith('name:') && !/^website:/m.test(show()) ? 'opgeslagen' : show()), { timeout: 20_000 })
      .toBe('opgeslagen');
    const text = show();
    expect(text).not.toMatch(/^website:/m);
    expect(text).not.toMatch(/: ''$|: ""$/m);
    expect(
      checkFile('initiative', { path: 'data/initiatives/cew.yaml', content: text }).problems.filter((p) => p.severity === 'error'),
    ).toEqual([]);
    expect(formatDataFile('initiative', text, 'data/initiatives/cew.yaml').text).toBe(text);
    await page.close();
  });

  it('a contributor names a new organisation and picks a place the atlas did not have yet', async () => {
    const page = await admin('#/collections/initiatives/new');
    await page.fill('[id^="name-field"]', 'Zorgcampus Arnhem Test');
    await choose(page, 'kind', 'Regionaal netwerk of pact');
    await choose(page, 'status', 'Actief');
    await page.fill('[id^="summary-field"]', 'Zorginstellingen en scholen in Arnhem leiden samen op in de wijkzorg.');
    await page.click('button:has-text("Voeg nieuwe organisatie toe")');
    await page.locator('[id^="name-field"]').last().fill('Wijkzorg Arnhem Voorbeeld');
    await choose(page, 'kind', 'Bedrijf', true);
    await choose(page, 'role', 'Penvoerder', true);
    await page.click('[data-add-location]');
    // Arnhem is in no data file: the place comes from the GeoNames gazetteer. (The new
    // organisation has a place picker of its own: this is the locations' one.)
    const locations = page.locator('[data-place-picker]:has([data-add-location])');
    await locations.locator('input[data-place]').fill('Arnhem');
    await expect.poll(() => locations.locator('[data-coordinates]').textContent()).toMatch(/Coördinaten: 51\.9\d*, 5\.9\d*/);
    await page.click('button:has-text("Voeg bron toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/zorgcampus/');
    // The preview shows the new organisation, its role and kind.
    await expect
      .poll(() => page.frameLocator('iframe').first().locator('body').innerText(), { timeout: 10_000 })
      .toMatch(/Penvoerder\s*Wijkzorg Arnhem Voorbeeld[\s\S]*Nieuwe organisaties[\s\S]*Wijkzorg Arnhem Voorbeeld \(Penvoerder, Bedrijf/);
    await page.screenshot({ path: '/tmp/cms-preview-new-organisation.png' });
    await save(page);
    const show = () => {
      try {
        return git(repo, 'show', 'cms/initiatives/zorgcampus-arnhem-test:data/initiatives/zorgcampus-arnhem-test.yaml');
      } catch {
        return '';
      }
    };
    await expect.poll(show, { timeout: 20_000 }).toMatch(/^name: Zorgcampus Arnhem Test$/m);
    const text = show();
    expect(text).toContain('new_organisations:\n  - name: Wijkzorg Arnhem Voorbeeld\n    kind: company\n    role: lead');
    expect(text).toMatch(/latitude: 51\.98/);
    expect(
      checkFile('initiative', { path: 'data/initiatives/zorgcampus-arnhem-test.yaml', content: text }).problems.filter(
        (p) => p.severity === 'error',
      ),
    ).toEqual([]);
    expect(formatDataFile('initiative', text, 'data/initiatives/zorgcampus-arnhem-test.yaml').text).toBe(text);
    await page.close();
  });

  it('an organisation gets its coordinates from the place picker, and an unknown partner says what to do in Dutch', async () => {
    const page = await admin('#/collections/organisations/new');
    await page.fill('[id^="name-field"]', 'Testbedrijf Enschede');
    await choose(page, 'kind', 'Bedrijf');
    await page.locator('input[data-place]:visible').fill('Enschede');
    await expect.poll(() => page.locator('[data-coordinates]:visible').textContent()).toMatch(/Coördinaten: 52\.2\d*, 6\.8\d*/);
    await save(page);
    const show = () => {
      try {
        return git(repo, 'show', 'cms/organisations/testbedrijf-enschede:data/organisations/testbedrijf-enschede.yaml');
      } catch {
        return '';
      }
    };
    await expect.poll(show, { timeout: 20_000 }).toMatch(/^place: Enschede$/m);
    expect(show()).toMatch(/^latitude: 52\.2\d*$/m);
    expect(show()).toMatch(/^longitude: 6\.8\d*$/m);
    expect(
      checkFile('organisation', { path: 'data/organisations/testbedrijf-enschede.yaml', content: show() }).problems.filter(
        (p) => p.severity === 'error',
      ),
    ).toEqual([]);
    await page.close();

    const form = await admin('#/collections/initiatives/new');
    await form.click('[id^="lead_organisation-field"]', { force: true });
    await form.keyboard.type('Bestaatnietbv');
    await expect.poll(() => form.locator('body').textContent(), { timeout: 10_000 }).toContain('Vul haar in bij Nieuwe organisaties');
    expect(await form.locator('body').textContent()).not.toContain('No options');
    await form.close();
  });

  it('refuses a name that would give an invalid file name, in Dutch, before anything is written', async () => {
    const page = await admin('#/collections/initiatives/new');
    await page.fill('[id^="name-field"]', 'X Ω');
    await choose(page, 'kind', 'Publiek-private samenwerking (PPS)');
    await choose(page, 'status', 'Actief');
    await page.fill('[id^="summary-field"]', 'Een initiatief met een naam waarvan geen geldige bestandsnaam te maken is.');
    await page.click('button:has-text("Voeg bron toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/');
    await save(page);
    await expect
      .poll(() => page.locator('.Toastify').textContent(), { timeout: 10_000 })
      .toMatch(/Niet opgeslagen\. Verbeter eerst[\s\S]*bestandsnaam 'x'/);
    expect(branches().filter((b) => b.startsWith('cms/initiatives/x'))).toEqual([]);
    await page.close();
  });

  it('speaks plain Dutch on the list and the form: required fields marked and first, lists counted in Dutch, screen-reader texts translated', async () => {
    const page = await admin('#/collections/initiatives');
    await page.waitForSelector('text=Initiatief toevoegen');
    // In name order from the start (Decap compares names letter code by letter code, so "CBBE"
    // comes before "Campus"; it has no option for a Dutch alphabetical order).
    await page.waitForSelector('[class*="ListCardTitle"]', { timeout: 30_000 });
    const names = await page.locator('[class*="ListCardTitle"]').allInnerTexts();
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort());
    expect(await page.locator('body').innerText()).not.toMatch(/＋/);
    // No media button in the header: the CMS adds no files (a review found uploads offered).
    const header = await page.locator('header').first().innerText();
    expect(header).toMatch(/Workflow|Werkstroom|Inhoud|Collecties/i);
    expect(header).not.toMatch(/\bMedia\b|Bestanden/);
    await page.screenshot({ path: '/tmp/cms-list.png' });

    await page.goto(page.url().replace(/#.*/, '#/collections/initiatives/new'));
    await page.waitForSelector('[id^="name-field"]');
    // Required fields come first and say so, to the eye and in the label screen readers read.
    expect(await page.getByRole('textbox', { name: 'Naam (verplicht)' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Korte naam (niet verplicht)' }).count()).toBe(1);
    const labels = await page.locator('label[for*="-field-"]').evaluateAll((ls) =>
      ls.map(
        (l) =>
          l.textContent! +
          getComputedStyle(l, '::after')
            .content.replace(/^"|"$/g, '')
            .replace(/^none$/, ''),
      ),
    );
    expect(labels.slice(0, 5)).toEqual([
      'Naam (verplicht)',
      'Soort samenwerking (verplicht)',
      'Status (verplicht)',
      'Samenvatting (verplicht)',
      'Bronnen (verplicht)',
    ]);
    // "0 bronnen", "1 bron", "0 financieringen": singular and plural as Dutch has them.
    const text = () => page.locator('body').innerText();
    expect(await text()).toMatch(/0 bronnen/);
    expect(await text()).toMatch(/0 financieringen/);
    await page.click('button:has-text("Voeg bron toe")');
    await expect.poll(text).toMatch(/1 bron\b/);
    // The markdown toolbar and its switch.
    const titles = await page
      .locator('[title], [aria-label]')
      .evaluateAll((es) => es.map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`).join(' | '));
    expect(titles).toContain('Koppeling');
    expect(titles).toContain('Citaat');
    expect(await text()).toMatch(/Opgemaakt[\s\S]*Met opmaaktekens/);
    // react-select: what a screen reader hears on focus and on a remove button.
    await page.locator('[id^="levels-field"]').first().click({ force: true });
    await page.getByText('mbo', { exact: true }).last().click();
    await expect.poll(() => page.locator('[aria-label="mbo weghalen"]').count()).toBe(1);
    await page.locator('[id^="sectors-field"]').first().focus();
    await expect
      .poll(
        () =>
          page
            .locator('[id$="-live-region"]')
            .allInnerTexts()
            .then((t) => t.join(' ')),
        { timeout: 5000 },
      )
      .toMatch(/Keuzelijst|Kies met pijl/);
    const spoken = (await page
      .locator('[id$="-live-region"], [aria-label]')
      .evaluateAll((es) => es.map((e) => `${e.textContent} ${e.getAttribute('aria-label') ?? ''}`).join(' '))) as string;
    expect(spoken).not.toMatch(/is focused|type to refine|Use Up and Down|Remove |results available|, selected\./);
    const all = await text();
    for (const english of ['Error', 'Loading', 'Link', 'Quote', 'Rijke tekst', 'Markdown', 'Nieuw bericht', 'Select...'])
      expect(all, english).not.toContain(english);
    expect(all).not.toMatch(/Geen niet-opgeslagen|GEEN NIET-OPGESLAGEN/i);
    await page.screenshot({ path: '/tmp/cms-form.png', fullPage: true });
    await page.close();
  });

  it('takes a date the Dutch way and a success factor with its source address at once, and saves both as the schema wants', async () => {
    const page = await admin('#/collections/initiatives/new');
    await page.fill('[id^="name-field"]', 'Datumtest Techniek Twente');
    await choose(page, 'kind', 'Publiek-private samenwerking (PPS)');
    await choose(page, 'status', 'Actief');
    await page.fill('[id^="summary-field"]', 'Scholen en bedrijven in Twente leiden samen technici op voor de maakindustrie.');
    await page.click('button:has-text("Voeg bron toe")');
    await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/twente/');
    // "Geraadpleegd op" of the source, typed the Dutch way.
    await page.locator('[id^="sources-field"] [id^="consulted-field"]').first().fill('5-12-2026');
    await page.click('button:has-text("Voeg uitspraak toe")');
    await choose(page, 'theme', 'Vertrouwen en samenwerkingscultuur', true);
    await page.locator('[id^="statement-field"]').last().fill('De partners kennen elkaar en durven problemen te delen.');
    // The source's web address is there without unfolding "Bron" first.
    const sourceUrl = page.locator('[id^="success_factors-field"] [id^="url-field"]').first();
    await expect.poll(() => sourceUrl.isVisible(), { timeout: 10_000 }).toBe(true);
    await sourceUrl.fill('https://www.voorbeeld.nl/twente/evaluatie/');
    await page.screenshot({ path: '/tmp/cms-factor.png', fullPage: true });
    await save(page);
    const show = fileOnBranch('cms/initiatives/datumtest-techniek-twente', 'data/initiatives/datumtest-techniek-twente.yaml');
    await expect.poll(show, { timeout: 20_000 }).toMatch(/^name: Datumtest Techniek Twente$/m);
    const text = show();
    expect(text).toMatch(/^ {4}consulted: ["']?2026-12-05["']?$/m);
    expect(text).toContain('success_factors:\n  - theme: trust_culture\n');
    expect(text).toContain('url: https://www.voorbeeld.nl/twente/evaluatie/');
    // Keys in schema order (sources after the optional fields), though the form shows Bronnen fifth.
    expect(text.indexOf('\nsources:')).toBeGreaterThan(text.indexOf('\nsuccess_factors:'));
    const file = 'data/initiatives/datumtest-techniek-twente.yaml';
    expect(checkFile('initiative', { path: file, content: text }).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(formatDataFile('initiative', text, file).text).toBe(text);
    // Proposal cards give their dates in numbers, not "December 5".
    await page.goto(page.url().replace(/#.*/, '#/workflow'));
    await page.waitForSelector('text=Nieuw voorstel', { timeout: 20_000 });
    // The cards arrive after the board's heading ("Item laden..." meanwhile).
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toMatch(/\b\d{1,2}-\d{1,2}-\d{4}\b/);
    const board = await page.locator('body').innerText();
    expect(board).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
    await page.screenshot({ path: '/tmp/cms-workflow.png' });
    await page.close();
  });

  it('public pages are styled under npm run cms (the dev server’s inline styles are allowed in dev)', async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${devPort}/initiatieven/`);
    await page.waitForLoadState('networkidle');
    // The skip link is moved off-screen by the site's stylesheet; unstyled it sits at the top.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
    expect(refused).toEqual([]);
    await page.screenshot({ path: '/tmp/cms-dev-public.png' });
    await page.close();
  });

  const fileOnBranch = (branch: string, file: string) => s.fileOnBranch(branch, file);
  const flat = (s: string) => s.replace(/\n {2}/g, ' ');

  it('two tabs on the same entry: the second save is refused in Dutch and the first is kept; saving again in the first tab works', async () => {
    const branch = 'cms/initiatives/agro-leeft';
    const show = fileOnBranch(branch, 'data/initiatives/agro-leeft.yaml');
    const one = await admin('#/collections/initiatives/entries/agro-leeft');
    const two = await admin('#/collections/initiatives/entries/agro-leeft');
    await one.waitForSelector('[id^="summary-field"]');
    await two.waitForSelector('[id^="summary-field"]');
    const first = 'Samenwerking van Yuverta met agrarische bedrijven; opgeslagen in het eerste tabblad.';
    await one.fill('[id^="summary-field"]', first);
    await save(one);
    await expect.poll(() => flat(show()), { timeout: 20_000 }).toContain(first);
    await two.fill('[id^="summary-field"]', 'Samenwerking van Yuverta met agrarische bedrijven; opgeslagen in het tweede tabblad.');
    await save(two);
    await expect.poll(() => two.locator('.Toastify').textContent(), { timeout: 10_000 }).toMatch(/gewijzigd sinds u het opende/);
    // What the second tab typed is still in its form; the file keeps the first tab's save.
    expect(await two.inputValue('[id^="summary-field"]')).toContain('tweede tabblad');
    await new Promise((r) => setTimeout(r, 4000));
    expect(flat(show())).toContain(first);
    // The first tab knows its own save: a second save there is no conflict.
    const again = 'Samenwerking van Yuverta met agrarische bedrijven; twee keer opgeslagen in het eerste tabblad.';
    await one.fill('[id^="summary-field"]', again);
    await save(one);
    await expect.poll(() => flat(show()), { timeout: 20_000 }).toContain(again);
    await one.close();
    await two.close();
  });

  it("keeps a maintainer's commit on a proposal branch, and the next save in the CMS builds on it", async () => {
    const branch = 'cms/initiatives/agro-leeft';
    // A maintainer commits on the proposal (as adopt:organisations would), in a worktree of their own.
    const tree = join(repo, '..', 'beheerder');
    git(repo, 'worktree', 'add', '-q', tree, branch);
    writeFileSync(join(tree, 'data', 'organisations', 'beheerder-test.yaml'), 'name: Beheerder Test\nkind: other\n');
    git(tree, 'add', '-A');
    git(tree, 'commit', '-q', '-m', 'Organisatie van de beheerder');
    git(repo, 'worktree', 'remove', '--force', tree);
    const maintainer = git(repo, 'rev-parse', branch).trim();
    // Several sync rounds later the commit is still there...
    await new Promise((r) => setTimeout(r, 7000));
    expect(git(repo, 'rev-parse', branch).trim()).toBe(maintainer);
    // ...and the CMS's next save comes on top of it.
    const page = await admin('#/collections/initiatives/entries/agro-leeft');
    const text = 'Samenwerking van Yuverta met agrarische bedrijven; na de commit van de beheerder.';
    await page.fill('[id^="summary-field"]', text);
    await save(page);
    await expect.poll(() => flat(fileOnBranch(branch, 'data/initiatives/agro-leeft.yaml')()), { timeout: 20_000 }).toContain(text);
    expect(fileOnBranch(branch, 'data/organisations/beheerder-test.yaml')()).toContain('Beheerder Test');
    await page.close();
  });

  it('the local storage answers only the editing screen: not another host (DNS rebinding), not a file outside data/', async () => {
    const post = (host: string, body: unknown) =>
      new Promise<{ status: number; text: string }>((done, failed) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: s.port, method: 'POST', path: '/api/v1', headers: { host, 'content-type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (b: Buffer) => (text += b.toString()));
            res.on('end', () => done({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', failed);
        req.end(JSON.stringify(body));
      });
    // What a hostile review did: write package.json through decap-server from a rebound host name.
    const write = {
      action: 'persistMedia',
      params: { branch: 'main', asset: { path: 'package.json', content: 'e30K', encoding: 'base64' } },
    };
    const rebound = await post(`rebind.attacker.example:${s.port}`, write);
    expect(rebound.status).toBe(403);
    expect((await post(`127.0.0.1:${s.port}`, write)).status).toBe(403);
    const read = await post(`127.0.0.1:${s.port}`, { action: 'getEntry', params: { branch: 'main', path: 'package.json' } });
    expect(read.status).toBe(403);
    expect(read.text).toContain('buiten data/');
    // The editing screen's own kind of request still works.
    const entry = await post(`127.0.0.1:${s.port}`, {
      action: 'getEntry',
      params: { branch: 'main', path: 'data/organisations/scalda.yaml' },
    });
    expect(entry.status).toBe(200);
    expect(entry.text).toContain('Scalda');
    expect(git(s.repo, 'log', '--all', '--format=%s')).not.toContain('pwn');
  });

  it('refuses to publish locally, in Dutch, and the proposal stays a branch', async () => {
    const branch = 'cms/initiatives/agro-leeft';
    const before = git(repo, 'rev-parse', branch).trim();
    const page = await admin('#/collections/initiatives/entries/agro-leeft');
    page.on('dialog', (d) => void d.accept());
    await page.waitForSelector('[id^="summary-field"]');
    await page.getByText('Status: Concept', { exact: true }).click();
    await page.getByText('Goedgekeurd', { exact: true }).last().click();
    await page.getByText('Publiceer', { exact: true }).first().click();
    await page.screenshot({ path: '/tmp/publish-2.png' });
    await page.getByText('Publiceer nu', { exact: true }).last().click();
    await expect
      .poll(() => page.locator('.Toastify').textContent(), { timeout: 15_000 })
      .toMatch(/Publiceren gebeurt niet in het lokale invoerscherm/);
    await new Promise((r) => setTimeout(r, 4000));
    expect(branches()).toContain(branch);
    expect(git(repo, 'merge-base', '--is-ancestor', before, branch)).toBe('');
    expect(git(repo, 'rev-parse', base).trim()).toBe(git(repo, 'rev-list', '--max-parents=0', base).trim());
    await page.close();
  });

  it("left the contributor's own work untouched, and a closed terminal stops it without losing a save or leaving a server behind", async () => {
    expect(readFileSync(join(repo, dirty), 'utf8')).toContain('Een wijziging die nog niet is vastgelegd.');
    expect(readFileSync(join(repo, untracked), 'utf8')).toBe('van mij\n');
    expect(git(repo, 'status', '--porcelain').trimEnd().split('\n').sort()).toEqual([` M ${dirty}`, `?? ${untracked}`].sort());
    // decap-server's clone checks links out as plain files: a proposal's link cannot lead a save out of it.
    expect(git(join(repo, '.tmp', 'cms-repo'), 'config', 'core.symlinks').trim()).toBe('false');
    // The proposals are branches in the contributor's repository, holding only their file.
    expect(branches()).toContain('cms/initiatives/testcentrum-waterstof-noord');
    expect(git(repo, 'show', '--name-only', '--format=', 'cms/initiatives/testcentrum-waterstof-noord').trim()).toBe(
      'data/initiatives/testcentrum-waterstof-noord.yaml',
    );
    // A save, and at once the terminal closes (SIGHUP to the whole process group), before the
    // next sync round: the save must still reach the repository.
    const page = await admin('#/collections/initiatives/entries/agrotechniek-friesland');
    const text = 'Onderwijsinnovatie in agrotechniek; opgeslagen vlak voor het sluiten van de terminal.';
    await page.fill('[id^="summary-field"]', text);
    await save(page);
    await page.waitForSelector('.Toastify :text("Item opgeslagen")', { timeout: 20_000 });
    process.kill(-cms.pid!, 'SIGHUP');
    // npm re-raises the signal after its script stops, so it ends by signal, not with a code.
    await expect.poll(() => cms.exitCode ?? cms.signalCode, { timeout: 20_000 }).not.toBeNull();
    for (const p of [port, devPort])
      await expect
        .poll(
          () =>
            fetch(`http://127.0.0.1:${p}/`).then(
              () => 'open',
              () => 'closed',
            ),
          { timeout: 10_000 },
        )
        .toBe('closed');
    expect(s.output()).toContain('Invoerscherm: http://127.0.0.1:');
    // npm itself ends at once on the signal; cms.mjs syncs first and then says so.
    await expect.poll(() => s.output(), { timeout: 20_000 }).toContain('Invoerscherm gestopt');
    expect(flat(fileOnBranch('cms/initiatives/agrotechniek-friesland', 'data/initiatives/agrotechniek-friesland.yaml')())).toContain(text);
  });
});
