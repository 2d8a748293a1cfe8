import { describe, expect, it } from 'vitest';
import { inSentence, lowerFirst } from '../../src/lib/text/case';
import { joinNames } from '../../src/lib/text/join';

describe('words in a Dutch sentence', () => {
  it('joins items with commas and "en" before the last, without a comma before "en"', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Delft'])).toBe('Delft');
    expect(joinNames(['Delft', 'Rijswijk'])).toBe('Delft en Rijswijk');
    expect(joinNames(['Delft', 'Rijswijk', 'Den Haag'])).toBe('Delft, Rijswijk en Den Haag');
  });

  it('puts a label in a sentence in lower case, except an abbreviation at its start', () => {
    expect(inSentence('Bouw en infra')).toBe('bouw en infra');
    expect(inSentence('Life sciences')).toBe('life sciences');
    expect(inSentence('ICT en digitalisering')).toBe('ICT en digitalisering');
    expect(inSentence('mbo')).toBe('mbo');
    expect(inSentence('Énergie')).toBe('énergie');
    expect(lowerFirst('Werkgebied, afgeleid')).toBe('werkgebied, afgeleid');
  });
});
