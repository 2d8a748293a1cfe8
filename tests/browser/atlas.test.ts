import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, skipBrowser, useSiteInBrowser } from '../helpers/site';

const mapData = skipBrowser
  ? { ids: [] as string[], kinds: [] as string[], points: [] as number[] }
  : (JSON.parse(readFileSync(join(SITE_DIR, 'data', 'kaart.json'), 'utf8')) as { ids: string[]; kinds: string[]; points: number[] });
const explore = skipBrowser
  ? { items: [] as { i: string; k: string }[] }
  : (JSON.parse(readFileSync(join(SITE_DIR, 'data', 'verkenner.json'), 'utf8')) as { items: { i: string; k: string }[] });

/**
 * What the interactive map holds and drew once it is idle: the locations in its source (after
 * setData), the locations on screen (a marker counts 1, a cluster its point_count; each tile
 * edge may repeat a feature, so each is counted once) and the kinds of the markers drawn.
 */
async function renderedLocations(page: Page): Promise<{ inSource: number; rendered: number; kinds: string[] }> {
  return page.evaluate(async () => {
    const el = document.querySelector('[data-map-canvas]') as HTMLElement & { atlasMap: MapLibreMap };
    const map = el.atlasMap;
    if (!map.loaded() || !map.areTilesLoaded()) await new Promise((r) => map.once('idle', r));
    const source = map.getSource('initiatives') as GeoJSONSource;
    const data = (await source.getData()) as GeoJSON.FeatureCollection;
    const seen = new Set<string>();
    let rendered = 0;
    const kinds = new Set<string>();
    for (const f of map.queryRenderedFeatures({ layers: ['clusters', 'initiatives'] })) {
      const p = f.properties as { cluster_id?: number; point_count?: number; id?: string; kind?: string };
      const key = p.cluster_id !== undefined ? `c${p.cluster_id}` : `p${p.id}:${(f.geometry as GeoJSON.Point).coordinates.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rendered += p.point_count ?? 1;
      if (p.kind) kinds.add(p.kind);
    }
    return { inSource: data.features.length, rendered, kinds: [...kinds].sort() };
  });
}

describe.skipIf(skipBrowser)('the atlas in a browser', () => {
  const site = useSiteInBrowser();
  const open = async (path: string, opts: { width?: number } = {}): Promise<Page> => {
    const page = await site.browser.newPage({ viewport: { width: opts.width ?? 1280, height: 900 } });
    await page.goto(site.url + path);
    return page;
  };

  it('the static map has a named link for every location and a link for every province', async () => {
    const page = await open('');
    const points = await page.$$eval('[data-static-map] .map-point', (as) =>
      as.map((a) => ({ name: a.querySelector('title')?.textContent, href: a.getAttribute('href') })),
    );
    // Initiatives that share a spot, or lie closer than a 24 px target, are one counted marker;
    // together the markers stand for every initiative with a location.
    const ids = await page.$$eval('[data-static-map] .map-points a', (as) => as.flatMap((a) => (a as SVGElement).dataset.ids!.split(' ')));
    expect(new Set(ids)).toEqual(new Set(mapData.ids));
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.name && p.href?.startsWith('/atlas/initiatieven/'))).toBe(true);
    // A province link works from the keyboard (its middle may lie under a marker's target).
    await page.focus('[data-static-map] a.map-region[aria-label="Zeeland"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atlas\/regio\/zeeland\/$/);
    expect(await page.textContent('h1')).toBe('Zeeland');
    await page.close();
  });

  it('loads no map library before interaction, then MapLibre renders every point from the keyboard button', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(site.url);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /maplibre|interactive-map|kaart\.json/.test(u))).toEqual([]);
    // Keyboard focus alone on the map never swaps it (focus would jump); the button does.
    await page.focus('[data-map-surface]');
    await page.waitForTimeout(500);
    expect(await page.getAttribute('atlas-map', 'data-state')).toBeNull();
    await page.focus('[data-map-activate]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
    expect(requests.some((u) => /interactive-map/.test(u))).toBe(true);
    // MapLibre's own prebuilt module and worker, from our host under the base path (issue #15).
    expect(requests).toContain(new URL('vendor/maplibre-gl/maplibre-gl.mjs', site.url).href);
    expect(requests).toContain(new URL('vendor/maplibre-gl/maplibre-gl-worker.mjs', site.url).href);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    // What MapLibre drew, not a count the code set: every location is a rendered marker or
    // inside a rendered cluster, and the source holds every location.
    const drawn = await renderedLocations(page);
    expect(drawn.inSource).toBe(mapData.points.length / 4);
    expect(drawn.rendered).toBe(mapData.points.length / 4);
    // The canvas is not a blank frame: sampled pixels hold land, water and marker colours.
    const pixels = await sharp(await page.locator('canvas.maplibregl-canvas').screenshot())
      .raw()
      .toBuffer({ resolveWithObject: true });
    const counts = new Map<number, number>();
    for (let i = 0; i < pixels.data.length; i += pixels.info.channels * 7) {
      // Quantised to 32 levels per channel, so anti-aliasing does not count as a colour.
      const key = ((pixels.data[i]! >> 3) << 10) | ((pixels.data[i + 1]! >> 3) << 5) | (pixels.data[i + 2]! >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const samples = [...counts.values()].reduce((a, b) => a + b, 0);
    const common = [...counts.values()].filter((n) => n > samples / 500);
    expect(common.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...counts.values()) / samples).toBeLessThan(0.9);
    await page.close();
  });

  it('filtering updates the list, the map and the URL; reload and back restore it', async () => {
    const page = await open('');
    const civ = explore.items.filter((i) => i.k === 'civ').length;
    await page.check('input[name="soort"][value="civ"]');
    await page.waitForURL(/\?soort=civ$/);
    await expect
      .poll(() => page.textContent('[data-result-status]'))
      .toBe(`${civ} van de ${explore.items.length} initiatieven voldoen aan de filters.`);
    expect(await page.$$eval('[data-results] > li', (l) => l.length)).toBe(civ);
    // Every marker still shown stands for a civ among its initiatives, every hidden one for none.
    const civIds = new Set(explore.items.filter((i) => i.k === 'civ').map((i) => i.i));
    const markers = await page.$$eval('[data-static-map] .map-points a', (as) =>
      as.map((a) => ({
        ids: (a as SVGElement).dataset.ids!.split(' '),
        shown: !a.classList.contains('filtered-out'),
        cls: a.getAttribute('class')!,
      })),
    );
    expect(markers.filter((m) => m.shown).length).toBeGreaterThan(0);
    for (const m of markers)
      expect(
        m.ids.some((id) => civIds.has(id)),
        m.ids.join(' '),
      ).toBe(m.shown);
    expect(markers.filter((m) => m.shown && m.cls.includes('map-point')).every((m) => m.cls.includes('kind-civ'))).toBe(true);

    await page.check('input[name="niveau"][value="hbo"]');
    await page.waitForURL(/soort=civ&niveau=hbo$/);
    await page.reload();
    await expect.poll(() => page.isChecked('input[name="niveau"][value="hbo"]')).toBe(true);
    expect(await page.isChecked('input[name="soort"][value="civ"]')).toBe(true);
    const both = await page.$$eval('[data-results] > li', (l) => l.length);
    expect(both).toBeLessThan(civ);

    await page.goBack();
    await page.waitForURL(/\?soort=civ$/);
    await expect.poll(() => page.$$eval('[data-results] > li', (l) => l.length)).toBe(civ);
    expect(await page.isChecked('input[name="niveau"][value="hbo"]')).toBe(false);
    await page.close();
  });

  it('the interactive map follows the filters', async () => {
    const page = await open('?soort=coe');
    await page.click('[data-map-activate]');
    await page.waitForSelector('atlas-map[data-state="interactive"]', { timeout: 30_000 });
    const coe = explore.items.filter((i) => i.k === 'coe').length;
    expect(await page.$$eval('[data-results] > li', (l) => l.length)).toBe(coe);
    // What the map drew after the filter: only Centres of Expertise, and each of their locations.
    const coeLocations = mapData.points.filter((_, n) => n % 4 === 2).filter((k) => mapData.kinds[k] === 'coe').length;
    await expect.poll(async () => (await renderedLocations(page)).rendered, { timeout: 10_000 }).toBe(coeLocations);
    const drawn = await renderedLocations(page);
    expect(drawn.inSource).toBe(coeLocations);
    expect(drawn.kinds).toEqual(['coe']);
    // And back: clearing the filter draws every location again.
    await page.uncheck('input[name="soort"][value="coe"]');
    await expect.poll(async () => (await renderedLocations(page)).rendered, { timeout: 10_000 }).toBe(mapData.points.length / 4);
    await page.close();
  });

  it('search finds an initiative by an inflected Dutch word and by an organisation name', async () => {
    const page = await open('zoeken/?q=energietransities');
    // All results, or the first 30 of more (the list grows with every import).
    await expect.poll(() => page.textContent('[data-search-status]'), { timeout: 15_000 }).toMatch(/resultaten?(\.|; de eerste)/);
    const titles = await page.$$eval('[data-search-results] h3', (hs) => hs.map((h) => h.textContent));
    expect(titles).toContain('EnTranCe – Centre of Expertise Energy');
    expect(await page.textContent('[data-search-results] li:first-child .muted')).toMatch(/Initiatief · /);

    // From the header of any page, by organisation name.
    await page.goto(`${site.url}initiatieven/cew/`);
    await page.fill('#site-search-q', 'Scalda');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/atlas\/zoeken\/\?q=Scalda$/);
    await expect
      .poll(async () => page.$$eval('[data-search-results] h3', (hs) => hs.map((h) => h.textContent)), { timeout: 15_000 })
      .toContain('CIV Wind op Zee');
    await page.close();
  });

  it('a keyboard-only reader can filter, open an initiative and search', async () => {
    const page = await open('');
    const tabTo = async (selector: string, max = 40) => {
      for (let n = 0; n < max; n++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`could not reach ${selector} with Tab`);
    };
    await tabTo('#filter-q');
    // Tabbing past the static map left it in place: nothing was swapped under the focus.
    expect(await page.getAttribute('atlas-map', 'data-state')).toBeNull();
    await page.keyboard.type('wind');
    await expect.poll(() => page.$$eval('[data-results] > li', (l) => l.length)).toBeGreaterThan(0);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await tabTo('[data-results] a', 80);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atlas\/initiatieven\/[^/]+\/$/);
    expect(await page.textContent('h1')).toMatch(/wind/i);
    await tabTo('#site-search-q');
    await page.keyboard.type('Hanzehogeschool');
    await page.keyboard.press('Enter');
    await page.waitForURL(/zoeken\/\?q=Hanzehogeschool/);
    await page.waitForSelector('[data-search-results] a', { timeout: 15_000 });
    await tabTo('[data-search-results] a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atlas\/(organisaties|initiatieven)\//);
    await page.close();
  });

  it('is usable at 320 px wide without horizontal scrolling', async () => {
    for (const path of [
      '',
      'initiatieven/civ-wind-op-zee/',
      'cijfers/',
      'regio/zeeland/',
      'zoeken/',
      'data/schema/',
      'organisaties/scalda/',
    ]) {
      const page = await open(path, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('a 160-character unbroken name wraps on a 320 px screen instead of widening the page', async () => {
    // Every place the page shows the entity's name gets a name of the schema's maximum length
    // without a single break opportunity: the worst a contributor can type.
    const long = 'Samenwerkingsverbandvoorinnovatiefvakmanschap'.repeat(4).slice(0, 160);
    for (const [path, selector] of [
      ['initiatieven/civ-wind-op-zee/', 'h1'],
      ['organisaties/scalda/', 'h1'],
      ['initiatieven/', 'main li a'],
      ['regio/zeeland/', 'main li a'],
    ] as const) {
      const page = await open(path, { width: 320 });
      const overflow = await page.evaluate(
        ([selector, long]) => {
          const name = document.querySelector(selector)!.textContent!.trim();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            if (n.nodeValue!.includes(name)) n.nodeValue = n.nodeValue!.split(name).join(long);
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        },
        [selector, long] as const,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
