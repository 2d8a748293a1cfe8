import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium';
import { join } from 'node:path';
import { freePort, startServer as start } from '../../scripts/lib/server';
import { ROOT } from './fixtures';

/** The site built by scripts/test.sh under a base path, as GitHub Pages serves a project site. */
export const SITE_DIR = join(ROOT, '.tmp', 'site-test');
export const BASE = '/atlas/';

/**
 * Whether the test site was built (scripts/test.sh builds it before the tests). Under CI=true
 * a missing build is a failure, never a quiet skip: suites that read the site would otherwise
 * pass by testing nothing.
 */
export const siteBuilt = existsSync(SITE_DIR);
if (!siteBuilt && process.env.CI === 'true') {
  throw new Error(`De testsite ontbreekt (${SITE_DIR}); onder CI=true is dat een fout. Draai npm test (scripts/test.sh bouwt haar eerst).`);
}

/** True when browser tests must be skipped (no Chromium, announced loudly by scripts/test.sh). */
export const skipBrowser = process.env.ATLAS_SKIP_BROWSER === '1' || !siteBuilt;

export { freePort };

/** Serves the test site (or another built site) on a free port. */
export function startServer(dir = SITE_DIR, base = BASE): ReturnType<typeof start> {
  return start(dir, base);
}

/**
 * Serves the test site and starts Chromium for the tests of one `describe`, stopping both
 * afterwards. Read `browser` and `url` inside tests (they exist once beforeAll has run).
 */
export function useSiteInBrowser(): { readonly browser: import('playwright-core').Browser; readonly url: string } {
  const ctx: { browser?: import('playwright-core').Browser; server?: Awaited<ReturnType<typeof start>> } = {};
  beforeAll(async () => {
    ctx.server = await startServer();
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    ctx.server?.stop();
  });
  return {
    get browser() {
      return ctx.browser!;
    },
    get url() {
      return ctx.server!.url;
    },
  };
}

/**
 * Centres the interactive map (after `atlas-map` turned interactive) on a point at `zoom`, waits
 * until it is drawn, and gives where that point is on the page: where a reader would click it.
 */
export async function pointOnMap(
  page: import('playwright-core').Page,
  at: { lon: number; lat: number },
  zoom: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ lon, lat, zoom }) => {
      const map = (document.querySelector('[data-map-canvas]') as HTMLElement & { atlasMap: import('maplibre-gl').Map }).atlasMap;
      map.jumpTo({ center: [lon, lat], zoom });
      await new Promise((r) => map.once('idle', r));
      const p = map.project([lon, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    { lon: at.lon, lat: at.lat, zoom },
  );
}
