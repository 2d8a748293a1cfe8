import { describe, expect, it } from 'vitest';
import { allOf, counted, filterStatus } from '../../src/lib/text/counts';

describe('counted nouns', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(counted(1)).toBe('1 initiatief');
    expect(counted(0)).toBe('0 initiatieven');
    expect(counted(7)).toBe('7 initiatieven');
    expect(counted(1, 'organisatie', 'organisaties')).toBe('1 organisatie');
  });
  it('never says "Alle 1" or "Alle 2"', () => {
    expect(allOf(1)).toBe('Het initiatief');
    expect(allOf(2)).toBe('Beide initiatieven');
    expect(allOf(9)).toBe('Alle 9 initiatieven');
  });
  it('agrees the verb with the number of hits', () => {
    expect(filterStatus(1, 169, true)).toBe('1 van de 169 initiatieven voldoet aan de filters.');
    expect(filterStatus(4, 169, true)).toBe('4 van de 169 initiatieven voldoen aan de filters.');
    expect(filterStatus(169, 169, false)).toBe('Alle 169 initiatieven.');
  });
});
