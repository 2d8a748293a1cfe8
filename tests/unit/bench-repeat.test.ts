import { describe, expect, it } from 'vitest';
import { medianIndex, medianPair, ratioOf } from '../../scripts/bench/repeat';

describe("the bench's repeated turns (npm run bench --repeat)", () => {
  it('reports the run whose value is the median, not the first, the fastest or a mean', () => {
    expect(medianIndex([5.2, 4.8, 6.9])).toBe(0);
    expect(medianIndex([6.9, 5.2, 4.8])).toBe(1);
    expect(medianIndex([4.8, 6.9, 5.2])).toBe(2);
    expect(medianIndex([7])).toBe(0);
    // An even count: the higher of the two middle runs (a run that happened, the less flattering).
    expect(medianIndex([4, 1, 3, 2])).toBe(2);
    expect(medianIndex([1.9, 2.1])).toBe(1);
    // Equal values: the earlier run.
    expect(medianIndex([2, 2, 2])).toBe(1);
    expect(() => medianIndex([])).toThrow();
  });

  it("picks the turn with the median ratio of our build to that turn's baseline", () => {
    // Turn 2 was slow for both builds (a busy machine): its ratio is ordinary.
    const { ratios, index } = medianPair([5400, 8000, 5000], [2650, 4100, 2300]);
    expect(ratios).toEqual([2.04, 1.95, 2.17]);
    expect(index).toBe(0);
    expect(ratioOf(5000, 2500)).toBe(2);
    expect(ratioOf(1, 3)).toBe(0.33);
    expect(() => medianPair([1, 2], [1])).toThrow();
    expect(() => medianPair([], [])).toThrow();
  });
});
