import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowser, useSiteInBrowser } from '../helpers/site';

/** One page of every type the atlas publishes. */
const PAGES = [
  '',
  '?soort=civ',
  'initiatieven/',
  'initiatieven/civ-wind-op-zee/',
  'initiatieven/greenpac/',
  'initiatieven/civ-agri-food/',
  'data/schema/',
  'organisaties/',
  'organisaties/scalda/',
  'regio/',
  'regio/zeeland/',
  'cijfers/',
  'wat-werkt/',
  'witte-vlekken/',
  'begrippen/',
  'zoeken/?q=wind',
  'data/',
  'over/',
  'bijdragen/',
  'toegankelijkheid/',
  'privacy/',
  'bestaat-niet/',
];

describe.skipIf(skipBrowser)('accessibility (axe, WCAG 2.1 A/AA)', () => {
  const site = useSiteInBrowser();

  /** Checks one page in one colour scheme, in a context of its own. */
  async function check(path: string, colorScheme: 'light' | 'dark'): Promise<void> {
    const context = await site.browser.newContext({ colorScheme });
    try {
      await checkIn(context, path, colorScheme);
    } catch (err) {
      // A failure that is not an expectation (a time-out, axe failing) names its scheme too.
      if (err instanceof Error && !err.message.includes(colorScheme)) err.message = `${colorScheme}: ${err.message}`;
      throw err;
    } finally {
      await context.close();
    }
  }

  /** Axe's violations and the console's errors of one page, in a context of the wanted scheme. */
  async function checkIn(context: BrowserContext, path: string, colorScheme: 'light' | 'dark'): Promise<void> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const res = await page.goto(site.url + path);
    expect(res?.status(), colorScheme).toBe(path === 'bestaat-niet/' ? 404 : 200);
    // Let enhancements (filters from the URL, search) finish before checking.
    await page.waitForLoadState('networkidle');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      colorScheme,
    ).toEqual([]);
    expect(
      errors.filter((e) => !(path === 'bestaat-niet/' && e.includes('404'))),
      `console errors in ${colorScheme} (CSP violations show up here)`,
    ).toEqual([]);
  }

  for (const path of PAGES) {
    // Both schemes at once, each in its own context (its own renderer process): on two cores
    // the file took 130 s instead of 150 s, and each scheme is still checked and reported on its own.
    it(`/${path} has no violations, in light and dark colour schemes`, async () => {
      const outcomes = await Promise.allSettled([check(path, 'light'), check(path, 'dark')]);
      const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failed.length === 1) throw failed[0]!.reason;
      if (failed.length)
        throw new AggregateError(
          failed.map((f) => f.reason),
          failed.map((f) => String(f.reason)).join('\n\n'),
        );
    });
  }

  it('the skip link is the first stop for the keyboard and moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}initiatieven/civ-wind-op-zee/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  it('"Kaart overslaan" is out of sight until it has focus, also on a wide screen, and then in sight', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1920, height: 1000 } });
    await page.goto(site.url);
    const skip = page.locator('a.skip-map');
    const box = async () => (await skip.boundingBox())!;
    // Out of sight: no bigger than one pixel (an offset from the map column left it in the margin).
    expect((await box()).width).toBeLessThanOrEqual(1);
    await skip.focus();
    const focused = await box();
    expect(focused.width).toBeGreaterThan(20);
    expect(focused.x).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
