/** A letter of any script (Unicode category L). */
const LETTER = /\p{L}/u;

/** The code point that ends just before index `at` of `text` (a surrogate pair is one). */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.charAt(at - 1);
}

/**
 * Whether `word` stands in `text` as a word of its own: somewhere with no letter right before or
 * after it ("Edelstenen" does not name the town Ede; "Ede-Wageningen" does). Case counts. The
 * same answer as the pattern `(^|[^\p{L}])word($|[^\p{L}])` with the `u` flag (compared in
 * tests/unit/as-word.test.ts), without making a pattern per word: the static maps asked it for
 * every point of every group (issue #28).
 */
export function standsAsWord(text: string, word: string): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const before = at > 0 ? codePointBefore(text, at) : '';
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}
