import { describe, expect, it } from 'vitest';
import { calendarDateInWords } from '../../src/lib/text/dates';

// What calendarDateInWords said before it wrote the words itself: Intl's, in Dutch time.
const WORDS = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const pad = (n: number) => String(n).padStart(2, '0');

describe('calendarDateInWords', () => {
  it("says every day and month of two centuries in the formatter's own words", () => {
    const differ: string[] = [];
    for (let t = Date.UTC(1950, 0, 1); t <= Date.UTC(2150, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      const noon = new Date(`${day}T12:00:00Z`);
      if (calendarDateInWords(day) !== WORDS.format(noon)) differ.push(day);
      if (d.getUTCDate() === 1) {
        const month = day.slice(0, 7);
        if (calendarDateInWords(month) !== MONTH.format(new Date(`${month}-15T12:00:00Z`))) differ.push(month);
      }
    }
    expect(differ).toEqual([]);
    expect(calendarDateInWords('2024-02-29')).toBe('29 februari 2024');
    expect(calendarDateInWords('2026-12-07')).toBe('7 december 2026');
    expect(calendarDateInWords('2017-03')).toBe('maart 2017');
    expect(calendarDateInWords('2019')).toBe('2019');
  });

  it('leaves what is not an ordinary date to the formatter, which says or refuses it as before', () => {
    // Not a day of that month (the schema never lets one through): what the formatter made of it.
    const before = (d: string) => {
      const at = new Date(`${d.length === 7 ? `${d}-15` : d}T12:00:00Z`);
      return d.length === 7 ? MONTH.format(at) : WORDS.format(at);
    };
    for (const odd of ['2023-02-29', '2023-02-31', '2023-04-31', '0999-05-01', '0999-05'])
      expect(calendarDateInWords(odd)).toBe(before(odd));
    expect(calendarDateInWords('2023-02-29')).toBe('1 maart 2023');
    for (const bad of ['2023-02-32', '2023-13', '2023-13-01', '2023-00-10', '2023-1-5'])
      expect(() => calendarDateInWords(bad)).toThrow(RangeError);
  });
});
