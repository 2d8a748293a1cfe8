import { VOCABULARIES_SCHEMA, vocabulary } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { splitOutsideBrackets } from './reference-cells';

/**
 * The Dutch edition of a researched source list (`reference/<list>.nl.yaml`, format in
 * `reference/README.md`): per row id the editors' Dutch wording of the English cells and their
 * reading of the notes (status, statements, relations, overlap). The importer takes the facts
 * from the CSV and every public text from here; this module checks an entry against its row.
 */

/** One success factor or challenge as the editors wrote it. */
export interface EditionStatement {
  theme: NonNullable<Initiative['success_factors']>[number]['theme'];
  statement: string;
  /** One of the row's source addresses (with or without https://). */
  source: string;
}

/** One entry of a Dutch edition (every key optional). */
export interface EditionEntry {
  name?: string;
  type?: string;
  lead?: string;
  partners?: string;
  place?: string;
  theme?: string;
  start_year?: string;
  notes?: string;
  status?: { value: 'ended' | 'merged' | 'in_development' | 'active'; year?: number; note?: string; source: string };
  success_factors?: EditionStatement[];
  challenges?: EditionStatement[];
  relations?: { type: string; initiative: string; note?: string }[];
  overlap?: { decision: 'same' | 'related'; initiative: string; reason?: string };
  /** A Dutch title for a source the companion file titles in English, or a source whose address names a person. */
  sources?: EditionSource[];
}

/**
 * What the editors say of one of the row's sources: a Dutch title (the companion file's titles
 * are the researchers' words, some English), and whether its address names a person (then the
 * source is kept as its title, without the address, as the researchers did themselves: "name in
 * path omitted"; the atlas publishes no names of people).
 */
export interface EditionSource {
  /** One of the row's source addresses (with or without https://). */
  address: string;
  title?: string;
  person_in_address?: boolean;
  /**
   * The date the page shows (YYYY-MM-DD, YYYY-MM or YYYY), as the editors read it later:
   * more-initiatives.csv has no companion file, so its pages had no date (`reference/status-checks.csv`).
   */
  published?: string;
}

/** The Dutch text keys, each the wording of the CSV cell of the same meaning. */
export const EDITION_TEXT_KEYS = ['name', 'type', 'lead', 'partners', 'place', 'theme', 'start_year', 'notes'] as const;
const EDITION_KEYS = new Set<string>([...EDITION_TEXT_KEYS, 'status', 'success_factors', 'challenges', 'relations', 'overlap', 'sources']);
const STATUS_VALUES = ['ended', 'merged', 'in_development', 'active'];

/**
 * The schema's pattern for a source's date (vocabularies `date_or_month`: a day, a month or a
 * year): one contract for the edition, the companion file and the data.
 */
export const SOURCE_DATE = new RegExp(String(VOCABULARIES_SCHEMA.$defs?.date_or_month?.pattern));

/** A row's `sources` cell split at "; " outside brackets ("… (11 Jul 2023; name in path omitted)" stays one entry). */
export function splitSources(cell: string): string[] {
  return splitOutsideBrackets(cell, /^;/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A source address compared without scheme and trailing spaces. */
export const bareAddress = (s: string) => s.trim().replace(/^https?:\/\//, '');

/**
 * A source entry reduced to its address: no scheme, no "www." (the lists write "dcterra.nl/…"
 * where a page found later reads "https://www.dcterra.nl/…": the same page), no remark in
 * brackets ("… (11 Jul 2023; name in path omitted)"), so an edition that cites the address with a
 * cut-off remark still names the same page.
 */
export const sourceKey = (s: string) =>
  bareAddress(s)
    .replace(/^www\./, '')
    .replace(/\s*\(.*$/, '')
    .trim();

/** Thousands separators removed ("1.500" and "1,500" → "1500"), so a figure compares by its digits. */
const plainDigits = (s: string) => s.replace(/(\d)[.,](\d{3})\b/g, '$1$2');

/**
 * Numbers of three or more digits (figures, years) in a Dutch text that the row does not
 * contain: an edition may word a fact, never add one.
 */
export function numbersNotInRow(text: string, row: Record<string, string>): string[] {
  const inRow = new Set(plainDigits(Object.values(row).join(' ')).match(/\d+/g) ?? []);
  return [...new Set(plainDigits(text).match(/\d{3,}/g) ?? [])].filter((d) => !inRow.has(d));
}

/** What the checks of one entry share. */
interface EntryCheck {
  add: (field: string, message: string) => void;
  /** Every Dutch text of the entry by field, checked last for the list's markers and for numbers the row lacks. */
  texts: [string, string][];
  /** Is a source one of the row's own (by address)? Reported when not. */
  checkSource: (field: string, s: unknown) => void;
  knownIds: ReadonlySet<string>;
}

/** What is wrong with one edition entry, as field + message (Dutch); empty when it is sound. */
export function checkEditionEntry(
  entry: unknown,
  row: Record<string, string>,
  knownIds: ReadonlySet<string>,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => out.push({ field, message });
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    add('', 'De vermelding in de Nederlandse editie is geen lijst van velden (sleutel: waarde).');
    return out;
  }
  const e = entry as Record<string, unknown>;
  const c: EntryCheck = { add, texts: [], checkSource: sourceCheck(row, add), knownIds };
  checkKeys(e, c);
  if (e.status !== undefined) checkStatus(e.status, c);
  for (const key of ['success_factors', 'challenges'] as const) if (e[key] !== undefined) checkStatements(key, e[key], c);
  if (e.relations !== undefined) checkRelations(e.relations, c);
  if (e.overlap !== undefined) checkOverlap(e.overlap, c);
  if (e.sources !== undefined) checkSources(e.sources, c);
  for (const [field, text] of c.texts) checkWording(field, text, row, add);
  return out;
}

/** Checks that a source is one of the row's own addresses: an edition cites the row's pages, never others. */
function sourceCheck(row: Record<string, string>, add: EntryCheck['add']): EntryCheck['checkSource'] {
  const sources = new Set(splitSources(row.sources ?? '').map(sourceKey));
  return (field, s) => {
    if (typeof s !== 'string' || !s.trim()) add(field, 'Bron ontbreekt: neem een adres uit de kolom sources van deze rij over.');
    else if (!sources.has(sourceKey(s)))
      add(field, `De bron '${s}' staat niet in de kolom sources van deze rij; kies er een van: ${[...sources].join(' | ')}.`);
  };
}

/** Only known keys, and the text keys as text. */
function checkKeys(e: Record<string, unknown>, c: EntryCheck): void {
  for (const k of Object.keys(e))
    if (!EDITION_KEYS.has(k)) c.add(k, `Onbekend veld in de Nederlandse editie; toegestaan: ${[...EDITION_KEYS].join(', ')}.`);
  for (const k of EDITION_TEXT_KEYS) {
    if (e[k] === undefined || e[k] === null) continue;
    if (typeof e[k] !== 'string') c.add(k, 'Moet tekst zijn.');
    else c.texts.push([k, e[k]]);
  }
}

/** A status: a known value, a whole year, and a source of the row. */
function checkStatus(status: unknown, c: EntryCheck): void {
  const s = (status ?? {}) as Record<string, unknown>;
  if (!STATUS_VALUES.includes(s.value as string)) c.add('status.value', `Kies een van: ${STATUS_VALUES.join(', ')}.`);
  if (s.year !== undefined && !Number.isInteger(s.year)) c.add('status.year', 'Moet een jaartal zijn.');
  if (s.year !== undefined) c.texts.push(['status.year', String(s.year)]);
  if (typeof s.note === 'string') c.texts.push(['status.note', s.note]);
  c.checkSource('status.source', s.source);
}

/** Success factors or challenges: a list, each with a theme of factor_theme, a statement of 10 to 300 characters and a source of the row. */
function checkStatements(key: 'success_factors' | 'challenges', list: unknown, c: EntryCheck): void {
  if (!Array.isArray(list)) {
    c.add(key, 'Moet een lijst zijn.');
    return;
  }
  const themes = new Set(vocabulary('factor_theme').values);
  (list as Record<string, unknown>[]).forEach((s, i) => {
    const field = `${key}[${i}]`;
    if (!themes.has(s?.theme as string)) c.add(`${field}.theme`, `Geen thema uit factor_theme; kies een van: ${[...themes].join(', ')}.`);
    if (typeof s?.statement !== 'string' || s.statement.length < 10 || s.statement.length > 300)
      c.add(`${field}.statement`, 'Een uitspraak is 10 tot 300 tekens lang.');
    else c.texts.push([`${field}.statement`, s.statement]);
    c.checkSource(`${field}.source`, s?.source);
  });
}

/** Relations: a list, each of a known type and to an initiative of data/ or of a researched list. */
function checkRelations(relations: unknown, c: EntryCheck): void {
  if (!Array.isArray(relations)) {
    c.add('relations', 'Moet een lijst zijn.');
    return;
  }
  const relationTypes = new Set(vocabulary('relation_type').values);
  (relations as Record<string, unknown>[]).forEach((r, i) => {
    if (!relationTypes.has(r?.type as string)) c.add(`relations[${i}].type`, `Kies een van: ${[...relationTypes].join(', ')}.`);
    if (!c.knownIds.has(r?.initiative as string))
      c.add(`relations[${i}].initiative`, `'${String(r?.initiative)}' is geen initiatief in data/ of in een van de bronlijsten.`);
    if (typeof r?.note === 'string') c.texts.push([`relations[${i}].note`, r.note]);
  });
}

/** An overlap: same or related, with a known initiative. */
function checkOverlap(overlap: unknown, c: EntryCheck): void {
  const o = (overlap ?? {}) as Record<string, unknown>;
  if (o.decision !== 'same' && o.decision !== 'related') c.add('overlap.decision', 'Kies same (hetzelfde initiatief) of related.');
  if (!c.knownIds.has(o.initiative as string))
    c.add('overlap.initiative', `'${String(o.initiative)}' is geen initiatief in data/ of in een van de bronlijsten.`);
  if (typeof o.reason === 'string') c.texts.push(['overlap.reason', o.reason]);
}

/** Sources: a list, each one of the row's addresses with a Dutch title of 2 to 300 characters, or marked as naming a person, or both. */
function checkSources(list: unknown, c: EntryCheck): void {
  if (!Array.isArray(list)) {
    c.add('sources', 'Moet een lijst zijn.');
    return;
  }
  const seen = new Set<string>();
  (list as Record<string, unknown>[]).forEach((s, i) => {
    const field = `sources[${i}]`;
    c.checkSource(`${field}.address`, s?.address);
    // The importer reads one entry per address: a second one would be silently unused.
    if (typeof s?.address === 'string' && seen.has(sourceKey(s.address)))
      c.add(`${field}.address`, 'Deze bron staat al eerder onder sources: zet titel, datum en person_in_address bij één vermelding.');
    if (typeof s?.address === 'string') seen.add(sourceKey(s.address));
    if (s?.title !== undefined) {
      if (typeof s.title !== 'string' || s.title.length < 2 || s.title.length > 300)
        c.add(`${field}.title`, 'Een titel is 2 tot 300 tekens lang.');
      else c.texts.push([`${field}.title`, s.title]);
    }
    if (s?.person_in_address !== undefined && typeof s.person_in_address !== 'boolean')
      c.add(`${field}.person_in_address`, 'Moet true of false zijn.');
    if (s?.published !== undefined && !(typeof s.published === 'string' && SOURCE_DATE.test(s.published)))
      c.add(`${field}.published`, String(VOCABULARIES_SCHEMA.$defs?.date_or_month?.['x-pattern-message']));
    if (s?.title === undefined && s?.person_in_address !== true && s?.published === undefined)
      c.add(
        field,
        'Geef een Nederlandse titel (title), de datum die de pagina toont (published), of zet person_in_address: true als het adres een persoon noemt.',
      );
  });
}

/** A Dutch text says in words what the list marks with signs, and adds no figure or year the row does not have. */
function checkWording(field: string, text: string, row: Record<string, string>, add: EntryCheck['add']): void {
  if (/[†‡]/.test(text) || /(^|\s)—(\s|$)/.test(text))
    add(field, 'Bevat een markering uit de bronlijst (†, ‡ of —); schrijf wat ze betekent in woorden.');
  for (const d of numbersNotInRow(text, row))
    add(field, `Het getal ${d} staat niet in de rij van de bronlijst: een editie mag geen cijfer of jaar toevoegen.`);
}
