import { describe, expect, it } from 'vitest';
import { searchStatus } from '../../src/lib/search/status';

describe('searchStatus', () => {
  it('says how many are shown, also after "Meer resultaten"', () => {
    expect(searchStatus(45, 30)).toBe('45 resultaten; de eerste 30 staan hieronder.');
    expect(searchStatus(75, 60)).toBe('75 resultaten; de eerste 60 staan hieronder.');
    expect(searchStatus(45, 45)).toBe('45 resultaten.');
  });
  it('has words for one and for none', () => {
    expect(searchStatus(1, 1)).toBe('1 resultaat.');
    expect(searchStatus(0, 0)).toMatch(/^Niets gevonden/);
  });
});
