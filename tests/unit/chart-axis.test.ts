import { describe, expect, it } from 'vitest';
import { axisLabelIndexes } from '../../src/lib/chart-axis';

describe('axisLabelIndexes', () => {
  it('labels every position when there are few', () => {
    expect(axisLabelIndexes(5)).toEqual([0, 1, 2, 3, 4]);
  });
  it('never puts a label right before the last one ("20212022")', () => {
    const idx = axisLabelIndexes(20);
    expect(idx.at(-1)).toBe(19);
    for (let k = 1; k < idx.length; k++) expect(idx[k]! - idx[k - 1]!).toBeGreaterThanOrEqual(3);
    expect(idx.length).toBeLessThanOrEqual(8);
  });
  it('handles none and one', () => {
    expect(axisLabelIndexes(0)).toEqual([]);
    expect(axisLabelIndexes(1)).toEqual([0]);
  });
});
