/**
 * Search excerpts that start where a sentence starts. Pagefind cuts its excerpt as a window of
 * words around the densest matches, so it began mid-sentence ("Heerlijk zorgopleiding
 * Eindhoven.") and, with the name first in every record, repeated the result's heading. This
 * picks the sentence with the most matches instead, from its first word.
 */

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** How Pagefind splits a record's content into the words its match locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** A word that ends a sentence, and a word that can start one (capital, digit, quote or bracket). */
const ENDS = /[.!?]["')\]]?$/;
const STARTS = /^["'([]?[\p{Lu}\p{N}]/u;

/**
 * The excerpt of `content` for the matched word positions `locations` (Pagefind's): the
 * sentence with the most matches, never the first sentence (the record's name, which the
 * result's heading shows) while another has one, from its start and at most `maxWords` words
 * long (whole sentences while they fit, "…" where one is cut).
 */
export function sentenceExcerpt(content: string, locations: readonly number[], maxWords = 30): ExcerptPart[] {
  const words = content.split(WORD_SEPARATORS).filter(Boolean);
  if (!words.length) return [];
  const starts = [0];
  for (let n = 1; n < words.length; n++) if (ENDS.test(words[n - 1]!) && STARTS.test(words[n]!)) starts.push(n);
  const sentenceOf = (w: number) => starts.findLastIndex((s) => s <= w);
  const hits = new Array<number>(starts.length).fill(0);
  for (const w of locations) if (w >= 0 && w < words.length) hits[sentenceOf(w)]! += 1;
  // The best sentence after the name; the name's sentence only when nothing else matches, and
  // then the sentence after it (the summary), since the heading shows the name already.
  let best = hits.slice(1).reduce((b, h, k) => (h > (hits[b] ?? 0) ? k + 1 : b), 1);
  if (!hits[best]) best = Math.min(1, starts.length - 1);
  let from = starts[best]!;
  const firstHit = locations.filter((w) => sentenceOf(w) === best).sort((a, b) => a - b)[0];
  // A match beyond the window in a long sentence: start a few words before it instead.
  const lead = firstHit !== undefined && firstHit - from >= maxWords ? firstHit - Math.floor(maxWords / 3) : undefined;
  if (lead !== undefined) from = lead;
  let to = Math.min(words.length, from + maxWords);
  // Whole sentences while they fit: end at the last sentence end inside the window.
  const lastEnd = starts.filter((s) => s > from && s <= to).at(-1);
  if (lastEnd !== undefined && to < words.length) to = lastEnd;
  const marked = new Set(locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (lead !== undefined) push('… ', false);
  for (let n = from; n < to; n++) {
    if (n > from) push(' ', false);
    push(words[n]!, marked.has(n));
  }
  if (to < words.length && !ENDS.test(words[to - 1]!)) push(' …', false);
  return parts;
}
