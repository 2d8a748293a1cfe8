import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/generate';
import { ajvUcs2length, ucs2length } from '../../src/lib/schema/ajv-runtime';

describe('ucs2length', () => {
  it('counts code points as ajv does: a pair is one, a lone surrogate is one', () => {
    expect(ucs2length('')).toBe(0);
    expect(ucs2length('Zeeuwse Huiskamer')).toBe(17);
    expect(ucs2length('café 😀!')).toBe(7);
    expect(ucs2length('\uD83D')).toBe(1);
    expect(ucs2length('\uDE00\uD83D')).toBe(2);
    expect(ucs2length('\uD83D\uD83D\uDE00')).toBe(2);
    expect(ucs2length('\uD83D\uDE00\uDE00')).toBe(2);
  });

  it("agrees with ajv's own count on 20,000 seeded strings of letters, pairs and lone surrogates", () => {
    const rnd = prng(28);
    const units = ['a', ' ', 'é', '\n', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uD800', '\uDFFF', '😀', '𝄞'];
    for (let n = 0; n < 20_000; n++) {
      const s = Array.from({ length: Math.floor(rnd() * 12) }, () => units[Math.floor(rnd() * units.length)]).join('');
      expect(ucs2length(s), JSON.stringify(s)).toBe(ajvUcs2length(s));
    }
  });
});
