/** What one dataset's bench run measured: written by run.ts, judged by goals.ts. */
import type { PageWeight } from '../lib/page-weight.ts';

export interface BenchResult {
  n: number;
  /** The repository's own data/ rather than a generated set. */
  starter?: boolean;
  organisations: number;
  /**
   * Cold: `--no-cache` (the median of `coldRunsMs`, one per `--repeat`); warm: nothing changed;
   * oneSaved: one file saved again (per-file cache).
   */
  validate: { wallMs: number; coldRunsMs?: number[]; inProcessMs?: number; warmWallMs?: number; oneSavedWallMs?: number };
  /**
   * searchIndexMs: the index step's own duration (beside the render since #28);
   * searchIndexWaitMs: how long the build waited for it after the render, the part it adds.
   */
  build: {
    /** The turn with the median ratio (repeat.ts); its phases below. */
    wallMs: number;
    /** Every turn's wall time, in order. */
    runsMs?: number[];
    /** The highest of any turn. */
    peakRssMb: number;
    validateMs?: number;
    clientMs?: number;
    renderMs?: number;
    /** The initiative and organisation pages the build writes itself after Astro's render (src/integrations/entry-pages.ts). */
    entryPagesMs?: number;
    searchIndexMs?: number;
    searchIndexWaitMs?: number;
  };
  /**
   * The baseline of the reported turn, built with `npm run build` as ours is (baseline.ts):
   * totalMs its wall time, pagefindMs Pagefind's part as it reports it; `runsMs` every turn's total.
   */
  baseline: { buildMs: number; pagefindMs: number; totalMs: number; runsMs?: number[]; peakRssMb: number };
  /** npm's own start (`npm run` of an empty script), which both builds' wall times include. */
  npmStartMs?: number;
  /** The median of `ratioRuns`, each turn's build over its baseline. */
  ratioToBaseline: number;
  ratioRuns?: number[];
  pages: number;
  distBytes: number;
  searchIndexBytes: number;
  mapDataGzipBytesPerInitiative: number;
  pageWeights?: PageWeight[];
  firstSearchResultMs?: number;
  /** How many pages the bench's query finds: a realistic share, not nearly all (#28). */
  searchMatches?: number;
}
