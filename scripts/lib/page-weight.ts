import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  page: string;
  path: string;
  requests: number;
  /** Gzip bytes per kind of resource, as a reader downloads them before interacting. */
  gzip: { html: number; css: number; js: number; data: number; other: number; total: number };
  raw: number;
  /** True when any part of the map library was fetched (must be false before interaction). */
  mapLibrary: boolean;
}

function kindOf(url: string, type: string): keyof PageWeight['gzip'] {
  if (type.includes('html')) return 'html';
  if (type.includes('css') || url.endsWith('.css')) return 'css';
  if (type.includes('javascript') || /\.(m?js)(\?|$)/.test(url)) return 'js';
  if (type.includes('json') || /\.(geo)?json(\?|$)/.test(url) || url.includes('/pagefind/')) return 'data';
  return 'other';
}

/**
 * Loads each page in a fresh browser context, waits until the network is idle, and adds up
 * every response body as gzip would send it. Our static server sends files uncompressed, so
 * the gzip size is computed here (level 9, what GitHub Pages-like hosts approach).
 */
export async function measurePageWeights(browser: Browser, siteUrl: string, pages: Record<string, string>): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const [name, path] of Object.entries(pages)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const bodies: Promise<{ url: string; type: string; size: number; gz: number }>[] = [];
    page.on('response', (res) => {
      if (res.status() >= 300) return;
      bodies.push(
        res
          .body()
          .then((b) => ({
            url: res.url(),
            type: res.headers()['content-type'] ?? '',
            size: b.length,
            gz: gzipSync(b, { level: 9 }).length,
          }))
          .catch(() => ({ url: res.url(), type: '', size: 0, gz: 0 })),
      );
    });
    await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const all = await Promise.all(bodies);
    const gzip = { html: 0, css: 0, js: 0, data: 0, other: 0, total: 0 };
    for (const b of all) {
      gzip[kindOf(b.url, b.type)] += b.gz;
      gzip.total += b.gz;
    }
    out.push({
      page: name,
      path,
      requests: all.length,
      gzip,
      raw: all.reduce((s, b) => s + b.size, 0),
      mapLibrary: all.some((b) => /maplibre|interactive-map/.test(b.url)),
    });
    await context.close();
  }
  return out;
}

/** A readable table of page weights. */
/** The page types in the words of the report (the keys stay English: the bench's JSON uses them). */
export const PAGE_WORDS: Readonly<Record<string, string>> = {
  home: 'startpagina',
  detail: 'initiatief',
  region: 'regio',
  organisation: 'organisatie',
  search: 'zoeken',
  figures: 'cijfers',
  whatWorks: 'wat werkt',
  gaps: 'witte vlekken',
};

export function formatWeights(rows: PageWeight[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const head = ['pagina', 'verzoeken', 'HTML', 'CSS', 'JS', 'data', 'overig', 'totaal (gzip)', 'kaartbibliotheek'];
  const lines = rows.map((r) => [
    PAGE_WORDS[r.page] ?? r.page,
    String(r.requests),
    kb(r.gzip.html),
    kb(r.gzip.css),
    kb(r.gzip.js),
    kb(r.gzip.data),
    kb(r.gzip.other),
    kb(r.gzip.total),
    r.mapLibrary ? 'JA' : 'nee',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}
