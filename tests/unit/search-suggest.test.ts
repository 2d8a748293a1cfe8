import { describe, expect, it } from 'vitest';
import { editDistance, suggestQuery, wordCounts } from '../../src/lib/search/suggest';

const words = wordCounts(['CIV Water', 'WaterCampus Leeuwarden', 'Water en energie', 'Eindhoven Brainport', 'Wateren', 'Fryslân']);

describe('suggestQuery', () => {
  it('suggests the nearest known word for a typo', () => {
    expect(suggestQuery('wateer', words)).toBe('water');
    expect(suggestQuery('eindhovn', words)).toBe('eindhoven');
    expect(suggestQuery('brainprot', words)).toBe('brainport');
  });
  it('keeps known words and suggests nothing when all are known or nothing is near', () => {
    expect(suggestQuery('water eindhovn', words)).toBe('water eindhoven');
    expect(suggestQuery('water', words)).toBeUndefined();
    expect(suggestQuery('fryslan', words)).toBeUndefined();
    expect(suggestQuery('xyzzyq', words)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts a swapped pair as one edit', () => {
    expect(editDistance('brainprot', 'brainport')).toBe(1);
    expect(editDistance('wateer', 'water')).toBe(1);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});
