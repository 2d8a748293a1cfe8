/**
 * A moment as Dutch readers write its date ("23 november 2026") and as a file-name part
 * (2026-11-23), both in Dutch time: the one place the atlas formats a date for people.
 */

// Made once: building an Intl formatter is costly (ICU data), and every page's footer formats
// a date; made per call, this cost 3.6 s of a 10,000-initiative build (issue #15). A formatter
// holds no state between calls.
const WORDS = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const ISO = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

export function dateStamp(date: Date): { words: string; iso: string } {
  return { words: WORDS.format(date), iso: ISO.format(date) };
}

/**
 * A calendar date as written in a file (YYYY-MM-DD), or only its month (YYYY-MM) or year (YYYY),
 * in words: "19 oktober 2023", "maart 2017", "2019". Read at noon UTC, so the day is the same in
 * Dutch time.
 */
export function calendarDateInWords(date: string): string {
  if (date.length === 4) return date;
  const at = new Date(`${date.length === 7 ? `${date}-15` : date}T12:00:00Z`);
  return date.length === 7 ? MONTH.format(at) : WORDS.format(at);
}
