import { describe, expect, it } from 'vitest';
import { goals, goalsTable } from '../../scripts/bench/goals';
import { corpusFromData, prng, topicWords } from '../../scripts/bench/generate';
import type { BenchResult } from '../../scripts/bench/result';

/** A made-up bench result: only the fields the goals read. */
const result = (n: number, o: Partial<BenchResult> & { ms?: number; peak?: number; validateMs?: number } = {}): BenchResult =>
  ({
    n,
    ratioToBaseline: 1.4,
    validate: { wallMs: o.validateMs ?? 1500 },
    build: { wallMs: 1, peakRssMb: o.peak ?? 1500 },
    firstSearchResultMs: o.ms ?? 250,
    ...o,
  }) as BenchResult;

describe("the bench's goals (issue #28)", () => {
  it('checks the 10,000 rows on the size 10,000 and the starter row on the own data', () => {
    const rows = goals([
      result(278, { starter: true, ratioToBaseline: 2.5 }),
      result(10000, { ratioToBaseline: 1.5, ms: 300, peak: 2047, validateMs: 1999 }),
      result(20000, { ratioToBaseline: 9 }),
    ]);
    expect(rows.map((r) => [r.measure, r.value, r.met])).toEqual([
      ['build bij 10.000 / basislijn', '1,50 ×', true],
      ['build eigen data (startset) / basislijn', '2,50 ×', false],
      ['npm run validate bij 10.000, koud', '2,0 s', true],
      ['eerste zoekresultaat bij 10.000', '300 ms', false],
      ['piekgeheugen build bij 10.000', '2,00 GB', true],
    ]);
    expect(goalsTable(rows).split('\n')).toHaveLength(6);
    expect(goalsTable(rows)).toMatch(/startset.*NIET gehaald/);
  });

  it('says what this run did not measure, and names the size it used instead of 10,000', () => {
    // A run without the browser: no search timing.
    const { firstSearchResultMs: _, ...noBrowser } = result(150);
    const rows = goals([noBrowser]);
    expect(rows[0]!.measure).toBe('build bij 150 / basislijn');
    expect(rows.find((r) => r.measure.startsWith('build eigen data'))!.met).toBeUndefined();
    expect(rows.find((r) => r.measure.startsWith('eerste zoekresultaat'))!.value).toBe('–');
    expect(goalsTable(rows)).toContain('niet gemeten');
  });

  it('without 10,000, judges the largest size measured, whatever order the sizes were named in', () => {
    const rows = goals([result(50000, { ratioToBaseline: 1.2 }), result(200, { ratioToBaseline: 3 })]);
    expect(rows[0]).toMatchObject({ measure: 'build bij 50.000 / basislijn', met: true });
  });
});

describe("the bench's texts", () => {
  it("draw their words from the atlas's own texts, so a word such as 'techniek' is in some texts, not in all", () => {
    const corpus = corpusFromData('data');
    const known = new Set(corpus.flat());
    expect(known.size).toBeGreaterThan(500);
    const rnd = prng(1);
    // 300 texts of 200 words, as long as a generated description.
    const texts = Array.from({ length: 300 }, () => {
      const word = topicWords(corpus, rnd);
      return Array.from({ length: 200 }, () => word());
    });
    expect(texts.flat().every((w) => known.has(w))).toBe(true);
    const share = texts.filter((t) => t.includes('techniek')).length / texts.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.8);
  });
});
