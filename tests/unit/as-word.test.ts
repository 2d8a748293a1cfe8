import { describe, expect, it } from 'vitest';
import { standsAsWord } from '../../src/lib/text/as-word';

/** The pattern the static map made for each word before (src/lib/map/static-map.ts). */
const byPattern = (text: string, word: string): boolean =>
  !!word && new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

describe('standsAsWord', () => {
  it('finds a word only where no letter touches it', () => {
    expect(standsAsWord('Edelstenen Ede', 'Ede')).toBe(true);
    expect(standsAsWord('Edelstenen', 'Ede')).toBe(false);
    expect(standsAsWord('Campus Ede-Wageningen', 'Ede')).toBe(true);
    expect(standsAsWord('Flevo Campus (Almere)', 'Almere')).toBe(true);
    expect(standsAsWord('Almeres campus', 'Almere')).toBe(false);
    expect(standsAsWord('Zoë Ede', 'Ede')).toBe(true);
    expect(standsAsWord('éEde', 'Ede')).toBe(false);
    expect(standsAsWord('ede', 'Ede')).toBe(false);
    expect(standsAsWord('Ede', '')).toBe(false);
    // A letter outside the basic plane (two UTF-16 units) touches as one letter.
    expect(standsAsWord('𝐀Ede', 'Ede')).toBe(false);
    expect(standsAsWord('Ede𝐀', 'Ede')).toBe(false);
    expect(standsAsWord('😀Ede😀', 'Ede')).toBe(true);
  });

  it('answers as the pattern it replaces, for many texts and words', () => {
    // Letters, accents, digits, punctuation, brackets, pattern characters and characters outside the basic plane.
    const alphabet = ['E', 'd', 'e', 'a', 'é', 'ë', 'ß', '1', ' ', '-', '(', ')', '.', "'", '’', '*', '$', '𝐀', '😀', '\u0301', 'ŉ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const differ: [string, string][] = [];
    for (let k = 0; k < 20_000; k++) {
      const word = pick(1 + Math.floor(next() * 3));
      // Texts that contain the word more often than chance would.
      const text = `${pick(Math.floor(next() * 5))}${next() < 0.7 ? word : ''}${pick(Math.floor(next() * 5))}${next() < 0.3 ? word : ''}${pick(Math.floor(next() * 3))}`;
      if (standsAsWord(text, word) !== byPattern(text, word)) differ.push([text, word]);
    }
    expect(differ).toEqual([]);
  });
});
