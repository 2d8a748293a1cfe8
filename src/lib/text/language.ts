/**
 * A small guard for public text: is this English prose where Dutch is expected? Not language
 * detection, only a count of function words, the short words every sentence needs and that
 * names rarely contain: "the", "and", "of", "with" against "de", "het", "een", "van".
 *
 * Why this shape:
 * - Function words, not vocabulary: a Dutch sentence about "Automotive Campus" or "Smart
 *   Industry" stays Dutch, because its glue words are Dutch.
 * - Words that both languages share count for neither: "in", "is", "over", and also "was" and
 *   "had" (Dutch past tenses, as common in Dutch notes as in English ones) and "we", "door".
 * - Short strings are never judged (fewer than MIN_WORDS words): a place, a theme or a name
 *   such as "Centre of Expertise Healthy Ageing" has too few words to tell.
 * - Prose is English when it has at least MIN_ENGLISH English function words and they
 *   outnumber the Dutch ones more than twice (a Dutch sentence quoting an English name still
 *   has its own "de", "het", "van").
 * A quotation in English is allowed when it is marked as one: `"…" (Engelstalig citaat uit de
 * bron)`; `withoutMarkedQuotations` removes those before judging.
 */

/** English function words that are not also Dutch words. */
const ENGLISH = new Set(
  'the and of with which from that this these those were has have been being are for by its their they there to on at an as or not will would should could also into than then when where who whom whose our your it'.split(
    ' ',
  ),
);

/** Dutch function words that are not also English words. */
const DUTCH = new Set(
  'de het een van met voor niet zijn en te dat die er ook aan bij om uit naar wordt worden werd als maar nog wel dan deze dit waar wat wie hun hij zij ze wij onder tussen tot zonder sinds binnen'.split(
    ' ',
  ),
);

/** Below this many words a text is not judged: names and short labels. */
export const MIN_WORDS = 6;
/** At least this many English function words before a text counts as English. */
export const MIN_ENGLISH = 3;

export interface LanguageCount {
  words: number;
  english: number;
  dutch: number;
  /** The verdict: English prose by the rule above. */
  isEnglish: boolean;
}

/** Counts the function words of a text and gives the verdict. */
export function languageCount(text: string): LanguageCount {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  let english = 0,
    dutch = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (DUTCH.has(w)) dutch++;
  }
  const isEnglish = words.length >= MIN_WORDS && english >= MIN_ENGLISH && english > 2 * dutch;
  return { words: words.length, english, dutch, isEnglish };
}

/** Whether a text is English prose (see the module comment for the rule). */
export function isEnglishProse(text: string): boolean {
  return languageCount(text).isEnglish;
}

/**
 * The English passages of a text, judged one by one: sentences, and the parts of a sentence
 * split at ';' and ':'. A note that glues Dutch labels ("Uit de bronlijst:") to English
 * sentences is Dutch as a whole by count, but its English sentences are still English.
 */
export function englishPassages(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((p) => p.trim())
    .filter((p) => p && isEnglishProse(p));
}

/** The marker that makes an English quotation acceptable in public text. */
export const QUOTATION_MARK = '(Engelstalig citaat uit de bron)';

/**
 * The text with every marked quotation taken out: a quoted passage ("…", “…” or '…')
 * directly followed by QUOTATION_MARK. An unmarked quotation stays and is judged.
 */
export function withoutMarkedQuotations(text: string): string {
  const mark = QUOTATION_MARK.replace(/[()]/g, '\\$&');
  return text.replace(new RegExp(`(?:"[^"]*"|“[^”]*”|'[^']*')\\s*${mark}`, 'g'), ' ');
}
