/**
 * The goals of issue #28 as `npm run bench` reports them: each row of the table with the
 * measurement of this run and whether it is met. Pure, so it is tested on made-up results.
 */
import type { BenchResult } from './result.ts';

/** One row of the table: what is measured, the goal, the measurement, met or not. */
export interface Goal {
  measure: string;
  goal: string;
  value: string;
  /** Undefined when this run did not measure it (no browser, no starter set, no large size). */
  met: boolean | undefined;
}

/**
 * The goals, checked on one run: the "10,000" rows on the synthetic size 10,000 (or the largest
 * synthetic size, named in the row), the starter row on the repository's own data.
 */
export function goals(results: readonly BenchResult[]): Goal[] {
  const synthetic = results.filter((r) => !r.starter);
  // The size 10,000, or else the largest measured (not the last named: `--sizes 50000,200`).
  const big = synthetic.find((r) => r.n === 10000) ?? [...synthetic].sort((a, b) => b.n - a.n)[0];
  const starter = results.find((r) => r.starter);
  const at = big ? ` bij ${big.n.toLocaleString('nl-NL')}` : '';
  const row = (
    measure: string,
    goal: string,
    value: number | undefined,
    show: (v: number) => string,
    ok: (v: number) => boolean,
  ): Goal => ({
    measure,
    goal,
    value: value === undefined ? '–' : show(value),
    met: value === undefined ? undefined : ok(value),
  });
  const ratio = (v: number) => `${v.toFixed(2).replace('.', ',')} ×`;
  return [
    row(`build${at} / basislijn`, '≤ 1,5 ×', big?.ratioToBaseline, ratio, (v) => v <= 1.5),
    row('build eigen data (startset) / basislijn', '≤ 2 ×', starter?.ratioToBaseline, ratio, (v) => v <= 2),
    row(
      `npm run validate${at}, koud`,
      '< 2 s',
      big?.validate.wallMs,
      (v) => `${(v / 1000).toFixed(1).replace('.', ',')} s`,
      (v) => v < 2000,
    ),
    row(
      `eerste zoekresultaat${at}`,
      '< 300 ms',
      big?.firstSearchResultMs,
      (v) => `${v} ms`,
      (v) => v < 300,
    ),
    row(
      `piekgeheugen build${at}`,
      '< 2 GB',
      big?.build.peakRssMb,
      (v) => `${(v / 1024).toFixed(2).replace('.', ',')} GB`,
      (v) => v < 2048,
    ),
  ];
}

/** The goals as a plain-text table, one row each, ending in "gehaald" or "NIET gehaald". */
export function goalsTable(rows: readonly Goal[]): string {
  const cells = [
    ['doel (issue #28)', 'norm', 'gemeten', ''],
    ...rows.map((g) => [g.measure, g.goal, g.value, g.met === undefined ? 'niet gemeten' : g.met ? 'gehaald' : 'NIET gehaald']),
  ];
  const ws = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  return cells
    .map((c) =>
      c
        .map((x, i) => x.padEnd(ws[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
