import { describe, expect, it } from 'vitest';
import { sentenceExcerpt } from '../../src/lib/search/excerpt';

const text = (content: string, locations: number[], max?: number) =>
  sentenceExcerpt(content, locations, max)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');
const CONTENT = 'CIV Water. Centrum voor vakmanschap in water en techniek. Werkte op meerdere locaties (greenpoints). Met Wetsus.';
// Words: 0 CIV, 1 Water., 2 Centrum, 3 voor, 4 vakmanschap, 5 in, 6 water, 7 en, 8 techniek., 9 Werkte, 10 op,
// 11 meerdere, 12 locaties, 13 (greenpoints)., 14 Met, 15 Wetsus.

describe('search excerpts start at a sentence', () => {
  it('shows the sentence with the match from its first word, marked', () => {
    expect(text(CONTENT, [13], 6)).toBe('Werkte op meerdere locaties [(greenpoints).]');
    expect(text(CONTENT, [13], 8)).toBe('Werkte op meerdere locaties [(greenpoints).] Met Wetsus.');
  });

  it('picks the sentence with the most matches, not the name the heading shows already', () => {
    expect(text(CONTENT, [1, 6], 30)).toBe(
      'Centrum voor vakmanschap in [water] en techniek. Werkte op meerdere locaties (greenpoints). Met Wetsus.',
    );
  });

  it('shows the summary, not the name again, when only the name matched', () => {
    expect(text(CONTENT, [0], 7)).toBe('Centrum voor vakmanschap in water en techniek.');
  });

  it('ends at a sentence end inside the window, or says where it cut', () => {
    expect(text(CONTENT, [6], 10)).toBe('Centrum voor vakmanschap in [water] en techniek.');
    expect(text(CONTENT, [6], 5)).toBe('Centrum voor vakmanschap in [water] …');
  });

  it('starts shortly before a match far into a long sentence', () => {
    const long = `Naam. ${Array.from({ length: 40 }, (_, n) => `w${n}`).join(' ')} doel.`;
    // Word 38 is w37; four words of lead-in (a third of the window) before it.
    expect(text(long, [38], 12)).toBe('… w33 w34 w35 w36 [w37] w38 w39 doel.');
  });
});
