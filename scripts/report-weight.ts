/**
 * `npm run report:weight`: what a reader downloads before interacting, per page type
 * (HTML, CSS, JS, data; gzip), measured in Chromium against the built site.
 * Options: --dir dist --base / --json file.json. Build first (npm run build).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { formatWeights, measurePageWeights, PAGE_WORDS } from './lib/page-weight.ts';
import { startServer } from './lib/server.ts';
import { cliArgs } from './lib/args.ts';

/** One page of each type, picked from the built site itself. */
export function samplePages(dir: string): Record<string, string> {
  const first = (sub: string) =>
    readdirSync(join(dir, sub), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()[0];
  const initiatives = JSON.parse(readFileSync(join(dir, 'data', 'initiatieven.json'), 'utf8')) as {
    initiatives: { id: string; partners?: unknown[] }[];
  };
  // The initiative with the most partners: the heaviest ordinary detail page.
  const detail = [...initiatives.initiatives].sort((a, b) => (b.partners?.length ?? 0) - (a.partners?.length ?? 0))[0]!.id;
  return {
    home: '',
    detail: `initiatieven/${detail}/`,
    region: `regio/${first('regio')}/`,
    organisation: `organisaties/${first('organisaties')}/`,
    search: 'zoeken/',
    figures: 'cijfers/',
    whatWorks: 'wat-werkt/',
    gaps: 'witte-vlekken/',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = cliArgs(
    { dir: { type: 'string' }, base: { type: 'string' }, json: { type: 'string' } },
    'npm run report:weight [-- --dir dist --base / --json uit.json]',
  );
  const arg = (name: 'dir' | 'base' | 'json', fallback: string) => values[name] ?? fallback;
  const dir = resolve(arg('dir', process.env.ATLAS_OUT_DIR ?? 'dist'));
  const base = arg('base', process.env.ATLAS_BASE ?? '/');
  const server = await startServer(dir, base);
  const browser = await launchBrowser();
  try {
    const rows = await measurePageWeights(browser, server.url, samplePages(dir));
    console.log(formatWeights(rows));
    const noJs = rows.filter((r) => ['detail', 'region', 'organisation'].includes(r.page) && r.gzip.js > 0);
    console.log(
      noJs.length
        ? `LET OP: JavaScript op ${noJs.map((r) => PAGE_WORDS[r.page] ?? r.page).join(', ')}.`
        : 'Detail-, regio- en organisatiepagina: geen JavaScript.',
    );
    console.log(
      rows.find((r) => r.page === 'home')?.mapLibrary
        ? 'LET OP: de kaartbibliotheek laadt vóór interactie.'
        : 'Startpagina: geen kaartbibliotheek vóór interactie.',
    );
    const json = arg('json', '');
    if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
  } finally {
    await browser.close();
    server.stop();
  }
}
