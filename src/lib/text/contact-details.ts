/**
 * Whether a text holds a personal contact detail: an e-mail address or a phone number, also when
 * written with characters that only look alike. Pure text; the validation (validate/personal-data.ts),
 * the region files and the history of commits all ask it.
 */
// Names of people cannot be told from names of things by a pattern; review catches those.
// E-mail addresses and phone numbers can, so they never reach a published file.

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const LETTER = /[A-Za-z]/;

/**
 * Whether the text holds an e-mail address (`local@domain.tld`, as the pattern
 * `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}` would find it). Written as one scan
 * rather than that pattern: a backtracking regex took minutes on 250 KB of text with '@'
 * (every start position re-scans the rest). Here each character is looked at a bounded
 * number of times, because the domain runs after successive '@'s never overlap.
 */
export function containsEmailAddress(text: string): boolean {
  let at = text.indexOf('@');
  while (at !== -1) {
    if (at > 0 && LOCAL_CHAR.test(text[at - 1]!)) {
      // The domain: a run of domain characters right after '@', holding a '.' (not the run's
      // first character) followed by at least two letters.
      let i = at + 1;
      while (i < text.length && DOMAIN_CHAR.test(text[i]!)) {
        if (text[i] === '.' && i > at + 1 && LETTER.test(text[i + 1] ?? '') && LETTER.test(text[i + 2] ?? '')) return true;
        i++;
      }
      at = text.indexOf('@', i);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
  return false;
}

// Bounded repetitions only: each start position costs a constant, so the scan is linear.
// Between digits a phone number may have up to three of: space, '-', '.', '/', '(', ')' and '_'
// ("06 - 1234 5678", "06.12.34.56.78", "(020) 123 45 67"): a maintainer review found those
// written ways passing, and numbers from abroad ("+32 470 12 34 56").
const THREE_DIGITS = /\d(?:[\s.\-/()_]{0,3}\d){2}/;
/** A Dutch number: a 0 and nine more digits (10 in all), not inside a longer number. */
const PHONE_NL = /(?<![\d+])\(?0(?:[\s.\-/()_]{0,3}\d){9}(?![\d])/;
/** A number with a country code: + or 00, the code, then 8 to 11 digits ("+31 (0)6 …" included). */
const PHONE_INTL = /(?:\+|(?<![\d])00)[1-9]\d{0,2}(?:[\s.\-/()_]{0,3}\d){8,11}(?![\d])/;
/** A chat or call link is a phone number too: wa.me/31612345678, tel:+31…. */
const PHONE_LINK = /^(?:tel:|https?:\/\/(?:wa\.me|api\.whatsapp\.com)\/)/i;
/** '@' written otherwise: a full-width or small '@', or '(at)' / '[at]'. */
const OTHER_AT = /[\uFF20\uFE6B]|[([]at[)\]]/i;
/** The same, with at most three spaces either side (bounded: a run of spaces costs no more per start). */
const OTHER_AT_SPACED = /[ \t]{0,3}(?:[\uFF20\uFE6B]|[([]at[)\]])[ \t]{0,3}/gi;
/**
 * Numbers that are no phone number but look like one to the patterns above once their
 * separators are allowed: dates (01-01-2020, 2021-01-01) with a range between them, amounts
 * grouped by dots (1.000.000 - 2.000.000), an ISBN and an IBAN (a code review found each
 * refused as a phone number). Each is masked before the phone patterns run.
 */
const NOT_PHONES = [
  /\b\d{1,2}[-./]\d{1,2}[-./]\d{4}\b/g,
  /\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b/g,
  /\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b/g,
  /\bISBN(?:-1[03])?:?[ \t]{0,2}[\dX][\dX -]{8,16}[\dX]\b/gi,
  /\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d{4}){2,4}(?:[ ]?\d{1,2})?\b/g,
];

const NON_ASCII = /[^\x00-\x7F]/;
const FORMAT_CHARS = /\p{Cf}/gu;
const DASHES = /\p{Pd}/gu;
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /\p{Nd}/u;

/**
 * A decimal digit of any script as its ASCII digit. Unicode puts every script's digits in runs
 * of ten, 0 to 9, and some runs touch (Myanmar's several sets): the distance from the start of the
 * whole run, modulo ten. A code review found a walk of at most nine steps misreading such runs.
 */
function asciiDigit(d: string): string {
  const cp = d.codePointAt(0)!;
  let start = cp;
  while (cp - start < 100 && IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

/** What can make a text hold a contact detail once folded: a digit of any script, or an '@' of any width. */
const MAY_HOLD_CONTACT = /[\p{Nd}@\uFF20\uFE6B]/u;

/**
 * The text as the checks below read it: what only looks like an address or a number to a person
 * is made one (a hostile review found each passing). Full-width and other compatibility forms
 * (０６, ＠, ．, the one-dot leader) become ASCII (NFKC); invisible format characters (a soft
 * hyphen inside a domain) go; every dash (en dash, non-breaking hyphen) is '-'; digits of other
 * scripts (٠٦) are ASCII digits. Only texts with a character outside ASCII and a digit or an '@'
 * are folded, so most values cost one or two tests.
 */
export function foldLookAlikes(value: string): string {
  // Folding costs (NFKC and three passes): only for a text that could need it.
  if (!NON_ASCII.test(value) || !MAY_HOLD_CONTACT.test(value)) return value;
  return value.normalize('NFKC').replace(FORMAT_CHARS, '').replace(DASHES, '-').replace(OTHER_DIGITS, asciiDigit);
}

/**
 * Spaces around the dot before a common top-level domain ("school .nl", "school. nl"), only looked
 * for after an '@'. Only before such a domain: any full stop between sentences would otherwise join
 * a name with an '@' to the next word ("Tech@doptie. Het loopt …", a code review).
 */
const SPACED_DOTS = /(?:[ \t]{1,3}\.[ \t]{0,3}|\.[ \t]{1,3})(?=(?:nl|be|com|org|net|eu|de|info|nu|frl|io)\b)/g;

/** Which kind of personal contact detail a text holds, if any. */
export function personalDataIn(text: string): string | undefined {
  const value = foldLookAlikes(text);
  if (value.includes('@') && containsEmailAddress(value)) return 'een e-mailadres';
  if (value.includes('@') && /[ \t]\.|\.[ \t]/.test(value) && containsEmailAddress(value.replace(SPACED_DOTS, '.')))
    return 'een e-mailadres';
  if (OTHER_AT.test(value) && containsEmailAddress(value.replace(OTHER_AT_SPACED, '@'))) return 'een e-mailadres';
  if (PHONE_LINK.test(value)) return 'een telefoonnummer';
  // A phone number has at least ten digits; the cheap tests come first (three digits with
  // little between them), without copying the text: most values stop there. A web address as
  // a whole value is not searched (its path may hold any digits).
  if (value.length >= 10 && THREE_DIGITS.test(value) && !/^https?:\/\//.test(value)) {
    const masked = NOT_PHONES.reduce((text, pattern) => text.replace(pattern, 'x'), value);
    if (PHONE_NL.test(masked) || PHONE_INTL.test(masked)) return 'een telefoonnummer';
  }
  return undefined;
}
