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
  // Said directly for an ordinary date: the formatter took 150 ms of the 13,000 pages a build
  // writes at 10,000 initiatives (issue #28). The same words as the formatter's, compared for
  // every day of two centuries in tests/unit/dates.test.ts; anything else still goes to it.
  const m = CALENDAR_DATE.exec(date);
  if (m) {
    const [, year, month, day] = m;
    const name = MONTH_NAMES[Number(month) - 1];
    if (name && !day) return `${name} ${year}`;
    if (name && Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month))) return `${Number(day)} ${name} ${year}`;
  }
  const at = new Date(`${date.length === 7 ? `${date}-15` : date}T12:00:00Z`);
  return date.length === 7 ? MONTH.format(at) : WORDS.format(at);
}

/** A date in the years 1000 to 9999, by day or by month, as the schema writes it. */
const CALENDAR_DATE = /^([1-9]\d{3})-(\d{2})(?:-(\d{2}))?$/;
/** The months as Dutch writes them in a date (no capital). */
const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
/** Days in a month of the Gregorian calendar. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
