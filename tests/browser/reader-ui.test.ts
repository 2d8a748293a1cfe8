/**
 * Issue #26, "Never lose the reader": what a reader keeps in view at 1280 px (a laptop) and
 * 390 px (a phone) while filtering, searching from the header and reading the white-spot table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pointOnMap, SITE_DIR, skipBrowser, useSiteInBrowser } from '../helpers/site';

const WIDTHS = [1280, 390] as const;

describe.skipIf(skipBrowser)('the reader never loses their place', () => {
  const site = useSiteInBrowser();
  const open = async (path: string, width: number, height = 900): Promise<Page> => {
    const ctx = await site.browser.newContext({ viewport: { width, height } });
    const page = await ctx.newPage();
    await page.goto(site.url + path);
    return page;
  };
  /** Whether the element's whole box lies inside the viewport. */
  const inView = (page: Page, selector: string) =>
    page.$eval(selector, (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    });

  for (const width of WIDTHS) {
    it(`${width} px: the result count and a way to the list stay in view while filtering far down`, async () => {
      const page = await open('', width);
      if (width < 640) await page.click('[data-filters-toggle]');
      await page.$$eval('#filter-form details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await page.check(`input[name="sector"][value="${await page.$eval('input[name="sector"]', (i) => (i as HTMLInputElement).value)}"]`);
      const province = page.locator('input[name="provincie"][value="noord-brabant"]');
      await province.scrollIntoViewIfNeeded();
      await province.check();
      await page.evaluate(() => document.querySelector('input[value="noord-brabant"]')!.scrollIntoView({ block: 'center' }));
      const status = (await page.textContent('[data-result-status]'))!;
      const n = /^(\d+) van de/.exec(status)?.[1];
      expect(n).toBeDefined();
      // The status line itself is far above; the bar carries the same count, on screen.
      expect(await inView(page, '[data-result-status]')).toBe(false);
      expect(await inView(page, '[data-bar-count]')).toBe(true);
      expect(await page.textContent('[data-bar-count]')).toBe(`${n} initiatieven`);
      expect(await inView(page, '[data-show-results]')).toBe(true);
      await page.click('[data-show-results]');
      await expect.poll(() => inView(page, '#resultaten-titel')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaten-titel');
      await page.context().close();
    });

    it(`${width} px: the map is one step away from the result count`, async () => {
      const page = await open('', width);
      if (width < 640) {
        expect(await inView(page, '.to-map a')).toBe(true);
        await page.click('.to-map a');
        await expect.poll(() => page.$eval('#kaart', (m) => Math.abs(m.getBoundingClientRect().top) < 5)).toBe(true);
      } else {
        // Beside the list on a laptop: no link needed, the map is in view.
        expect(await page.isVisible('.to-map a')).toBe(false);
        expect(await page.$eval('#kaart', (m) => m.getBoundingClientRect().top < innerHeight)).toBe(true);
      }
      await page.context().close();
    });

    it(`${width} px: the header search is visible and every menu item is on screen`, async () => {
      const page = await open('initiatieven/', width);
      expect(await page.isVisible('.site-search input[type="search"]')).toBe(true);
      expect(await inView(page, '.site-search button')).toBe(true);
      const links = await page.$$eval('.site-nav a', (as) =>
        as.map((a) => ({ text: a.textContent, right: a.getBoundingClientRect().right })),
      );
      expect(links.length).toBeGreaterThan(5);
      for (const l of links) expect(l.right, l.text!).toBeLessThanOrEqual(width);
      expect(await page.$eval('.site-nav ul', (u) => u.scrollWidth <= u.clientWidth)).toBe(true);
      await page.fill('.site-search input', 'water');
      await page.press('.site-search input', 'Enter');
      await page.waitForURL(/zoeken\/\?q=water/);
      await page.context().close();
    });

    it(`${width} px: the white-spot table keeps its headings in view and shows empty as white "leeg"`, async () => {
      const page = await open('witte-vlekken/', width);
      const table = page.locator('#sector ~ .gap-scroll');
      await table.scrollIntoViewIfNeeded();
      // The table's cells; the line of initiatives without a sector is a count apart (checked below).
      const cells = await page.$$eval('#sector ~ .gap-scroll tbody tr:not(.gap-unknown) td', (tds) =>
        tds.map((td) => ({ text: td.textContent!.trim(), bg: getComputedStyle(td).backgroundColor })),
      );
      const pageBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const empty = cells.filter((c) => c.text === 'leeg');
      const filled = cells.filter((c) => /^\d+$/.test(c.text));
      expect(empty.length).toBeGreaterThan(0);
      expect(filled.length).toBeGreaterThan(0);
      expect(empty.length + filled.length).toBe(cells.length);
      expect(new Set(empty.map((c) => c.bg))).toEqual(new Set([pageBg]));
      expect(filled.every((c) => c.bg !== pageBg)).toBe(true);
      // Below it, per province, how many give no sector: a plain number for each province, named in words.
      const unknown = await page.$$eval('#sector ~ .gap-scroll tr.gap-unknown > *', (cs) => cs.map((c) => c.textContent!.trim()));
      expect(unknown[0]).toBe('Sector niet bekend');
      expect(unknown.slice(1).every((n) => /^\d+$/.test(n))).toBe(true);
      expect(unknown).toHaveLength(
        cells.length / (await page.$$eval('#sector ~ .gap-scroll tbody tr:not(.gap-unknown)', (r) => r.length)) + 1,
      );
      if (width >= 1280) {
        // On a laptop every province column is on screen, nothing to scroll sideways.
        expect(await page.$eval('#sector ~ .gap-scroll', (d) => d.scrollWidth <= d.clientWidth)).toBe(true);
      } else {
        // On a phone the table scrolls; the sector names and province headings stay put.
        const before = await page.$eval('#sector ~ .gap-scroll tbody th', (th) => th.getBoundingClientRect().left);
        const headTop = await page.$eval('#sector ~ .gap-scroll thead th:nth-child(5)', (th) => th.getBoundingClientRect().top);
        await page.$eval('#sector ~ .gap-scroll', (d) => d.scrollBy(400, 300));
        expect(await page.$eval('#sector ~ .gap-scroll tbody th', (th) => th.getBoundingClientRect().left)).toBe(before);
        expect(await page.$eval('#sector ~ .gap-scroll thead th:nth-child(5)', (th) => th.getBoundingClientRect().top)).toBe(headTop);
      }
      await page.context().close();
    });

    it(`${width} px: the network names every organisation beside its dot, with the key beside the drawing`, async () => {
      const page = await open('regio/noord-brabant/', width);
      const drawing = await page.$eval('#netwerk ~ .network', (fig) => {
        const box = (e: Element) => e.getBoundingClientRect();
        const names = [...fig.querySelectorAll('svg a')].map((a) => ({
          text: a.textContent!.trim(),
          label: a.getAttribute('aria-label'),
          box: box(a.querySelector('text')!).toJSON() as DOMRect,
        }));
        const table = fig.parentElement!.querySelector('.table-scroll');
        return {
          names,
          svg: box(fig.querySelector('svg')!).toJSON() as DOMRect,
          key: box(fig.querySelector('figcaption')!).toJSON() as DOMRect,
          tableTop: table ? box(table).top : Infinity,
        };
      });
      expect(drawing.names.length).toBeGreaterThan(3);
      for (const n of drawing.names) {
        expect(n.text.length).toBeGreaterThan(2);
        expect(n.label).toBeNull();
        expect(n.box.right).toBeLessThanOrEqual(width);
      }
      // No two names overlap.
      for (const [i, a] of drawing.names.entries())
        for (const b of drawing.names.slice(i + 1))
          expect(a.box.bottom <= b.box.top || b.box.bottom <= a.box.top, `${a.text} / ${b.text}`).toBe(true);
      if (width >= 1280) expect(drawing.key.top - drawing.svg.top).toBeLessThan(40);
      else expect(drawing.key.top).toBeLessThan(drawing.tableTop);
      await page.context().close();
    });

    it(`${width} px: on the interactive map no place or region name prints through a cluster's count`, async () => {
      const page = await open('', width);
      await page.click('[data-map-activate]');
      await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
      // MapLibre answers a query on a symbol layer with the names as placed (after collisions):
      // a name returned at a count's spot is drawn across it ("Gr5ningen").
      const found = await page.evaluate(async () => {
        const el = document.querySelector('[data-map-canvas]') as HTMLElement & { atlasMap: MapLibreMap };
        const map = el.atlasMap;
        if (!map.loaded() || !map.areTilesLoaded()) await new Promise((r) => map.once('idle', r));
        await new Promise((r) => setTimeout(r, 500));
        const counts = map.queryRenderedFeatures({ layers: ['cluster-count'] });
        const crossed: string[] = [];
        for (const c of counts) {
          const at = map.project((c.geometry as GeoJSON.Point).coordinates as [number, number]);
          const names = map.queryRenderedFeatures(
            [
              [at.x - 5, at.y - 5],
              [at.x + 5, at.y + 5],
            ],
            { layers: ['region-labels', 'place-labels'] },
          );
          for (const n of names) crossed.push(`${String(n.properties.name)} over ${String(c.properties.point_count)}`);
        }
        const labels = map.queryRenderedFeatures({ layers: ['region-labels'] }).length;
        return { counts: counts.length, labels, crossed };
      });
      expect(found.counts, 'clusters on the map').toBeGreaterThan(0);
      expect(found.labels, 'region names on the map').toBeGreaterThan(0);
      expect(found.crossed).toEqual([]);
      await page.context().close();
    });

    it(`${width} px: Enter on the static map opens the interactive map`, async () => {
      const page = await open('', width);
      await page.focus('[data-map-surface]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
      const help = (await page.textContent('[data-map-status]'))!;
      expect(help).toMatch(/pijltjestoetsen/);
      await page.context().close();
    });
  }

  it('no focused filter control is hidden under the result bar, on a wide, a phone and a short (zoomed) screen (WCAG 2.4.7)', async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
      [1280, 256],
    ] as const) {
      const page = await open('', width, height);
      // On a phone the filters open behind a button first.
      const toggle = page.locator('.filters-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await page.focus('#filter-q');
      const hidden: string[] = [];
      for (let n = 0; n < 60; n++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const form = el?.closest('form');
          const bar = document.querySelector('[data-filter-bar]');
          if (!el || !form || !bar || bar.contains(el)) return { inForm: !!form, covered: false, name: '' };
          const r = el.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          const overlaps = r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right;
          return {
            inForm: true,
            covered: overlaps,
            name: `${el.tagName} ${el.getAttribute('name') ?? ''} ${el.getAttribute('value') ?? el.textContent?.trim().slice(0, 20) ?? ''}`,
          };
        });
        if (!state.inForm) break;
        if (state.covered) hidden.push(state.name);
      }
      expect(hidden, `${width}×${height}`).toEqual([]);
      await page.context().close();
    }
  });

  it("a focused map region or point, and the search field's placeholder, stand out in light and dark (WCAG 1.4.11, 1.4.3)", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await ctx.newPage();
      await page.goto(`${site.url}regio/zeeland/`);
      const result = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        // A neighbouring region's link, focused.
        const link = document.querySelector<SVGAElement>('.static-map .map-region:not(.highlight)')!;
        link.focus();
        const path = link.querySelector('path')!;
        const focused = getComputedStyle(path);
        const input = document.querySelector<HTMLInputElement>('input[placeholder]')!;
        const placeholder = getComputedStyle(input, '::placeholder').color;
        let bg = getComputedStyle(input).backgroundColor;
        if (rgb(bg).length < 3 || /rgba\(0, 0, 0, 0\)/.test(bg)) bg = getComputedStyle(document.body).backgroundColor;
        return {
          // The outline against the region's own (focused) fill, which it borders.
          outline: ratio(focused.stroke, focused.fill),
          placeholder: ratio(placeholder, bg),
        };
      });
      expect(result.outline, `${colorScheme}: focus outline`).toBeGreaterThanOrEqual(3);
      expect(result.placeholder, `${colorScheme}: placeholder`).toBeGreaterThanOrEqual(4.5);
      await ctx.close();
    }
  });

  it('390 px touch: the map help speaks of fingers, not of keys', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(site.url);
    await page.click('[data-map-activate]');
    await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
    const help = (await page.textContent('[data-map-status]'))!;
    expect(help).toMatch(/twee vingers/);
    expect(help).not.toMatch(/toets/);
    await ctx.close();
  });
});

describe.skipIf(skipBrowser)('smaller things a reader sees', () => {
  const site = useSiteInBrowser();
  const open = async (path: string, width: number, javaScriptEnabled = true, height = 900): Promise<Page> => {
    const ctx = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
    const page = await ctx.newPage();
    await page.goto(site.url + path);
    return page;
  };

  it('the old address of a merged organisation leads to its page without JavaScript; its HTML has a link, the canonical address and noindex', async () => {
    // ROC Leeuwenborgh and Leeuwenborgh Opleidingen went into Vista College (its former_ids).
    const page = await open('organisaties/roc-leeuwenborgh/', 1280, false);
    await page.waitForURL(/\/organisaties\/vista-college\/$/);
    expect(await page.textContent('h1')).toContain('Vista College');
    await page.context().close();
    const html = readFileSync(join(SITE_DIR, 'organisaties', 'leeuwenborgh-opleidingen', 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="https:[^"]*\/organisaties\/vista-college\/">/);
    expect(html).toMatch(/<a href="[^"]*\/organisaties\/vista-college\/">Vista College<\/a>/);
  });

  for (const width of WIDTHS) {
    it(`${width} px: filtering leaves no stray commas in "Meerdere initiatieven op één plek"`, async () => {
      const page = await open('', width);
      if (width < 640) await page.click('[data-filters-toggle]');
      await page.check('input[name="soort"][value="pps"]');
      await expect.poll(() => page.textContent('[data-result-status]')).toMatch(/voldo/);
      const groups = await page.$$eval('.map-groups > ul > li:not(.filtered-out)', (lis) => lis.map((li) => (li as HTMLElement).innerText));
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) expect(g).not.toMatch(/,\s*,|:\s*,|,\s*$/);
      // Each shown name is still there, separated by one comma.
      expect(groups.some((g) => /\w, \w/.test(g))).toBe(true);
      await page.context().close();
    });

    it(`${width} px: counts read as Dutch (no "Alle 2", no "(0) Geen.") and places are not double-bracketed`, async () => {
      let page = await open('organisaties/wetsus/', width);
      const body = await page.innerText('main');
      expect(body).not.toMatch(/Alle [12] /);
      expect(body).not.toMatch(/\(0\)/);
      await page.context().close();
      page = await open('organisaties/agri-food-capital/', width);
      expect(await page.innerText('main')).not.toMatch(/\(0\)\s*Geen\./);
      await page.context().close();
      page = await open('initiatieven/cew/', width);
      expect(await page.innerText('main')).toMatch(/Leeuwarden \(WaterCampus\), Fryslân/);
      await page.context().close();
    });

    it(`${width} px: without JavaScript "Meer tonen" gives way to a link to the full list`, async () => {
      const page = await open('', width, false);
      expect(await page.isVisible('[data-more]')).toBe(false);
      const link = page.locator('[data-more-link] a');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe('/atlas/initiatieven/');
      expect(await page.textContent('[data-no-js]')).toMatch(/filters in een link/);
      await page.context().close();
      const js = await open('', width);
      expect(await js.isVisible('[data-more]')).toBe(true);
      expect(await js.$('[data-more-link]')).toBeNull();
      await js.context().close();
    });

    it(`${width} px: on a short page the footer reaches the bottom of the window`, async () => {
      const page = await open('privacy/', width, true, 2000);
      const bottom = await page.$eval('.site-footer', (f) => f.getBoundingClientRect().bottom);
      expect(bottom).toBeGreaterThanOrEqual(1999);
      await page.context().close();
    });
  }

  for (const width of WIDTHS) {
    it(`${width} px: the links in a region's "In cijfers" are at least 24 px tall`, async () => {
      const page = await open('regio/noord-brabant/', width);
      const heights = await page.$$eval('dl.facts dt a', (as) => as.map((a) => a.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(0);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
      await page.context().close();
    });
  }

  for (const width of WIDTHS) {
    it(`${width} px: /cijfers/ prints each year on the growth axis apart, and "Omvang" is no table of dashes`, async () => {
      const page = await open('cijfers/', width);
      const labels = await page.$$eval('.year-chart > text', (ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
      expect(labels.length).toBeGreaterThan(2);
      for (let k = 1; k < labels.length; k++) expect(labels[k]!.left).toBeGreaterThan(labels[k - 1]!.right);
      // The last year is not cut off at the chart's right edge.
      const chartRight = await page.$eval('.year-chart', (svg) => svg.getBoundingClientRect().right);
      expect(labels.at(-1)!.right).toBeLessThanOrEqual(chartRight + 0.5);
      const cells = await page.$$eval('#omvang td', (tds) => tds.map((td) => td.textContent!.trim()));
      expect(cells.filter((c) => c === '–')).toEqual([]);
      expect(await page.innerText('#omvang')).toMatch(/\d|Nog (geen enkel initiatief heeft een cijfer|geen cijfers)/);
      await page.context().close();
    });
  }

  for (const width of WIDTHS) {
    it(`${width} px: /regio/ has a map whose provinces lead to their pages`, async () => {
      const page = await open('regio/', width);
      const regions = page.locator('[data-static-map] a.map-region');
      expect(await regions.count()).toBe(12);
      expect(await page.isVisible('[data-static-map]')).toBe(true);
      await page.focus('[data-static-map] a.map-region[aria-label="Zeeland"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/regio\/zeeland\/$/);
      await page.context().close();
    });
  }

  it('no page names a count with a plural for one, and no <span> or role-less <div> carries an aria-label', async () => {
    for (const path of ['', 'witte-vlekken/', 'regio/', 'organisaties/wetsus/', 'regio/fryslan/', 'cijfers/']) {
      const page = await open(path, 1280);
      // aria-label is not allowed on a generic element (WCAG 4.1.2): a screen reader may not read it.
      expect(await page.$$eval('span[aria-label], div[aria-label]:not([role])', (s) => s.length), path).toBe(0);
      expect(await page.innerText('body'), path).not.toMatch(/(^|[^\d])1 initiatieven/);
      await page.context().close();
    }
  });
});

describe.skipIf(skipBrowser)('every point of a static map is a target of 24 by 24 px (WCAG 2.2, 2.5.8)', () => {
  const site = useSiteInBrowser();
  // The home map, the regions' map and a region's own map. (A detail page's small map is a picture
  // without links: tests/integration/site-links.test.ts.)
  const PAGES = ['', 'regio/', 'regio/noord-brabant/'];

  for (const width of WIDTHS) {
    it(`${width} px: each point link is at least 24 px square and no other target comes within its 24 px circle`, async () => {
      const ctx = await site.browser.newContext({ viewport: { width, height: width < 640 ? 844 : 900 } });
      const page = await ctx.newPage();
      for (const path of PAGES) {
        await page.goto(site.url + path);
        const targets = await page.$$eval('svg.static-map .map-points a', (as) =>
          as
            .map((a) => a.getBoundingClientRect())
            .filter((r) => r.width > 0)
            .map((r) => ({ w: r.width, h: r.height, x: r.left + r.width / 2, y: r.top + r.height / 2 })),
        );
        expect(targets.length, path).toBeGreaterThan(0);
        for (const t of targets) {
          expect(t.w, `${path} at ${Math.round(t.x)},${Math.round(t.y)}`).toBeGreaterThanOrEqual(24);
          expect(t.h, `${path} at ${Math.round(t.x)},${Math.round(t.y)}`).toBeGreaterThanOrEqual(24);
        }
        // A 24 px circle on each target's centre meets no other target's circle: no target covers
        // part of another's 24 px.
        for (const [n, a] of targets.entries())
          for (const b of targets.slice(n + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), path).toBeGreaterThanOrEqual(24);
        // Every counted point leads somewhere on the page or to another page.
        const hrefs = await page.$$eval('svg.static-map .map-points a', (as) => as.map((a) => a.getAttribute('href')!));
        for (const h of hrefs.filter((h) => h.includes('#'))) {
          const [where, id] = h.split('#') as [string, string];
          const found = where
            ? await page.evaluate(
                async ([u, i]) => new DOMParser().parseFromString(await (await fetch(u!)).text(), 'text/html').getElementById(i!) !== null,
                [where, id],
              )
            : (await page.$(`#${id}`)) !== null;
          expect(found, `${path} ${h}`).toBe(true);
        }
      }
      await ctx.close();
    });
  }
});

describe.skipIf(skipBrowser)('search finds what the page shows', () => {
  const site = useSiteInBrowser();
  const open = async (path: string, width: number): Promise<Page> => {
    const ctx = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(site.url + path);
    return page;
  };
  const status = (page: Page) => expect.poll(() => page.textContent('[data-search-status]'), { timeout: 15_000 });

  for (const width of WIDTHS) {
    it(`${width} px: statements and notes are found; a word in one note finds that initiative first`, async () => {
      const page = await open('zoeken/?q=kapitaal', width);
      await status(page).toMatch(/^\d+ resulta/);
      await page.goto(`${site.url}zoeken/?q=greenpoints`);
      await status(page).toMatch(/^\d+ resulta/);
      expect(await page.getAttribute('[data-search-results] > li:first-child h3 a', 'href')).toBe('/atlas/initiatieven/civ-tu/');
      await page.context().close();
    });

    it(`${width} px: excerpts start at a sentence, never repeat the heading and say no sentence twice`, async () => {
      const page = await open('zoeken/?q=water', width);
      for (const q of ['water', 'Eindhoven', 'mkb', 'greenpoints']) {
        await page.goto(`${site.url}zoeken/?q=${q}`);
        await status(page).toMatch(/^\d+ resulta/);
        const results = await page.$$eval('[data-search-results] > li', (ls) =>
          ls.map((l) => ({ title: l.querySelector('h3')!.textContent!, excerpt: l.querySelectorAll('p')[1]!.textContent! })),
        );
        expect(results.length, q).toBeGreaterThan(0);
        for (const { title, excerpt } of results) {
          expect(excerpt, `${q}: ${title}`).toMatch(/^["'(\p{Lu}\p{N}]/u);
          expect(excerpt.startsWith(title), `${q}: ${title}`).toBe(false);
          const sentences = excerpt.split(/(?<=\.)\s+(?=\p{Lu})/u);
          expect(new Set(sentences).size, `${q}: ${excerpt}`).toBe(sentences.length);
        }
      }
      await page.context().close();
    });

    it(`${width} px: a typo gets "Bedoelde u" on the search page and in the home filter`, async () => {
      const page = await open('zoeken/?q=wahter', width);
      await expect.poll(() => page.isVisible('[data-search-suggest] a'), { timeout: 15_000 }).toBe(true);
      expect(await page.textContent('[data-search-suggest]')).toBe('Bedoelde u: water?');
      await page.click('[data-search-suggest] a');
      await status(page).toMatch(/^\d+ resulta/);
      expect(await page.inputValue('#zoek-q')).toBe('water');
      expect(await page.isVisible('[data-search-suggest]')).toBe(false);
      await page.context().close();

      const home = await open('', width);
      if (width < 640) await home.click('[data-filters-toggle]');
      await home.fill('#filter-q', 'eindhovn');
      await expect.poll(() => home.textContent('[data-suggest]')).toBe('Bedoelde u: eindhoven?');
      await home.click('[data-suggest] button');
      await expect.poll(() => home.textContent('[data-result-status]')).toMatch(/^[1-9]\d* van de/);
      expect(await home.inputValue('#filter-q')).toBe('eindhoven');
      await home.context().close();
    });

    it(`${width} px: after "Meer resultaten" the status says how many are shown`, async () => {
      const page = await open('zoeken/?q=techniek', width);
      await status(page).toMatch(/de eerste 30 staan hieronder/);
      await page.click('[data-search-more]');
      await status(page).not.toMatch(/de eerste 30 /);
      const shown = await page.$$eval('[data-search-results] > li', (l) => l.length);
      const total = Number((await page.textContent('[data-search-status]'))!.match(/^(\d+)/)![1]);
      expect(await page.textContent('[data-search-status]')).toBe(
        shown < total ? `${total} resultaten; de eerste ${shown} staan hieronder.` : `${total} resultaten.`,
      );
      await page.context().close();
    });
  }
});

describe.skipIf(skipBrowser)('the interactive map keeps every name and button reachable', () => {
  const site = useSiteInBrowser();
  const mapData = skipBrowser
    ? { ids: [] as string[], points: [] as number[] }
    : (JSON.parse(readFileSync(join(SITE_DIR, 'data', 'kaart.json'), 'utf8')) as { ids: string[]; points: number[] });
  /** The spot shared by the most initiatives (Leeuwarden's WaterCampus in today's data). */
  const biggestSpot = () => {
    const spots = new Map<string, { lon: number; lat: number; ids: Set<string> }>();
    for (let n = 0; n < mapData.points.length; n += 4) {
      const key = `${mapData.points[n]},${mapData.points[n + 1]}`;
      if (!spots.has(key)) spots.set(key, { lon: mapData.points[n]!, lat: mapData.points[n + 1]!, ids: new Set() });
      spots.get(key)!.ids.add(mapData.ids[mapData.points[n + 3]!]!);
    }
    return [...spots.values()].sort((a, b) => b.ids.size - a.ids.size)[0]!;
  };

  for (const width of WIDTHS) {
    it(`${width} px: a shared spot's popup shows every name or says to scroll, and its close button is never under the zoom buttons`, async () => {
      const ctx = await site.browser.newContext({ viewport: { width, height: width < 640 ? 844 : 900 } });
      const page = await ctx.newPage();
      await page.goto(site.url);
      await page.click('[data-map-activate]');
      await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
      const spot = biggestSpot();
      expect(spot.ids.size).toBeGreaterThanOrEqual(5);
      await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
      const at = await pointOnMap(page, spot, 30);
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector('.atlas-popup li a', { timeout: 10_000 });
      const shown = await page.$eval('.atlas-popup ul', (ul) => {
        const box = ul.getBoundingClientRect();
        const all = [...ul.querySelectorAll('li')];
        return {
          all: all.length,
          seen: all.filter((li) => li.getBoundingClientRect().bottom <= Math.min(box.bottom, innerHeight) + 1).length,
        };
      });
      expect(shown.all).toBe(spot.ids.size);
      // Every name is in view, or a cue in view says that the list scrolls and how long it is.
      if (shown.seen < shown.all) {
        const cue = page.locator('.atlas-popup [data-popup-more]');
        expect(await cue.isVisible()).toBe(true);
        expect(await cue.evaluate((c) => c.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
        expect(await cue.textContent()).toBe(`Scroll in de lijst voor alle ${shown.all}.`);
      }
      // Wherever the popup lands, it stacks above the zoom buttons' corner (on a phone the popup
      // can reach that corner; the auto-placed popup cannot be pushed there reliably in a test).
      const stack = await page.evaluate(() => ({
        popup: Number(getComputedStyle(document.querySelector('.atlas-popup')!).zIndex),
        controls: Number(getComputedStyle(document.querySelector('.maplibregl-ctrl-top-right')!).zIndex),
      }));
      expect(stack.popup).toBeGreaterThan(stack.controls);
      const close = await page.$eval('.atlas-popup .maplibregl-popup-close-button', (b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { onTop: hit === b || b.contains(hit), inControls: !!hit?.closest('.maplibregl-ctrl') };
      });
      expect(close).toEqual({ onTop: true, inControls: false });
      await ctx.close();
    });
  }
});
