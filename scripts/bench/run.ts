/**
 * `npm run bench`: builds the atlas from synthetic datasets of N initiatives (default 1,000
 * and 10,000; `--sizes 200,50000`) in a temporary folder, times every phase, samples peak
 * memory, measures page weights and search in Chromium, and compares with a bare Astro +
 * Pagefind build of the same page count. Writes a table and bench-results/latest.json.
 * The repository's own data (the starter set) is measured too, unless --no-starter.
 * The timed measures (a cold validation, our build and the baseline's, in turns) run `--repeat`
 * times (3 by default) and the median is reported, every run kept beside it (repeat.ts says why).
 * Options: --sizes 1000,10000  --repeat 3  --no-browser  --no-starter  --out bench-results/latest.json
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/chromium.ts';
import { runMeasured, type Measured } from '../lib/measure.ts';
import { measurePageWeights } from '../lib/page-weight.ts';
import { startServer } from '../lib/server.ts';
import { samplePages } from '../report-weight.ts';
import { writeBaselineProject } from './baseline.ts';
import { generateDataset } from './generate.ts';
import { goals, goalsTable } from './goals.ts';
import { medianIndex, medianPair } from './repeat.ts';
import type { BenchResult } from './result.ts';
import { cliArgs } from '../lib/args.ts';
import { defaultCacheFile } from '../../src/io/validate-cache.ts';

const { values } = cliArgs(
  {
    sizes: { type: 'string', default: '1000,10000' },
    repeat: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-results/latest.json' },
    'no-starter': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
  'npm run bench [-- --sizes 1000,10000 --repeat 3 --out bench-results/latest.json --no-starter --no-browser]',
);
const sizes = values.sizes.split(',').map(Number);
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`--repeat moet een geheel getal van 1 of meer zijn, niet "${values.repeat}".`);
  process.exit(2);
}
// The real site too (its ratio to a bare build of as many pages is a target of its own).
const withStarter = !values['no-starter'];
const browserWanted = !values['no-browser'];
const outFile = resolve(values.out);
const root = process.cwd();

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}
const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
const num = (re: RegExp, text: string) => {
  const m = re.exec(text);
  return m ? Number(m[1]) : undefined;
};
/** A duration Astro/Vite printed after `marker` ("Completed in 3.9s" or "in 345ms"), in ms. */
function durationAfter(text: string, marker: string, re: RegExp): number | undefined {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  const at = plain.indexOf(marker);
  if (at < 0) return undefined;
  const m = re.exec(plain.slice(at));
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000));
}

/**
 * Before each timed command: the disk takes what earlier steps wrote (`sync`), untimed, so a
 * build does not inherit the writing of the one before (400 MB at 10,000).
 */
function settle(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** What the bench searches for, as a reader would type it. */
const QUERY = 'samenwerking techniek';

async function searchTiming(url: string): Promise<{ ms: number; matches: number }> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}zoeken/`);
    await page.waitForSelector('#zoek-q');
    // A string, not a function: tsx's name helpers do not exist inside the page.
    const { ms, status } = (await page.evaluate(`(async () => {
      const input = document.querySelector('#zoek-q');
      const list = document.querySelector('[data-search-results]');
      // A reader clicks the field, then types: the search may get ready in that moment (half a
      // second here; people take longer). Timing runs from the typing to the first result.
      input.focus();
      await new Promise((r) => setTimeout(r, 500));
      const started = performance.now();
      input.value = ${JSON.stringify(QUERY)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (!list.children.length) await new Promise((r) => requestAnimationFrame(r));
      const ms = performance.now() - started;
      // Then the number of pages found, from the status line once the search has settled.
      const status = document.querySelector('[data-search-status]');
      while (!/\\d|Niets/.test(status.textContent)) await new Promise((r) => setTimeout(r, 20));
      return { ms, status: status.textContent };
    })()`)) as { ms: number; status: string };
    return { ms: Math.round(ms), matches: Number(/\d+/.exec(status)?.[0] ?? 0) };
  } finally {
    await browser.close();
  }
}

/**
 * One dataset: `n` generated initiatives, or with `starter` the repository's own data/ (the
 * real site, where fixed costs weigh most).
 */
async function benchOne(n: number, starter = false): Promise<BenchResult> {
  const base = join(root, '.tmp', starter ? 'bench-starter' : `bench-${n}`);
  const data = starter ? join(root, 'data') : join(base, 'data');
  const dist = join(base, 'dist');
  console.log(`\n== ${starter ? 'de eigen data (startset)' : `${n} initiatieven: data maken`}`);
  const gen = starter ? { organisations: readdirSync(join(data, 'organisations')).length } : generateDataset(n, data);
  if (starter) n = readdirSync(join(data, 'initiatives')).length;

  console.log(`== npm run validate (${repeat} × koud, zonder cache; daarna warm, en warm met één bestand opnieuw opgeslagen)`);
  // Exactly as a user types it: npm run validate, with the data folder as its argument.
  const validate = (...args: string[]) => {
    settle();
    return runMeasured('npm', ['run', '-s', 'validate', '--', data, ...args]);
  };
  const colds: Measured[] = [];
  for (let r = 0; r < repeat; r++) {
    const c = await validate('--no-cache');
    if (c.code !== 0) throw new Error(`validate failed:\n${c.output.slice(-2000)}`);
    colds.push(c);
  }
  const v = colds[medianIndex(colds.map((c) => c.ms))]!;
  await validate();
  const warm = await validate();
  // One file saved again (same content, new change time): the whole run checks again, and
  // every file comes from the per-file cache. What a contributor's second run costs.
  const one = join(data, 'initiatives', readdirSync(join(data, 'initiatives')).sort()[0]!);
  writeFileSync(one, readFileSync(one));
  const oneSaved = await validate();

  const ours: Measured[] = [];
  const baselines: { build: Measured; pagefindMs: number }[] = [];
  const baseDir = join(base, 'baseline');
  const buildOurs = async (turn: string): Promise<void> => {
    console.log(`== bouwen (valideren, pagina's, zoekindex)${turn}`);
    // Into an empty folder, like the baseline (below): emptying a previous output of 13,000 pages
    // costs Astro 7-10 s inside the build. And cold: without the per-file results that npm run
    // validate just left (the build would reuse them, as it does in CI after validate).
    rmSync(dist, { recursive: true, force: true });
    rmSync(defaultCacheFile(root), { force: true });
    // Exactly what a user runs: npm run build (astro build, the search index beside the render).
    settle();
    const b = await runMeasured('npm', ['run', '-s', 'build'], {
      ATLAS_DATA_DIR: data,
      ATLAS_OUT_DIR: dist,
      ATLAS_BASE: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    if (b.code !== 0) throw new Error(`build failed:\n${b.output.slice(-3000)}`);
    ours.push(b);
  };
  const buildBaseline = async (turn: string): Promise<void> => {
    console.log(`== basislijn: kale Astro-build van ${pages} pagina's + Pagefind${turn}`);
    // Into an empty folder too, every turn: in the twenty-fourth session's first runs only the
    // first turn's was, and the baseline's later turns paid for deleting the turn before's pages.
    rmSync(join(baseDir, 'dist'), { recursive: true, force: true });
    // As a bare project builds, and as ours is measured: npm run build (astro build, then Pagefind).
    settle();
    const bb = await runMeasured('npm', ['run', '-s', 'build'], { ASTRO_TELEMETRY_DISABLED: '1' }, baseDir);
    if (bb.code !== 0) throw new Error(`baseline build failed:\n${bb.output.slice(-2000)}`);
    // Pagefind's part, as it reports it ("Finished in 0.101 seconds").
    const pagefindS = num(/Finished in ([\d.]+) seconds/, bb.output);
    if (pagefindS === undefined) throw new Error(`baseline pagefind did not report its time:\n${bb.output.slice(-2000)}`);
    baselines.push({ build: bb, pagefindMs: Math.round(pagefindS * 1000) });
  };
  // The first turn builds ours first: the baseline gets as many pages as ours made.
  await buildOurs(repeat > 1 ? `, beurt 1 van ${repeat}` : '');
  const pages = countHtml(dist);
  writeBaselineProject(baseDir, pages);
  await buildBaseline('');
  // Then in turns ABBA-wise (baseline first in the second turn, ours first in the third, ...),
  // so a machine that slowly gets busier or quieter weighs on both alike (a bench review).
  for (let r = 1; r < repeat; r++) {
    const turn = `, beurt ${r + 1} van ${repeat}`;
    if (r % 2) {
      await buildBaseline(turn);
      await buildOurs(turn);
    } else {
      await buildOurs(turn);
      await buildBaseline(turn);
    }
  }
  // npm's own start, by itself: part of both builds' wall time alike.
  const npmStart = await runMeasured('npm', ['run', '-s', 'noop'], {}, join(base, 'baseline'));
  // The turn with the median ratio is reported (its phases with it); peak memory is the highest of any turn.
  const pair = medianPair(
    ours.map((b) => b.ms),
    baselines.map((x) => x.build.ms),
  );
  const b = ours[pair.index]!;
  const { build: bb, pagefindMs } = baselines[pair.index]!;

  const mapGzip = gzipSync(readFileSync(join(dist, 'data', 'kaart.json')), { level: 9 }).length;
  const result: BenchResult = {
    n,
    ...(starter ? { starter } : {}),
    organisations: gen.organisations,
    validate: {
      wallMs: v.ms,
      coldRunsMs: colds.map((c) => c.ms),
      warmWallMs: warm.ms,
      oneSavedWallMs: oneSaved.ms,
      ...(num(/, (\d+) ms\)/, v.output) !== undefined ? { inProcessMs: num(/, (\d+) ms\)/, v.output)! } : {}),
    },
    build: {
      wallMs: b.ms,
      runsMs: ours.map((o) => o.ms),
      peakRssMb: Math.max(...ours.map((o) => o.peakRssMb)),
      ...(num(/data gecontroleerd in (\d+) ms/, b.output) !== undefined
        ? { validateMs: num(/data gecontroleerd in (\d+) ms/, b.output)! }
        : {}),
      ...(durationAfter(b.output, 'building client', /built in ([\d.]+)(m?s)/) !== undefined
        ? { clientMs: durationAfter(b.output, 'building client', /built in ([\d.]+)(m?s)/)! }
        : {}),
      ...(durationAfter(b.output, 'generating static routes', /Completed in ([\d.]+)(m?s)/) !== undefined
        ? { renderMs: durationAfter(b.output, 'generating static routes', /Completed in ([\d.]+)(m?s)/)! }
        : {}),
      ...(num(/pagina's geschreven in (\d+) ms/, b.output) !== undefined
        ? { entryPagesMs: num(/pagina's geschreven in (\d+) ms/, b.output)! }
        : {}),
      ...(num(/zoekindex gemaakt in (\d+) ms/, b.output) !== undefined
        ? { searchIndexMs: num(/zoekindex gemaakt in (\d+) ms/, b.output)! }
        : {}),
      ...(num(/de build wachtte er (\d+) ms op/, b.output) !== undefined
        ? { searchIndexWaitMs: num(/de build wachtte er (\d+) ms op/, b.output)! }
        : {}),
    },
    baseline: {
      buildMs: bb.ms - pagefindMs,
      pagefindMs,
      totalMs: bb.ms,
      runsMs: baselines.map((x) => x.build.ms),
      peakRssMb: Math.max(...baselines.map((x) => x.build.peakRssMb)),
    },
    npmStartMs: npmStart.ms,
    ratioToBaseline: pair.ratios[pair.index]!,
    ratioRuns: pair.ratios,
    pages,
    distBytes: dirSize(dist),
    searchIndexBytes: dirSize(join(dist, 'pagefind')),
    mapDataGzipBytesPerInitiative: Math.round((mapGzip / n) * 10) / 10,
  };
  if (browserWanted) {
    console.log('== paginagewicht en zoeken in Chromium');
    const server = await startServer(dist, '/');
    try {
      const browser = await launchBrowser();
      try {
        const p = samplePages(dist);
        result.pageWeights = await measurePageWeights(browser, server.url, {
          home: p.home!,
          detail: p.detail!,
          region: p.region!,
          organisation: p.organisation!,
          search: p.search!,
        });
      } finally {
        await browser.close();
      }
      const search = await searchTiming(server.url);
      result.firstSearchResultMs = search.ms;
      result.searchMatches = search.matches;
    } finally {
      server.stop();
    }
  }
  return result;
}

function report(results: BenchResult[]): string {
  const s = (ms?: number) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`);
  const kb = (b?: number) => (b === undefined ? '–' : `${(b / 1024).toFixed(1)} KB`);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const rows: [string, ...string[]][] = [
    ['dataset', ...results.map((r) => (r.starter ? 'eigen data' : 'synthetisch'))],
    ['initiatieven', ...results.map((r) => String(r.n))],
    ['organisaties', ...results.map((r) => String(r.organisations))],
    ["pagina's", ...results.map((r) => String(r.pages))],
    ['npm run validate koud (wandklok / in proces)', ...results.map((r) => `${s(r.validate.wallMs)} / ${s(r.validate.inProcessMs)}`)],
    ['  koud, elke beurt', ...results.map((r) => (r.validate.coldRunsMs ?? []).map((ms) => s(ms)).join(' · '))],
    ['npm run validate warm (niets veranderd)', ...results.map((r) => s(r.validate.warmWallMs))],
    ['npm run validate warm (één bestand opnieuw opgeslagen)', ...results.map((r) => s(r.validate.oneSavedWallMs))],
    ['build totaal', ...results.map((r) => s(r.build.wallMs))],
    ['  waarvan data controleren', ...results.map((r) => s(r.build.validateMs))],
    ['  waarvan scripts bundelen (vast)', ...results.map((r) => s(r.build.clientMs))],
    ["  waarvan pagina's maken (Astro)", ...results.map((r) => s(r.build.renderMs))],
    ["  waarvan initiatief- en organisatiepagina's schrijven", ...results.map((r) => s(r.build.entryPagesMs))],
    ['  zoekindex (naast het renderen)', ...results.map((r) => s(r.build.searchIndexMs))],
    ['  wachten op de zoekindex na het renderen', ...results.map((r) => s(r.build.searchIndexWaitMs))],
    ['basislijn (kale Astro + Pagefind, npm run build)', ...results.map((r) => s(r.baseline.totalMs))],
    ['  waarvan Pagefind', ...results.map((r) => s(r.baseline.pagefindMs))],
    ['npm zelf (npm run van een leeg script; in beide builds)', ...results.map((r) => s(r.npmStartMs))],
    ['verhouding tot basislijn', ...results.map((r) => `${r.ratioToBaseline.toFixed(2)} ×`)],
    ['  elke beurt', ...results.map((r) => (r.ratioRuns ?? []).map((x) => `${x.toFixed(2)} ×`).join(' · '))],
    ['piekgeheugen build', ...results.map((r) => `${r.build.peakRssMb} MB`)],
    ['dist/', ...results.map((r) => mb(r.distBytes))],
    ['zoekindex', ...results.map((r) => mb(r.searchIndexBytes))],
    ['kaartdata per initiatief (gzip)', ...results.map((r) => `${r.mapDataGzipBytesPerInitiative} B`)],
    ...(['home', 'detail', 'region', 'organisation', 'search'] as const).map((p): [string, ...string[]] => [
      `${p} vóór interactie (gzip)`,
      ...results.map((r) => {
        const w = r.pageWeights?.find((x) => x.page === p);
        return w ? `${kb(w.gzip.total)}${w.gzip.js ? ` (JS ${kb(w.gzip.js)})` : ''}${w.mapLibrary ? ' KAART!' : ''}` : '–';
      }),
    ]),
    ['eerste zoekresultaat', ...results.map((r) => (r.firstSearchResultMs === undefined ? '–' : `${r.firstSearchResultMs} ms`))],
    [`gevonden voor "${QUERY}"`, ...results.map((r) => (r.searchMatches === undefined ? '–' : `${r.searchMatches} van ${r.pages}`))],
  ];
  const synthetic = results.filter((r) => !r.starter);
  if (synthetic.length >= 2) {
    const [a, b] = [synthetic[0]!, synthetic[synthetic.length - 1]!];
    const growth = b.build.wallMs / b.pages / (a.build.wallMs / a.pages);
    rows.push([
      `groei per pagina ${a.n} → ${b.n}`,
      ...results.map((_, i) => (i === results.length - 1 ? `${growth.toFixed(2)} × (≤ 1 is lineair of beter)` : '')),
    ]);
  }
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const ws = results.map((_, i) => Math.max(...rows.map((r) => (r[i + 1] ?? '').length)));
  return rows.map((r) => [r[0].padEnd(w0), ...r.slice(1).map((c, i) => c.padStart(ws[i] ?? 0))].join('  ')).join('\n');
}

const started = performance.now();
// The machine's load when the run starts and ends: numbers from a busy machine are upper bounds.
const loadAtStart = loadavg()[0]!;
const results: BenchResult[] = [];
if (withStarter) results.push(await benchOne(0, true));
for (const n of sizes) results.push(await benchOne(n));
const table = report(results);
const goalRows = goals(results);
console.log(`\n${table}\n\n${goalsTable(goalRows)}\n`);
if (repeat > 1)
  console.log(
    `Elke tijd en verhouding hierboven is die van de beurt met de middelste verhouding (bij validate: de middelste koude run) van ${repeat} beurten, eigen build en basislijn om en om; bij een even aantal de minst gunstige van de twee middelste. Het piekgeheugen is het hoogste van alle beurten.`,
  );
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  date: new Date().toISOString(),
  loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadavg()[0]! * 100) / 100 },
};
console.log(
  `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}; belasting (load average, 1 min) ${machine.loadAverage.start} bij de start, ${machine.loadAverage.end} aan het eind. Duur: ${Math.round((performance.now() - started) / 1000)} s.`,
);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ machine, results, table, goals: goalRows }, null, 2));
console.log(`Resultaten: ${outFile}`);
