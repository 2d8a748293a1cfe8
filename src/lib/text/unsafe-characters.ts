import { foldForSearch } from './fold';

/**
 * Characters that deceive or break what a reader, a spreadsheet or a terminal shows.
 * One place defines them; the validator rejects them in data, and every place that echoes
 * contributor text (CLI output, review summary) escapes them.
 */

/**
 * C0 and C1 control characters and DEL. Tab and newline are listed separately because
 * multi-line fields may hold them.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F-\u009F]/;
const TAB_OR_NEWLINE = /[\t\n\u2028\u2029]/;

/**
 * The replacement character: where a decoder met bytes it could not read, a letter is lost
 * ("Caf\uFFFD" for "Café" saved in another character set). Never typed on purpose.
 */
const REPLACEMENT = /\uFFFD/;

/**
 * Bidirectional overrides and isolates (Trojan Source: `‮neorG VIC` displays as "CIV Groen"),
 * marks, zero-width characters and the BOM inside text. None has a use in this dataset.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** A lone (unpaired) UTF-16 surrogate: not a character, and invalid in UTF-8 output. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string may not be published as it is, or undefined when it is fine. */
export function unsafeCharacterIn(value: string, multiline: boolean): { char: string; what: string } | undefined {
  // One cheap test first: nearly every string is plain printable text.
  if (!/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uD800-\uDFFF\uFEFF\uFFFD]/.test(value))
    return undefined;
  const control = CONTROL.exec(value);
  if (control) return { char: control[0], what: 'een onzichtbaar stuurteken' };
  if (!multiline) {
    const tab = TAB_OR_NEWLINE.exec(value);
    if (tab) return { char: tab[0], what: tab[0] === '\t' ? 'een tab (dit veld is één regel)' : 'een regeleinde (dit veld is één regel)' };
  }
  const invisible = INVISIBLE.exec(value);
  if (invisible) return { char: invisible[0], what: 'een onzichtbaar teken dat de leesrichting of woordgrenzen verandert' };
  const replacement = REPLACEMENT.exec(value);
  if (replacement)
    return {
      char: replacement[0],
      what: 'het vervangingsteken \uFFFD: hier is een letter verloren gegaan (opgeslagen in een andere tekenset dan UTF-8)',
    };
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return { char: surrogate[0], what: 'een half teken (losse UTF-16-surrogaat)' };
  return undefined;
}

/** `U+202E` for a character, as a contributor can look it up. */
export function codePointName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const ESCAPE_FOR_OUTPUT =
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes text safe to print in a terminal or a CI log: every control, invisible or lone
 * surrogate character becomes a visible escape (`\n`, `\x1b`, `\u202e`), so a value can
 * neither move the cursor, clear the screen, start a new line that a CI runner reads as a
 * command (`::stop-commands::`), nor reorder what is shown.
 */
export function escapeForOutput(text: string): string {
  return text.replace(ESCAPE_FOR_OUTPUT, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * An organisation's name folded for matching, legal-form words aside: "Stichting Aeres Groep"
 * and "Aeres Groep" are one organisation.
 */
export function organisationNameKey(name: string): string {
  return foldName(name)
    .replace(/\b(stichting|vereniging|cooperatie|bv|nv|ua)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds a name for duplicate detection: compatibility forms (fullwidth letters, ligatures)
 * to plain ones, invisible characters removed, accents dropped, case and punctuation
 * ignored. "Ｃｉｖ  Groen", "CIV\u200BGroen" and "civ-groen" all fold to "civ groen".
 */
export function foldName(name: string): string {
  return foldForSearch(name.normalize('NFKC').replace(new RegExp(INVISIBLE.source, 'g'), ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
