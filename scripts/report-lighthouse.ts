/**
 * `npm run report:lighthouse`: Lighthouse 12 in the system Chromium against the built site on a
 * local server, for home, a detail, a region, the search page and /data/, with mobile settings
 * and (`--desktop`) with Lighthouse's desktop settings too. Prints the four category scores per
 * page. Build first (npm run build). Options: --dir dist --base / --desktop --json file.json.
 * Simulated throttling on shared cores is noisy: report, do not assert.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { startServer } from './lib/server.ts';
import { samplePages } from './report-weight.ts';
import { cliArgs } from './lib/args.ts';

const { values } = cliArgs(
  { dir: { type: 'string' }, base: { type: 'string' }, json: { type: 'string' }, desktop: { type: 'boolean' } },
  'npm run report:lighthouse [-- --dir dist --base / --desktop --json uit.json]',
);
const arg = (name: 'dir' | 'base' | 'json', fallback: string) => values[name] ?? fallback;
const dir = resolve(arg('dir', process.env.ATLAS_OUT_DIR ?? 'dist'));
const base = arg('base', process.env.ATLAS_BASE ?? '/');
const pages = samplePages(dir);
const targets: Record<string, string> = {
  home: pages.home!,
  detail: pages.detail!,
  region: pages.region!,
  search: pages.search!,
  data: 'data/',
};
/** Mobile (Lighthouse's default) always; desktop on request. */
const forms = values.desktop ? (['mobiel', 'desktop'] as const) : (['mobiel'] as const);

const server = await startServer(dir, base);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_ARGS.filter((f) => f !== '--headless=new').concat('--headless=new'),
});
const rows: { page: string; form: string; performance: number; accessibility: number; 'best-practices': number; seo: number }[] = [];
try {
  for (const [name, path] of Object.entries(targets))
    for (const form of forms) {
      const result = await lighthouse(
        server.url + path,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        form === 'desktop' ? desktopConfig : undefined,
      );
      const c = result!.lhr.categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      rows.push({
        page: name,
        form,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      });
      const failing = Object.values(result!.lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      console.log(
        `${name.padEnd(8)} ${form.padEnd(8)} prestaties ${String(score('performance')).padStart(3)}  toegankelijkheid ${String(score('accessibility')).padStart(3)}  best practices ${String(score('best-practices')).padStart(3)}  SEO ${String(score('seo')).padStart(3)}${failing.length ? `   (niet gehaald: ${failing.join(', ')})` : ''}`,
      );
    }
} finally {
  chrome.kill();
  server.stop();
}
const json = arg('json', '');
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
