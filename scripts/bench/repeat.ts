/**
 * Repeated measurements, and the one a bench run reports from them. Pure, so it is tested on
 * made-up numbers (tests/unit/bench-repeat.test.ts).
 *
 * Why repeat: on a shared 2-core machine one build can take a quarter longer than the next for
 * no reason in the code (BENCHMARKS.md, runs D–J of the twenty-third session: the starter set's
 * ratio went 1.78, 1.94, 2.06, 2.21, 2.06, 2.01 on the same code). The bench therefore builds
 * ours and the baseline in turns, `--repeat` times, and reports the turn with the median ratio. Every run's
 * numbers are kept in the results, so a reader sees the spread and nothing is hidden.
 */

/**
 * The index of the run whose value is the median (for an even count, the higher of the two middle
 * ones: a run that happened, not a mean of two, and the less flattering one), so that its other numbers (the phases of that build) are reported with it: a median of
 * each phase apart would combine numbers of different builds.
 */
export function medianIndex(values: readonly number[]): number {
  if (!values.length) throw new Error('median of no values');
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return order[values.length >> 1]![1];
}

/** A ratio as the bench reports it: two decimals. */
export const ratioOf = (ours: number, baseline: number): number => Math.round((ours / baseline) * 100) / 100;

/**
 * Each pair's ratio (our build's wall time over the baseline's, both of one turn) and the pair
 * the run reports: the one with the median ratio. Pairs, not a median of our times over a median
 * of the baseline's: a burst of load that slows one turn slows both of its builds alike more often
 * than not.
 */
export function medianPair(oursMs: readonly number[], baselineMs: readonly number[]): { ratios: number[]; index: number } {
  if (oursMs.length !== baselineMs.length || !oursMs.length) throw new Error('as many baseline builds as builds of ours, at least one');
  const ratios = oursMs.map((ms, i) => ratioOf(ms, baselineMs[i]!));
  return { ratios, index: medianIndex(ratios) };
}
