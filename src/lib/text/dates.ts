/**
 * A moment as Dutch readers write its date ("23 november 2026") and as a file-name part
 * (2026-11-23), both in Dutch time: the one place the atlas formats a date for people.
 */
export function dateStamp(date: Date): { words: string; iso: string } {
  return {
    words: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date),
    iso: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(date),
  };
}
