import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validate/validate-dataset';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { choose, save, startCms, type CmsSession } from '../helpers/cms-session';
import { skipBrowser } from '../helpers/site';

/**
 * The place picker (issue #25, "A place anyone can find"), driven through `npm run cms` as the
 * README types it, in a throw-away copy of this repository, as tests/browser/cms.test.ts does.
 * Pieterburen is in no data file and not in GeoNames' list of places: it is found on the map.
 */
describe.skipIf(skipBrowser)(
  'the place picker through npm run cms: any place by name, on a map with place names',
  { timeout: 240_000 },
  () => {
    let s: CmsSession;

    beforeAll(async () => {
      s = await startCms();
    });
    afterAll(async () => {
      await s?.stop();
    });

    const admin = (hash: string): Promise<Page> => s.admin(hash);
    const fileOnBranch = (branch: string, file: string) => s.fileOnBranch(branch, file);

    /** The map of a place picker, and MapLibre's view of it (the element carries the map object for tests). */
    type View = {
      x: number;
      y: number;
      zoom: number;
      centre: [number, number];
      labels: string[];
      box: { left: number; top: number; width: number; height: number };
    };
    const view = (picker: Locator, lon: number, lat: number): Promise<View> =>
      picker.locator('[data-picker-map]').evaluate(
        (el, [lon, lat]) => {
          const m = (el as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap;
          const p = m.project([lon!, lat!]);
          const r = el.getBoundingClientRect();
          const labels = m.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => String(f.properties.name));
          const c = m.getCenter();
          return {
            x: r.left + p.x,
            y: r.top + p.y,
            zoom: m.getZoom(),
            centre: [c.lng, c.lat] as [number, number],
            labels,
            box: { left: r.left, top: r.top, width: r.width, height: r.height },
          };
        },
        [lon, lat],
      );
    /** Drags the map, as a contributor would, until the spot is well inside it. */
    const dragInto = async (page: Page, picker: Locator, lon: number, lat: number): Promise<View> => {
      for (let n = 0; n < 10; n++) {
        const v = await view(picker, lon, lat);
        const { left, top, width, height } = v.box;
        const [cx, cy] = [left + width / 2, top + height / 2];
        if (Math.abs(v.x - cx) < width / 4 && Math.abs(v.y - cy) < height / 4) return v;
        // From a point between the centre and the spot (inside the map) to the centre.
        const [fx, fy] = [
          cx + Math.max(-width / 2.5, Math.min(width / 2.5, v.x - cx)),
          cy + Math.max(-height / 2.5, Math.min(height / 2.5, v.y - cy)),
        ];
        await page.mouse.move(fx, fy);
        await page.mouse.down();
        await page.mouse.move(cx, cy, { steps: 8 });
        await page.mouse.up();
        await page.waitForTimeout(300);
      }
      throw new Error('de kaart liet zich niet verschuiven');
    };
    /** Zooms in with the mouse wheel over a spot, as a contributor would, until `zoom` is reached. */
    const wheelTo = async (page: Page, picker: Locator, lon: number, lat: number, zoom: number): Promise<View> => {
      for (let n = 0; n < 40; n++) {
        const v = await dragInto(page, picker, lon, lat);
        if (v.zoom >= zoom) return v;
        await page.mouse.move(v.x, v.y);
        await page.mouse.wheel(0, -240);
        await page.waitForTimeout(250);
      }
      throw new Error('de kaart zoomde niet in');
    };
    const ready = async (picker: Locator) => {
      await picker.locator('[data-picker-map][data-ready]').waitFor({ timeout: 30_000 });
      await picker.scrollIntoViewIfNeeded();
    };
    /**
     * The working area's provinces: Decap asks for them once the (collapsed, optional) working
     * area is in the form (since working_area, #22; not part of the picker).
     */
    const workingArea = async (page: Page) => {
      // The collapsed object's own toggle: the nearest expand button before its first field. (Not "the
      // first button of the nearest ancestor": the working area's source is an object with a toggle of its own.)
      await page.locator('[id^="regions-field"]').first().locator('xpath=preceding::button[@data-testid="expand-button"][1]').click();
      await choose(page, 'regions', 'Groningen');
    };
    const PIETERBUREN = [6.4488, 53.4012] as const;
    const near = ['Eenrum', 'Baflo', 'Leens', 'Warffum', 'Winsum', 'Ulrum', 'Obergum', 'Usquert'];

    it('a village outside the list is found on a map with place names, zoomed in, and stored with an honest precision', async () => {
      const page = await admin('#/collections/initiatives/new');
      await page.fill('[id^="name-field"]', 'Zeehondenzorg Pieterburen Test');
      await choose(page, 'kind', 'Centrum voor Innovatief Vakmanschap (CIV)');
      await choose(page, 'status', 'Actief');
      await page.fill('[id^="summary-field"]', 'Scholen en een zeehondencentrum leiden samen op in dierverzorging aan de kust.');
      await workingArea(page);
      await page.click('[data-add-location]');
      const picker = page.locator('[data-place-picker]:has([data-add-location])');
      await ready(picker);
      await picker.locator('input[data-place]').fill('Pieterburen');
      await expect.poll(() => picker.locator('[data-coordinates]').first().textContent()).toMatch(/‘Pieterburen’ staat niet in de lijst/);

      // The whole country: names are drawn (by the browser, no glyph server), and a click there is an area.
      await expect.poll(async () => (await view(picker, ...PIETERBUREN)).labels.length, { timeout: 15_000 }).toBeGreaterThan(5);
      const start = await view(picker, ...PIETERBUREN);
      await page.mouse.click(start.x, start.y);
      await expect
        .poll(() => picker.locator('[data-coordinates]').first().textContent())
        .toMatch(/aangewezen op de kaart; nauwkeurigheid: midden van het gebied/);
      expect(await picker.locator('select').first().inputValue()).toBe('area');

      // Zoom works: the zoom button, then the wheel over the north of Groningen.
      await picker.getByRole('button', { name: 'Inzoomen' }).click();
      await expect.poll(async () => (await view(picker, ...PIETERBUREN)).zoom).toBeGreaterThan(start.zoom + 0.5);
      await wheelTo(page, picker, ...PIETERBUREN, 10);
      // The villages around Pieterburen are named on the map now.
      await expect
        .poll(async () => (await view(picker, ...PIETERBUREN)).labels.filter((l) => near.includes(l)), { timeout: 15_000 })
        .not.toEqual([]);
      const zoomed = await view(picker, ...PIETERBUREN);
      await page.screenshot({ path: '/tmp/place-picker-pieterburen.png' });
      await page.mouse.click(zoomed.x, zoomed.y);
      await expect
        .poll(() => picker.locator('[data-coordinates]').first().textContent())
        .toMatch(/Coördinaten: 53\.40\d*, 6\.4[45]\d* \(aangewezen op de kaart; nauwkeurigheid: midden van de plaats\)/);
      expect(await picker.locator('select').first().inputValue()).toBe('place');
      // What the contributor typed stays in the box; the stored text says the point was picked on the map.
      expect(await picker.locator('input[data-place]').inputValue()).toBe('Pieterburen');
      await page.screenshot({ path: '/tmp/place-picker-pieterburen-gekozen.png' });

      await page.click('button:has-text("Voeg bron toe")');
      await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/zeehonden/');
      await save(page);
      const file = 'data/initiatives/zeehondenzorg-pieterburen-test.yaml';
      const show = fileOnBranch('cms/initiatives/zeehondenzorg-pieterburen-test', file);
      await expect.poll(show, { timeout: 20_000 }).toMatch(/^name: Zeehondenzorg Pieterburen Test$/m);
      const text = show();
      expect(text).toMatch(
        /- place: Pieterburen \(aangewezen op de kaart\)\n {4}latitude: 53\.40\d*\n {4}longitude: 6\.4[45]\d*\n {4}precision: place$/m,
      );
      expect(text).not.toMatch(/precision: address/);
      expect(checkFile('initiative', { path: file, content: text }).problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(formatDataFile('initiative', text, file).text).toBe(text);
      await page.close();
    });

    it('a new organisation gets its place through the same picker: a listed place by name, or a click on the map', async () => {
      const page = await admin('#/collections/initiatives/new');
      await page.fill('[id^="name-field"]', 'Kustzorg Noord Test');
      await choose(page, 'kind', 'Regionaal netwerk of pact');
      await choose(page, 'status', 'Actief');
      await page.fill('[id^="summary-field"]', 'Zorginstellingen en scholen aan de Groninger kust leiden samen op.');
      await workingArea(page);
      await page.click('button:has-text("Voeg nieuwe organisatie toe")');
      await page.locator('[id^="name-field"]').last().fill('Zeehondencentrum Voorbeeld');
      await choose(page, 'kind', 'Anders', true);
      await choose(page, 'role', 'Penvoerder', true);
      const picker = page.locator('[data-place-picker]:not(:has([data-add-location]))').last();
      await ready(picker);
      // A listed place by name: the coordinates follow and the map goes there.
      await picker.locator('input[data-place]').fill('Winsum');
      await expect.poll(() => picker.locator('[data-coordinates]').textContent()).toMatch(/Coördinaten: 53\.3\d*, 6\.5\d*\.$/);
      // An unknown village: found on the map and clicked.
      await picker.locator('input[data-place]').fill('Pieterburen');
      await expect.poll(() => picker.locator('[data-coordinates]').textContent()).toMatch(/‘Pieterburen’ staat niet in de lijst/);
      const v = await wheelTo(page, picker, ...PIETERBUREN, 10);
      await expect
        .poll(async () => (await view(picker, ...PIETERBUREN)).labels.filter((l) => near.includes(l)), { timeout: 15_000 })
        .not.toEqual([]);
      await page.mouse.click(v.x, v.y);
      await expect
        .poll(() => picker.locator('[data-coordinates]').textContent())
        .toMatch(/Coördinaten: 53\.40\d*, 6\.4[45]\d* \(aangewezen op de kaart\)/);
      await page.screenshot({ path: '/tmp/place-picker-nieuwe-organisatie.png' });
      await page.click('button:has-text("Voeg bron toe")');
      await page.fill('[id^="url-field"]', 'https://www.voorbeeld.nl/kustzorg/');
      await save(page);
      const file = 'data/initiatives/kustzorg-noord-test.yaml';
      const show = fileOnBranch('cms/initiatives/kustzorg-noord-test', file);
      await expect.poll(show, { timeout: 20_000 }).toMatch(/^name: Kustzorg Noord Test$/m);
      const text = show();
      expect(text).toMatch(
        /new_organisations:\n {2}- name: Zeehondencentrum Voorbeeld\n {4}kind: other\n {4}role: lead\n {4}place: Pieterburen \(aangewezen op de kaart\)\n {4}latitude: 53\.40\d*\n {4}longitude: 6\.4[45]\d*$/m,
      );
      expect(checkFile('initiative', { path: file, content: text }).problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(formatDataFile('initiative', text, file).text).toBe(text);
      await page.close();
    });

    it('works by keyboard: the name is typed, + zooms the map, arrows pan it, and a button picks the middle of the map', async () => {
      const page = await admin('#/collections/initiatives/new');
      await page.locator('[data-add-location]').focus();
      await page.keyboard.press('Enter');
      const picker = page.locator('[data-place-picker]:has([data-add-location])');
      await ready(picker);
      await picker.locator('input[data-place]').focus();
      await page.keyboard.type('Pieterburen');
      await expect.poll(() => picker.locator('[data-coordinates]').first().textContent()).toMatch(/‘Pieterburen’ staat niet in de lijst/);
      // The map takes keyboard focus (MapLibre's canvas), zooms with + and pans with the arrow keys.
      await picker.locator('canvas').focus();
      const before = await view(picker, ...PIETERBUREN);
      for (let n = 0; n < 3; n++) {
        await page.keyboard.press('Equal');
        await page.waitForTimeout(400);
      }
      await expect.poll(async () => (await view(picker, ...PIETERBUREN)).zoom).toBeGreaterThan(before.zoom + 2);
      const zoomed = await view(picker, ...PIETERBUREN);
      expect(zoomed.zoom).toBeLessThan(10);
      // One key at a time, as a reader presses them: MapLibre eases each pan, and a key pressed
      // before the previous ease has drawn a frame cancels it (Right then Up at once sometimes
      // moved the map up only; seen in CI).
      for (let n = 0; n < 3; n++) {
        for (const key of ['ArrowRight', 'ArrowUp']) {
          await page.keyboard.press(key);
          await page.waitForTimeout(400);
        }
      }
      await expect.poll(async () => (await view(picker, ...PIETERBUREN)).centre[0]).toBeGreaterThan(zoomed.centre[0]);
      const centre = (await view(picker, ...PIETERBUREN)).centre;
      expect(centre[1]).toBeGreaterThan(zoomed.centre[1]);
      await picker.locator('[data-pick-centre]').focus();
      await page.keyboard.press('Enter');
      const [lon, lat] = centre.map((v) => String(Math.round(v * 1e4) / 1e4));
      await expect
        .poll(() => picker.locator('[data-coordinates]').first().textContent())
        .toBe(`Coördinaten: ${lat}, ${lon} (aangewezen op de kaart; nauwkeurigheid: midden van het gebied).`);
      expect(await picker.locator('input[data-place]').inputValue()).toBe('Pieterburen');
      await page.close();
    });
  },
);
