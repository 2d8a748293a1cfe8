/**
 * Who checked an entry and when, as readers see it ("Gecontroleerd op 3 maart 2026 door de
 * redactie"), whether that check is older than the configured age, and how many entries of the
 * atlas were checked at all: the footer and /over/ state these figures instead of claiming the
 * atlas is current. Pure: today's date and the age come in as arguments.
 */
import { vocabulary } from './schema/schemas';
import { lowerFirst } from './text/case';
import { calendarDateInWords } from './text/dates';
import { isRunningStatus } from './explore/status-brief';

/** The check fields initiatives and organisations share (see schemas/*.schema.json). */
export interface Checked {
  last_verified?: string;
  verified_by?: string;
  verified_source?: { url?: string; title?: string };
}

export interface CheckState {
  state: 'unchecked' | 'checked' | 'old';
  /** ISO date of the check. */
  date?: string;
  /** The one line a page shows: "Gecontroleerd op 3 maart 2026 door de redactie" or "Nog niet gecontroleerd". */
  line: string;
  /** Who checked, as the line says it ("de redactie"). */
  by?: string;
  /** For an old check: the plain warning that goes with it. */
  warning?: string;
  /** The source the editors checked against. */
  source?: { url?: string; title?: string };
}

/** The ISO date `months` months before `today` (the day clamped to the month's length). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = daysInMonth(year, month);
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The last day a source date can stand for (YYYY → 31 December, YYYY-MM → the month's last day),
 * so a source is called old only when even its latest possible day is.
 */
export function latestDayOf(published: string): string {
  if (published.length === 10) return published;
  const [y, m] = published.length === 7 ? published.split('-').map(Number) : [Number(published), 12];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(daysInMonth(y!, m!)).padStart(2, '0')}`;
}

/** The number of days in a month (1–12) of a year: day 0 of the next month is its last day. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A status that can age (explore/status-brief.ts, where the browser's list can read it too). */
export { isRunningStatus };

/**
 * Does a running or starting status rest on a dated source older than the configured age, as an
 * old check does? An initiative that ended stays ended; one that ran may have stopped since.
 */
export function statusSourceIsOld(
  d: { status: string; status_source?: { published?: string } },
  today: string,
  maxAgeMonths: number,
): boolean {
  const published = d.status_source?.published;
  return !!published && isRunningStatus(d.status) && latestDayOf(published) < monthsBefore(today, maxAgeMonths);
}

/** An ISO date in Dutch words (3 maart 2026); noon UTC is the same day in Dutch time. */
export const dateInWords = (iso: string): string => calendarDateInWords(iso);

/** The site config's default for `checks.maxAgeMonths`. */
export const DEFAULT_MAX_AGE_MONTHS = 12;

/** How one entry's check reads on its page. A check exactly `maxAgeMonths` old still counts as recent. */
export function checkState(data: Checked, today: string, maxAgeMonths: number): CheckState {
  if (!data.last_verified) return { state: 'unchecked', line: 'Nog niet gecontroleerd' };
  const labels = vocabulary('verified_by').labels;
  const by = data.verified_by ? lowerFirst(labels[data.verified_by] ?? data.verified_by) : undefined;
  const old = data.last_verified < monthsBefore(today, maxAgeMonths);
  return {
    state: old ? 'old' : 'checked',
    date: data.last_verified,
    line: `Gecontroleerd op ${dateInWords(data.last_verified)}${by ? ` door ${by}` : ''}`,
    ...(by ? { by } : {}),
    ...(old ? { warning: `Dat is langer dan ${maxAgeMonths} maanden geleden: de gegevens kunnen verouderd zijn.` } : {}),
    ...(data.verified_source ? { source: data.verified_source } : {}),
  };
}

/** How many entries were checked, and how many of those checks are older than the configured age. */
export interface CheckFigures {
  total: number;
  checked: number;
  old: number;
  maxAgeMonths: number;
}

export function checkFigures(entries: readonly Checked[], today: string, maxAgeMonths: number): CheckFigures {
  const cutoff = monthsBefore(today, maxAgeMonths);
  let checked = 0;
  let old = 0;
  for (const e of entries) {
    if (!e.last_verified) continue;
    checked++;
    if (e.last_verified < cutoff) old++;
  }
  return { total: entries.length, checked, old, maxAgeMonths };
}

/**
 * The figures in one plain sentence, for the footer and /over/: "12 van de 169 initiatieven en
 * 0 van de 240 organisaties zijn gecontroleerd; 3 controles zijn ouder dan 12 maanden."
 */
export function checkSentence(initiatives: CheckFigures, organisations: CheckFigures): string {
  const part = (f: CheckFigures, one: string, many: string) => `${f.checked} van de ${f.total} ${f.total === 1 ? one : many}`;
  const old = initiatives.old + organisations.old;
  const head = `${part(initiatives, 'initiatief', 'initiatieven')} en ${part(organisations, 'organisatie', 'organisaties')} ${
    initiatives.checked + organisations.checked === 1 ? 'is' : 'zijn'
  } ooit gecontroleerd`;
  if (initiatives.checked + organisations.checked === 0) return `${head}.`;
  return `${head}; ${old} ${old === 1 ? 'controle is' : 'controles zijn'} ouder dan ${initiatives.maxAgeMonths} maanden.`;
}
