/**
 * `npm run check:links`: checks every web address in the data (websites, contact pages, sources)
 * and reports by file, in Dutch, what is dead, unreachable or redirected. Polite: at most
 * `--concurrency` requests at a time (default 4), addresses of one host spread out, a timeout
 * per request (`--timeout` seconds, default 15), a user agent naming the atlas. Results are kept
 * with their date in .tmp/link-check.json and reused for `--max-age` days (default 7;
 * `--no-cache` checks everything). `--out <file>` also writes the report to a file (the weekly
 * workflow puts it in an issue). An address in a private network (localhost, 10.x, 192.168.x,
 * ...), or whose name resolves to one, is never asked, also not after a redirect, unless
 * `--allow-internal` (a test server on this machine). Never part of `npm test` or the build.
 */
import { lookup } from 'node:dns/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { dataDir, loadDataset } from '../src/io/dataset.ts';
import { checkLinks, noAnswerAtAll, reusable, type LinkResult } from '../src/lib/links/check.ts';
import { collectLinks } from '../src/lib/links/collect.ts';
import { linkReport } from '../src/lib/links/report.ts';
import { siteConfig } from '../src/site.config.ts';
import { cliArgs } from './lib/args.ts';
import { writeWhole } from '../src/io/write-whole.mjs';

const { values } = cliArgs(
  {
    concurrency: { type: 'string', default: '4' },
    timeout: { type: 'string', default: '15' },
    'max-age': { type: 'string', default: '7' },
    'no-cache': { type: 'boolean', default: false },
    out: { type: 'string' },
    cache: { type: 'string', default: '.tmp/link-check.json' },
    'allow-internal': { type: 'boolean', default: false },
  },
  'npm run check:links [-- --concurrency 4 --timeout 15 --max-age 7 --no-cache --out rapport.md --allow-internal]',
);
const number = (name: 'concurrency' | 'timeout' | 'max-age', min: number, max: number): number => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} moet een getal tussen ${min} en ${max} zijn.`);
    process.exit(2);
  }
  return n;
};
const concurrency = number('concurrency', 1, 16);
const timeoutMs = number('timeout', 1, 120) * 1000;
const maxAgeDays = number('max-age', 0, 365);

const dir = dataDir();
const dataset = await loadDataset(dir);
if (dataset.problems.some((p) => p.severity === 'error')) {
  console.error('De data heeft fouten; los die eerst op (npm run validate).');
  process.exit(1);
}
const uses = collectLinks(
  [
    ...dataset.initiatives.map((i) => ({ kind: 'initiative' as const, id: i.id, data: i.data })),
    ...dataset.organisations.map((o) => ({ kind: 'organisation' as const, id: o.id, data: o.data })),
  ],
  relative(process.cwd(), dir) || '.',
);

const cacheFile = resolve(values.cache);
let cache: Record<string, LinkResult> = {};
if (!values['no-cache']) {
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, LinkResult>;
  } catch {
    cache = {};
  }
}
const now = new Date();
const fresh = reusable(cache, now, maxAgeDays);
const todo = [...uses.keys()].filter((u) => !fresh.has(u));
console.error(
  `${uses.size} webadressen; ${uses.size - todo.length} uit de cache (jonger dan ${maxAgeDays} dagen), ${todo.length} te controleren.`,
);
/** After this many addresses without any answer, from the start, the run stops: no network, most likely. */
const GIVE_UP_AFTER = 12;
const checked = await checkLinks(todo, {
  concurrency,
  timeoutMs,
  userAgent: `${siteConfig.title}-linkcontrole/1.0 (+https://github.com/${siteConfig.repository})`,
  allowInternal: values['allow-internal'],
  lookup: async (host) => (await lookup(host, { all: true })).map((a) => a.address),
  giveUpAfter: GIVE_UP_AFTER,
  // A sign of life on a long run: without one, a maintainer review saw nothing for minutes.
  onProgress: (done) => {
    if (done % 50 === 0) console.error(`… ${done} van ${todo.length} gecontroleerd`);
  },
});
for (const r of checked) fresh.set(r.url, r);
if (checked.length < todo.length) {
  console.error(
    `De eerste ${checked.length} adressen gaven geen antwoord; de controle is gestopt. Heeft deze computer een netwerkverbinding? Er is geen rapport gemaakt; probeer het later opnieuw.`,
  );
  process.exit(1);
}
if (noAnswerAtAll(checked))
  console.error(
    `Geen van de ${checked.length} gecontroleerde adressen gaf antwoord: heeft deze computer een netwerkverbinding? Een adres zonder antwoord wordt de volgende keer opnieuw gevraagd.`,
  );

// Written whole: an interrupted run never leaves half a cache.
writeWhole(cacheFile, JSON.stringify(Object.fromEntries(fresh), null, 1));

const report = linkReport(
  [...uses.keys()].map((u) => fresh.get(u)!),
  uses,
  now.toISOString().slice(0, 10),
);
process.stdout.write(report);
if (values.out) writeFileSync(values.out, report);
