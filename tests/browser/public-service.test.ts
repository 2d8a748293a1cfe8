import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipBrowser, useSiteInBrowser } from '../helpers/site';

describe.skipIf(skipBrowser)('reads like a finished public service', () => {
  const site = useSiteInBrowser();
  const open = async (path: string, width = 1280, height = 900, javaScriptEnabled = true): Promise<Page> => {
    const ctx = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
    const page = await ctx.newPage();
    await page.goto(site.url + path);
    return page;
  };

  it('chart text is at least 12 px on a 390 px phone and labels are never cut off', async () => {
    const page = await open('cijfers/', 390, 844);
    const sizes = await page.evaluate(() => {
      const html = [...document.querySelectorAll('.bars .bar-label, .bars .bar-value')].map((e) =>
        parseFloat(getComputedStyle(e).fontSize),
      );
      // SVG text is scaled with its picture: its size on screen is the font size times the scale.
      const svg = [...document.querySelectorAll<SVGTextElement>('.chart svg text')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
      );
      const cut = [...document.querySelectorAll('.bars .bar-label')].filter((e) => e.textContent!.includes('…')).length;
      return { html, svg, cut };
    });
    expect(sizes.html.length).toBeGreaterThan(10);
    expect(Math.min(...sizes.html, ...sizes.svg)).toBeGreaterThanOrEqual(12);
    expect(sizes.cut).toBe(0);
    // The tables are one click away, and not in the way.
    expect(await page.isVisible('.chart-table table')).toBe(false);
    await page.click('.chart-table summary');
    expect(await page.isVisible('.chart-table table')).toBe(true);
    await page.context().close();
  });

  it('a detail page says "nog niet bekend" at most once', async () => {
    for (const path of ['initiatieven/agro-leeft/', 'initiatieven/civ-wind-op-zee/', 'organisaties/scalda/']) {
      const page = await open(path);
      const text = (await page.textContent('main'))!.toLowerCase();
      expect(text.split('nog niet bekend').length - 1, path).toBeLessThanOrEqual(1);
      await page.context().close();
    }
  });

  it('a merged initiative says so at the top, with a link to where it went', async () => {
    const page = await open('initiatieven/civ-agri-food/');
    const notice = page.locator('.lifecycle');
    expect(await notice.textContent()).toMatch(/Opgegaan in ander initiatief/);
    const href = await notice.locator('a').getAttribute('href');
    expect(href).toMatch(/^\/atlas\/initiatieven\/[a-z0-9-]+\/$/);
    const box = await notice.boundingBox();
    expect(box!.y).toBeLessThan(500);
    await page.context().close();
  });

  it('the phone header is no taller than needed and names the publisher', async () => {
    const page = await open('', 390, 844);
    const h = await page.$eval('.site-header', (e) => e.getBoundingClientRect().height);
    expect(h).toBeLessThanOrEqual(120);
    expect(await page.textContent('.site-header')).toMatch(/Een uitgave van/);
    expect(await page.isVisible('.site-nav a[href="/atlas/zoeken/"]')).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, controls that cannot work are hidden and the lists are still there', async () => {
    for (const [path, hidden] of [
      ['', '#filter-form'],
      ['', '[data-result-tools]'],
      ['organisaties/', 'atlas-list-tools'],
      ['zoeken/', '.search-form'],
    ] as const) {
      const page = await open(path, 1280, 900, false);
      expect(await page.isVisible(hidden), `${path} ${hidden}`).toBe(false);
      await page.context().close();
    }
    const page = await open('', 1280, 900, false);
    expect(await page.$$eval('[data-results] > li', (l) => l.length)).toBeGreaterThan(10);
    await page.context().close();
  });

  it('print leaves out the header search and the menu', async () => {
    const page = await open('initiatieven/civ-wind-op-zee/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-search')).toBe(false);
    expect(await page.isVisible('.site-nav')).toBe(false);
    await page.context().close();
  });
});
