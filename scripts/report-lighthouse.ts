/**
 * `npm run report:lighthouse`: Lighthouse 12 (mobile settings) in the system Chromium against
 * the built site on a local server, for home, a detail, a region and the search page. Prints
 * the four category scores per page. Build first (npm run build). Options: --dir dist --base /
 * --json file.json. Simulated throttling on shared cores is noisy: report, do not assert.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { startServer } from './lib/server.ts';
import { samplePages } from './report-weight.ts';
import { cliArgs } from './lib/args.ts';

const { values } = cliArgs(
  { dir: { type: 'string' }, base: { type: 'string' }, json: { type: 'string' } },
  'npm run report:lighthouse [-- --dir dist --base / --json uit.json]',
);
const arg = (name: 'dir' | 'base' | 'json', fallback: string) => values[name] ?? fallback;
const dir = resolve(arg('dir', process.env.ATLAS_OUT_DIR ?? 'dist'));
const base = arg('base', process.env.ATLAS_BASE ?? '/');
const pages = samplePages(dir);
const targets: Record<string, string> = { home: pages.home!, detail: pages.detail!, region: pages.region!, search: pages.search! };

const server = await startServer(dir, base);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_ARGS.filter((f) => f !== '--headless=new').concat('--headless=new'),
});
const rows: { page: string; performance: number; accessibility: number; 'best-practices': number; seo: number }[] = [];
try {
  for (const [name, path] of Object.entries(targets)) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    const c = result!.lhr.categories;
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    rows.push({
      page: name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    });
    const failing = Object.values(result!.lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(
      `${name.padEnd(8)} prestaties ${String(score('performance')).padStart(3)}  toegankelijkheid ${String(score('accessibility')).padStart(3)}  best practices ${String(score('best-practices')).padStart(3)}  SEO ${String(score('seo')).padStart(3)}${failing.length ? `   (niet gehaald: ${failing.join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  server.stop();
}
const json = arg('json', '');
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
