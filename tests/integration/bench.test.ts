import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, ROOT } from '../helpers/fixtures';
import { skipBrowser } from '../helpers/site';

/** What the bench writes per measured size (only the fields this test reads). */
interface BenchResult {
  n: number;
  starter?: boolean;
  pages: number;
  ratioToBaseline: number;
  ratioRuns: number[];
  validate: { wallMs: number; coldRunsMs: number[]; warmWallMs: number; oneSavedWallMs: number };
  build: { wallMs: number; runsMs: number[]; renderMs: number; entryPagesMs: number; searchIndexMs: number; peakRssMb: number };
  baseline: { totalMs: number; pagefindMs: number; runsMs: number[] };
  npmStartMs: number;
  distBytes: number;
  searchIndexBytes: number;
  mapDataGzipBytesPerInitiative: number;
  pageWeights: { page: string }[];
  firstSearchResultMs: number;
}

/**
 * The benchmark runs here on a small N so it cannot silently rot. Only that it works and
 * reports sane numbers is asserted; speed targets live in BENCHMARKS.md, never in tests.
 */
describe('npm run bench (N = 150, two turns)', () => {
  it('generates a valid dataset, builds it and the baseline in turns, and reports every number', () => {
    const out = join(ROOT, '.tmp', 'bench-ci.json');
    // `npm run bench -- ...` exactly as the README documents it.
    const args = ['run', 'bench', '--', '--sizes', '150', '--repeat', '2', '--out', out, ...(skipBrowser ? ['--no-browser'] : [])];
    const r = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env: childEnv() });
    expect(r.status, r.stdout.slice(-3000) + r.stderr.slice(-3000)).toBe(0);
    const { results } = JSON.parse(readFileSync(out, 'utf8')) as { results: BenchResult[] };
    const res = results.find((r) => !r.starter)!;
    // The real site is measured too: its own data, against a bare build of as many pages.
    const starter = results.find((r) => r.starter)!;
    expect(starter.n).toBeGreaterThanOrEqual(160);
    expect(starter.ratioToBaseline).toBeGreaterThan(0);
    expect(starter.validate.warmWallMs).toBeGreaterThan(0);
    expect(starter.validate.oneSavedWallMs).toBeGreaterThan(0);
    expect(res.n).toBe(150);
    expect(res.pages).toBeGreaterThan(150 + 50);
    for (const v of [
      res.validate.wallMs,
      res.build.wallMs,
      res.build.renderMs,
      res.build.entryPagesMs,
      res.build.searchIndexMs,
      res.baseline.totalMs,
      res.build.peakRssMb,
      res.distBytes,
      res.searchIndexBytes,
    ]) {
      expect(v).toBeGreaterThan(0);
    }
    expect(res.mapDataGzipBytesPerInitiative).toBeGreaterThan(0);
    // Two turns of each timed measure, every one kept; the reported one is one of them, and its
    // ratio that turn's build over that turn's baseline.
    for (const r of [res, starter]) {
      expect(r.validate.coldRunsMs).toHaveLength(2);
      expect(r.validate.coldRunsMs).toContain(r.validate.wallMs);
      expect(r.build.runsMs).toHaveLength(2);
      expect(r.baseline.runsMs).toHaveLength(2);
      expect(r.ratioRuns).toHaveLength(2);
      expect(r.build.runsMs.some((ms, i) => ms === r.build.wallMs && r.baseline.runsMs[i] === r.baseline.totalMs)).toBe(true);
      // The baseline is built as ours is, through npm (baseline.ts), Pagefind's part as it reports it.
      expect(r.baseline.pagefindMs).toBeGreaterThan(0);
      expect(r.baseline.pagefindMs).toBeLessThan(r.baseline.totalMs);
      expect(r.npmStartMs).toBeGreaterThan(0);
      // Of two turns, the less flattering one.
      expect(r.ratioToBaseline).toBe(Math.max(...r.ratioRuns));
      expect(r.ratioToBaseline).toBeCloseTo(r.build.wallMs / r.baseline.totalMs, 2);
    }
    if (!skipBrowser) {
      expect(res.pageWeights.map((w: { page: string }) => w.page)).toEqual(['home', 'detail', 'region', 'organisation', 'search']);
      expect(res.firstSearchResultMs).toBeGreaterThan(0);
    }
  }, 300_000);

  it('the generator is deterministic', () => {
    const gen = (dir: string) =>
      spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/bench/generate.ts', '--n', '30', '--out', dir, '--seed', '7'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const a = join(ROOT, '.tmp', 'gen-a'),
      b = join(ROOT, '.tmp', 'gen-b');
    expect(gen(a).status).toBe(0);
    expect(gen(b).status).toBe(0);
    const read = (d: string) => readFileSync(join(d, 'initiatives', 'initiatief-000017.yaml'), 'utf8');
    expect(read(a)).toBe(read(b));
  });
});
