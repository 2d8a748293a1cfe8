/**
 * "Bedoelde u: water?": when a search finds nothing, the nearest words the atlas knows. The
 * words come from the explorer's index (names, places, organisations, labels), which both the
 * home page filter and the search page can load.
 */
import type { ExploreIndex } from '../explore/filter';
import { foldForSearch } from '../text/fold';

/** Words (folded, at least 3 letters) and how often they occur. */
export type WordCounts = Map<string, number>;

const WORD = /[\p{L}\p{N}]{3,}/gu;

/** Counts the words of the given texts, folded as the search folds them. */
export function wordCounts(texts: Iterable<string>): WordCounts {
  const counts: WordCounts = new Map();
  for (const t of texts) for (const w of foldForSearch(t).match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Every text of the explorer's index a reader can find by: names, search text, places, labels. */
export function indexTexts(index: ExploreIndex): string[] {
  return [
    ...index.items.flatMap((i) => [i.n, i.t, i.p]),
    ...Object.values(index.organisations),
    ...Object.values(index.labels).flatMap((l) => Object.values(l)),
    ...index.regionSets.flatMap((s) => s.regions.map((r) => r.name)),
  ];
}

/** Edit distance with transpositions (a swapped pair of letters counts as one edit), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The query with each unknown word replaced by the nearest known one (one edit for words up to
 * five letters, two for longer ones; the more frequent word wins a tie), or undefined when no
 * word needed or found a replacement.
 */
export function suggestQuery(query: string, words: WordCounts): string | undefined {
  let changed = false;
  const out = foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      if (w.length < 3 || words.has(w)) return w;
      const max = w.length <= 5 ? 1 : 2;
      let best: { word: string; d: number; n: number } | undefined;
      for (const [candidate, n] of words) {
        const d = editDistance(w, candidate, max);
        if (d > max) continue;
        if (!best || d < best.d || (d === best.d && (n > best.n || (n === best.n && candidate < best.word))))
          best = { word: candidate, d, n };
      }
      if (!best) return w;
      changed = true;
      return best.word;
    });
  return changed ? out.join(' ') : undefined;
}
