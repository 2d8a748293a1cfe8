import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pointOnMap, SITE_DIR, skipBrowser, useSiteInBrowser } from '../helpers/site';

interface Item {
  i: string;
  n: string;
  k: string;
  y?: number;
  o: string[];
}
const read = <T>(path: string, fallback: T): T => (skipBrowser ? fallback : (JSON.parse(readFileSync(join(SITE_DIR, path), 'utf8')) as T));
const explore = read('data/verkenner.json', {
  items: [] as Item[],
  organisations: {} as Record<string, string>,
  formerOrganisations: {} as Record<string, string> | undefined,
});
const mapData = read('data/kaart.json', { ids: [] as string[], points: [] as number[] });

/** The spots where several initiatives share one coordinate (a place's centre). */
function sharedSpots(): { lon: number; lat: number; ids: string[] }[] {
  const spots = new Map<string, { lon: number; lat: number; ids: string[] }>();
  for (let n = 0; n < mapData.points.length; n += 4) {
    const key = `${mapData.points[n]},${mapData.points[n + 1]}`;
    const spot = spots.get(key) ?? spots.set(key, { lon: mapData.points[n]!, lat: mapData.points[n + 1]!, ids: [] }).get(key)!;
    spot.ids.push(mapData.ids[mapData.points[n + 3]!]!);
  }
  return [...spots.values()].filter((s) => new Set(s.ids).size > 1);
}

/** A spot with one initiative only, away from every other point (its click opens that initiative's popup). */
function lonelySpot(): { lon: number; lat: number; id: string } {
  const pts: { lon: number; lat: number; id: string }[] = [];
  for (let n = 0; n < mapData.points.length; n += 4)
    pts.push({ lon: mapData.points[n]!, lat: mapData.points[n + 1]!, id: mapData.ids[mapData.points[n + 3]!]! });
  // Far enough (about 5 km) from any other point that no cluster or neighbour takes the click at zoom 12.
  const far = (a: { lon: number; lat: number }) => pts.every((b) => b === a || Math.hypot((a.lon - b.lon) * 0.6, a.lat - b.lat) > 0.05);
  return pts.find(far)!;
}

describe.skipIf(skipBrowser)('find and compare: nothing hidden', () => {
  const site = useSiteInBrowser();
  const open = async (path: string, viewport = { width: 1280, height: 900 }, ctx?: BrowserContext): Promise<Page> => {
    const page = await (ctx ?? site.browser).newPage({ viewport });
    await page.goto(site.url + path);
    return page;
  };
  const inViewport = (page: Page, selector: string) =>
    page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });

  it('the starter data has initiatives that share a coordinate (the case these tests are about)', () => {
    expect(sharedSpots().length).toBeGreaterThan(3);
  });

  it('every initiative on the home map and on a region map is reachable by keyboard and pointer, also those sharing a spot', async () => {
    const located = new Set(mapData.ids);
    for (const path of ['', 'regio/fryslan/']) {
      const page = await open(path);
      // Every link the static map and its list offer, by the keyboard's route (Tab reaches links).
      const reachable = await page.$$eval('[data-static-map] a, .map-groups a', (as) => as.map((a) => a.getAttribute('href')!));
      const ids = new Set(reachable.filter((h) => h.includes('/initiatieven/')).map((h) => h.split('/').at(-2)!));
      const expected = path ? [...located].filter((id) => explore.items.some((i) => i.i === id)) : [...located];
      if (!path) expect([...located].filter((id) => !ids.has(id))).toEqual([]);
      else expect(ids.size).toBeGreaterThan(0);
      expect(expected.length).toBeGreaterThan(0);
      // A counted marker names its place and leads (by pointer) to the list of all of them.
      const cluster = page.locator('[data-static-map] .map-cluster').first();
      const label = await cluster.locator('title').textContent();
      expect(label).toMatch(/^\d+ initiatieven (in|op)/);
      // The title is also the link's accessible name (what a screen reader says).
      const snapshot = await cluster.ariaSnapshot();
      expect(snapshot).toContain(label!.slice(0, 20));
      await cluster.click();
      const target = await page.evaluate(() => location.hash);
      expect(target).toMatch(/^#plek-/);
      const members = await page.$$eval(`${target} a`, (as) => as.length);
      expect(members).toBe(Number(label!.match(/^\d+/)![0]));
      await page.close();
    }
  });

  it('static map markers have a target of at least 24 px on a phone and a name on hover', async () => {
    const page = await open('', { width: 390, height: 844 });
    const sizes = await page.$$eval('[data-static-map] .map-point', (as) =>
      as.map((a) => {
        const r = a.querySelector('.map-hit')!.getBoundingClientRect();
        return { w: r.width, title: a.querySelector('title')?.textContent ?? '' };
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every((s) => s.title.length > 0)).toBe(true);
    // Every marker gets the full 24 px: markers nearer than that are one counted point
    // (reader-ui.test.ts measures every target on four maps).
    expect(Math.min(...sizes.map((s) => s.w))).toBeGreaterThanOrEqual(23.5);
    await page.close();
  });

  it('MapLibre lists every initiative at a shared spot in one popup, labels places and stops zooming in time', async () => {
    const page = await open('');
    await page.click('[data-map-activate]');
    await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
    const spot = sharedSpots().sort((a, b) => b.ids.length - a.ids.length)[0]!;
    const info = await page.evaluate(async ({ lon, lat }) => {
      const el = document.querySelector('[data-map-canvas]') as HTMLElement & { atlasMap: MapLibreMap };
      const map = el.atlasMap;
      map.jumpTo({ center: [lon, lat], zoom: 30 });
      await new Promise((r) => map.once('idle', r));
      const p = map.project([lon, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      const labels =
        map.queryRenderedFeatures(undefined, { layers: ['place-labels'] }).length +
        map.queryRenderedFeatures(undefined, { layers: ['region-labels'] }).length;
      return { x: box.left + p.x, y: box.top + p.y, zoom: map.getZoom(), maxZoom: map.getMaxZoom(), labels };
    }, spot);
    expect(info.zoom).toBeLessThanOrEqual(12);
    expect(info.labels).toBeGreaterThan(0);
    await page.mouse.click(info.x, info.y);
    await page.waitForSelector('.atlas-popup li a', { timeout: 10_000 });
    const links = await page.$$eval('.atlas-popup li a', (as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)));
    expect(links.sort()).toEqual([...new Set(spot.ids)].sort());
    // Escape closes it, and focus goes back to the map, not to the top of the page (WCAG 2.4.3).
    await page.keyboard.press('Escape');
    await expect.poll(() => page.$$eval('.atlas-popup', (p) => p.length)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    // Its focus ring is a layer over the map inside its edge (MapLibre's container clips anything
    // outside it, and the canvas paints over its own inset shadow): a dark ring and a yellow one.
    const ring = await page.$eval('.maplibregl-map', (m) => {
      const after = getComputedStyle(m, '::after');
      return {
        focused: m.querySelector('.maplibregl-canvas')!.matches(':focus-visible'),
        border: after.borderTopStyle === 'solid' ? parseFloat(after.borderTopWidth) : 0,
        outline: after.outlineStyle === 'solid' ? parseFloat(after.outlineWidth) : 0,
        layer: Number(after.zIndex),
      };
    });
    expect(ring).toMatchObject({ focused: true, border: 3, outline: 3 });
    expect(ring.layer).toBeGreaterThan(0);
    // One initiative alone: its popup, filled in once its page is read, keeps a labelled close button.
    const at = await pointOnMap(page, lonelySpot(), 12);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('.atlas-popup h3 a', { timeout: 10_000 });
    expect(await page.getAttribute('.atlas-popup .maplibregl-popup-close-button', 'aria-label')).toBe('Sluiten');
    await page.click('.atlas-popup .maplibregl-popup-close-button');
    await expect.poll(() => page.$$eval('.atlas-popup', (p) => p.length)).toBe(0);
    // The popup closes when a filter removes all it shows.
    const again = await pointOnMap(page, spot, 30);
    await page.mouse.click(again.x, again.y);
    await page.waitForSelector('.atlas-popup li a', { timeout: 10_000 });
    await page.fill('#filter-q', 'qqqzzz');
    await expect.poll(() => page.$$eval('.atlas-popup', (p) => p.length)).toBe(0);
    await page.close();
  });

  it('after ticking a filter the count and the first results are in view, on 1280×900 and on 390×844', async () => {
    const desktop = await open('');
    await desktop.check('input[name="soort"][value="coe"]');
    await expect.poll(() => desktop.textContent('[data-result-status]')).toMatch(/van de/);
    expect(await inViewport(desktop, '[data-result-status]')).toBe(true);
    expect(await inViewport(desktop, '[data-results] > li:first-child')).toBe(true);
    await desktop.close();

    const phone = await open('', { width: 390, height: 844 });
    const toggle = phone.locator('[data-filters-toggle]');
    expect(await inViewport(phone, '[data-filters-toggle]')).toBe(true);
    await toggle.click();
    await phone.locator('input[name="soort"][value="coe"]').check();
    const coe = explore.items.filter((i) => i.k === 'coe').length;
    await expect.poll(() => phone.textContent('[data-bar-count]')).toBe(`${coe} initiatieven`);
    expect(await inViewport(phone, '[data-filter-bar]')).toBe(true);
    expect(await toggle.textContent()).toMatch(/Filters\s*\(1\)/);
    await phone.click('[data-show-results]');
    await expect.poll(() => inViewport(phone, '[data-result-status]')).toBe(true);
    expect(await inViewport(phone, '[data-results] > li:first-child')).toBe(true);
    await phone.close();
  });

  it('says which values in a link it does not know, instead of silently showing nothing', async () => {
    const page = await open('?soort=xyz&soort=coe');
    await expect.poll(() => page.textContent('[data-ignored]')).toContain('soort = “xyz”');
    expect(await page.isVisible('[data-ignored]')).toBe(true);
    const coe = explore.items.filter((i) => i.k === 'coe').length;
    expect(await page.textContent('[data-result-status]')).toBe(
      `${coe} van de ${explore.items.length} initiatieven voldoen aan de filters.`,
    );
    await page.close();
  });

  it('says why years picked the wrong way round find nothing', async () => {
    const page = await open('?van=2020&tot=2010');
    await expect.poll(() => page.textContent('[data-result-status]')).toContain('"Vanaf" (2020) ligt na "tot en met" (2010)');
    expect(await page.textContent('[data-result-status]')).toMatch(/^0 van de \d+ initiatieven voldoen aan de filters\./);
    await page.close();
  });

  it('"Meer tonen" moves focus to the first new result; the title names the filters', async () => {
    const page = await open('');
    await page.focus('[data-more]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$$eval('[data-results] > li', (l) => l.length)).toBeGreaterThan(50);
    const focused = await page.evaluate(() => {
      const a = document.activeElement!;
      return { tag: a.tagName, index: [...document.querySelectorAll('[data-results] > li')].indexOf(a.closest('li')!) };
    });
    expect(focused).toEqual({ tag: 'A', index: 50 });
    await page.check('input[name="soort"][value="civ"]');
    await expect.poll(() => page.title()).toMatch(/^\d+ initiatieven: Centrum voor Innovatief Vakmanschap \(CIV\) \| /);
    await page.close();
  });

  it('sorts the home list, and the download of the selection matches the filters in CSV and in a spreadsheet file', async () => {
    const ctx = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await open('?soort=coe', undefined, ctx);
    const coe = explore.items.filter((i) => i.k === 'coe');
    await expect.poll(() => page.$$eval('[data-results] > li', (l) => l.length)).toBe(coe.length);
    await page.selectOption('select[name="sorteer"]', 'startjaar');
    await page.waitForURL(/sorteer=startjaar/);
    const newest = Math.max(...coe.map((i) => i.y ?? 0));
    await expect.poll(() => page.textContent('[data-results] > li:first-child')).toContain(`sinds ${newest}`);

    for (const [format, delimiter] of [
      ['csv', ','],
      ['spreadsheet', ';'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${format}"]`)]);
      const text = readFileSync((await download.path())!, 'utf8');
      // Both: byte-order mark, header in row 1 (csv-dialect.ts).
      expect(text.startsWith('\ufeff'), format).toBe(true);
      const rows = parse(text.replace(/^\ufeff/, ''), { delimiter }) as string[][];
      expect(rows[0]![0]).toBe('Naam');
      const body = rows.slice(1);
      expect(body.map((r) => r.at(-1)).sort(), format).toEqual(coe.map((i) => i.i).sort());
      expect(
        body.every((r) => r[1] === 'Centre of Expertise (CoE)'),
        format,
      ).toBe(true);
      // In the chosen order: the newest first.
      expect(body[0]![3]).toBe(String(newest));
      expect(download.suggestedFilename()).toMatch(/selectie-\d{4}-\d{2}-\d{2}/);
    }
    await ctx.close();
  });

  it('copies a link to the selection', async () => {
    const ctx = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open('?soort=civ', undefined, ctx);
    await page.click('[data-copy-link]');
    await expect.poll(() => page.textContent('[data-tool-status]')).toContain('gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/atlas\/\?soort=civ$/);
    await ctx.close();
  });

  it('an organisation page leads to everything it takes part in, on the list and on the map', async () => {
    const [orgId] = Object.entries(explore.organisations).find(([id]) => explore.items.filter((i) => i.o.includes(id)).length >= 3)!;
    const mine = explore.items.filter((i) => i.o.includes(orgId));
    const page = await open(`organisaties/${orgId}/`);
    await page.click(`a[href$="?organisatie=${orgId}"]`);
    await expect.poll(() => page.$$eval('[data-results] > li', (l) => l.length)).toBe(mine.length);
    expect(await page.isChecked(`input[name="organisatie"][value="${orgId}"]`)).toBe(true);
    const shown = await page.$$eval('[data-static-map] [data-ids]:not(.filtered-out)', (els) =>
      els.flatMap((e) => e.getAttribute('data-ids')!.split(' ')),
    );
    const located = mine.filter((i) => mapData.ids.includes(i.i)).map((i) => i.i);
    for (const id of located) expect(shown).toContain(id);
    await page.close();
  });

  it("a link saved with a merged organisation's old id still filters on the organisation that stayed, and says so", async () => {
    const [oldId, to] = Object.entries(explore.formerOrganisations ?? {})[0]!;
    const mine = explore.items.filter((i) => i.o.includes(to));
    expect(mine.length).toBeGreaterThan(0);
    const page = await open(`?organisatie=${oldId}`);
    await expect.poll(() => page.$$eval('[data-results] > li', (l) => l.length)).toBe(Math.min(mine.length, 50));
    expect(await page.isChecked(`input[name="organisatie"][value="${to}"]`)).toBe(true);
    expect(await page.textContent('[data-ignored]')).toContain(`organisatie = “${oldId}” is nu ${explore.organisations[to]}`);
    await page.close();
  });

  it('sorts the initiatives list and filters the organisations list', async () => {
    const page = await open('initiatieven/?sorteer=startjaar');
    const newest = Math.max(...explore.items.map((i) => i.y ?? 0));
    await expect.poll(() => page.textContent('#alle-initiatieven > li:first-child')).toContain(`sinds ${newest}`);

    await page.goto(`${site.url}organisaties/`);
    const total = await page.$$eval('#alle-organisaties > tr', (r) => r.length);
    await page.fill('#alle-organisaties-q', 'hogeschool');
    await expect.poll(() => page.textContent('[data-list-status]')).toMatch(/^\d+ van de \d+ organisaties\.$/);
    const visible = await page.$$eval('#alle-organisaties > tr:not([hidden])', (r) => r.map((x) => x.textContent!.toLowerCase()));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);
    expect(visible.every((t) => t.includes('hogeschool'))).toBe(true);
    await page.selectOption('#alle-organisaties-sorteer', 'initiatieven');
    const counts = await page.$$eval('#alle-organisaties > tr:not([hidden]) td.num', (c) => c.map((x) => Number(x.textContent)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(page.url()).toMatch(/q=hogeschool&sorteer=initiatieven/);
    await page.close();
  });

  it('search indexes content, not the template, pages past 30 results, and shows the first result on a phone', async () => {
    const page = await open('zoeken/?q=wateer');
    await expect
      .poll(() => page.textContent('[data-search-status]'), { timeout: 15_000 })
      .toMatch(/Niets gevonden|^1 resultaat|^[2-9] resultaten/);

    await page.goto(`${site.url}zoeken/?q=techniek`);
    await expect.poll(() => page.textContent('[data-search-status]'), { timeout: 15_000 }).toMatch(/resultaten/);
    const total = Number((await page.textContent('[data-search-status]'))!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(30);
    // The title names the search, as the address does.
    expect(await page.title()).toBe('Zoeken naar “techniek” · Samenwerkingsatlas');
    while (await page.isVisible('[data-search-more]')) {
      const before = await page.$$eval('[data-search-results] > li', (l) => l.length);
      await page.click('[data-search-more]');
      await expect.poll(() => page.$$eval('[data-search-results] > li', (l) => l.length)).toBeGreaterThan(before);
    }
    expect(await page.$$eval('[data-search-results] > li', (l) => l.length)).toBe(total);
    // Excerpts read as text: a highlighted word keeps its spaces.
    const glued = await page.$$eval(
      '[data-search-results] mark',
      (ms) => ms.filter((m) => /\w$/.test(m.previousSibling?.textContent ?? '') && /^\w/.test(m.textContent ?? '')).length,
    );
    expect(glued).toBe(0);
    await page.close();

    const phone = await open('zoeken/', { width: 390, height: 844 });
    await phone.fill('#zoek-q', 'energie');
    await phone.waitForSelector('[data-search-results] > li', { timeout: 15_000 });
    expect(await inViewport(phone, '[data-search-results] > li:first-child h3')).toBe(true);
    await phone.close();
  });

  it('every page type has link-preview tags with a map image from our own host, and breadcrumbs', async () => {
    for (const path of ['', 'initiatieven/civ-wind-op-zee/', 'organisaties/scalda/', 'regio/zeeland/']) {
      const page = await open(path);
      const og = await page.$$eval('meta[property^="og:"], meta[name^="twitter:"]', (ms) =>
        Object.fromEntries(ms.map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')])),
      );
      expect(og['og:title'], path).toBeTruthy();
      expect(og['og:description'], path).toBeTruthy();
      expect(og['twitter:card']).toBe('summary_large_image');
      const image = new URL(og['og:image']!);
      expect(image.pathname).toMatch(/^\/atlas\/voorbeeld\/[a-z-]+\.png$/);
      const res = await page.request.get(site.url + image.pathname.replace('/atlas/', ''));
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      if (path) {
        const crumbs = await page.$$eval('nav.breadcrumbs li', (ls) => ls.map((l) => l.textContent!.trim()));
        expect(crumbs[0]).toBe('Home');
        expect(crumbs.length).toBe(3);
        if (path.startsWith('regio/')) expect(image.pathname).toBe('/atlas/voorbeeld/zeeland.png');
      }
      await page.close();
    }
  });
});
