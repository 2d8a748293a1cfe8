/**
 * The search page warms Pagefind up while the reader is about to type (issue #28): focusing the
 * field loads Pagefind and runs one search nobody sees, so the reader's first search runs on
 * optimised code. These tests pin what the reader meets: the warm-up shows and announces nothing,
 * and it never runs once the reader's own search has started (it would only hold that up).
 * The searches are read where they leave the page: the messages to Pagefind's worker.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowser, useSiteInBrowser } from '../helpers/site';

describe.skipIf(skipBrowser)('search warm-up', () => {
  const site = useSiteInBrowser();

  /** Opens a page that records the query of every search sent to Pagefind's worker. */
  const open = async (path: string): Promise<Page> => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      const searches: unknown[] = [];
      Object.assign(window, { __searches: searches });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        const m = message as { method?: string; args?: unknown[] };
        if (m?.method === 'search') searches.push(m.args?.[0]);
        return post.call(this, message, ...rest);
      };
    });
    await page.goto(site.url + path);
    return page;
  };
  const searches = (page: Page) => page.evaluate(() => (window as unknown as { __searches: unknown[] }).__searches);
  const results = (page: Page) => page.$$eval('[data-search-results] > li', (l) => l.length);

  it('focusing the field runs one search before the first letter, and shows and announces nothing', async () => {
    const page = await open('zoeken/');
    await page.focus('#zoek-q');
    await expect.poll(() => searches(page), { timeout: 15_000 }).toHaveLength(1);
    expect(typeof (await searches(page))[0]).toBe('string');
    expect(await results(page)).toBe(0);
    expect(await page.textContent('[data-search-status]')).toBe('');
    // The reader's own search follows it as usual.
    await page.fill('#zoek-q', 'techniek');
    await expect.poll(() => results(page), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await searches(page)).slice(1)).toEqual(['techniek']);
    await page.close();
  });

  it('a reader who types before Pagefind has loaded searches without a warm-up in front', async () => {
    const page = await open('zoeken/');
    // Pagefind's script is held back until the reader has typed, as on a slow connection.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('#zoek-q', 'techniek');
    release();
    await expect.poll(() => results(page), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await searches(page)).toEqual(['techniek']);
    await page.close();
  });

  it('a link with a query searches at once, and focusing the field afterwards adds no warm-up', async () => {
    const page = await open('zoeken/?q=wind');
    await expect.poll(() => results(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.focus('#zoek-q');
    await page.fill('#zoek-q', 'techniek');
    await expect.poll(() => page.textContent('[data-search-results] > li:first-child'), { timeout: 15_000 }).toMatch(/techniek/i);
    expect(await searches(page)).toEqual(['wind', 'techniek']);
    await page.close();
  });
});
