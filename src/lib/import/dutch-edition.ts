import { vocabulary } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';

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
}

/** The Dutch text keys, each the wording of the CSV cell of the same meaning. */
export const EDITION_TEXT_KEYS = ['name', 'type', 'lead', 'partners', 'place', 'theme', 'start_year', 'notes'] as const;
const EDITION_KEYS = new Set<string>([...EDITION_TEXT_KEYS, 'status', 'success_factors', 'challenges', 'relations', 'overlap']);
const STATUS_VALUES = ['ended', 'merged', 'in_development', 'active'];

/** A row's `sources` cell split at "; " outside brackets ("… (11 Jul 2023; name in path omitted)" stays one entry). */
export function splitSources(cell: string): string[] {
  const out: string[] = [];
  let depth = 0,
    current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && c === ';') {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A source address compared without scheme and trailing spaces. */
export const bareAddress = (s: string) => s.trim().replace(/^https?:\/\//, '');

/**
 * A source entry reduced to its address: no scheme, no remark in brackets ("… (11 Jul 2023;
 * name in path omitted)"), so an edition that cites the address with a cut-off remark still
 * names the same page.
 */
export const sourceKey = (s: string) =>
  bareAddress(s)
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
  const texts: [string, string][] = [];
  for (const k of Object.keys(e))
    if (!EDITION_KEYS.has(k)) add(k, `Onbekend veld in de Nederlandse editie; toegestaan: ${[...EDITION_KEYS].join(', ')}.`);
  for (const k of EDITION_TEXT_KEYS) {
    if (e[k] === undefined || e[k] === null) continue;
    if (typeof e[k] !== 'string') add(k, 'Moet tekst zijn.');
    else texts.push([k, e[k]]);
  }
  const sources = new Set(splitSources(row.sources ?? '').map(sourceKey));
  const checkSource = (field: string, s: unknown) => {
    if (typeof s !== 'string' || !s.trim()) add(field, 'Bron ontbreekt: neem een adres uit de kolom sources van deze rij over.');
    else if (!sources.has(sourceKey(s)))
      add(field, `De bron '${s}' staat niet in de kolom sources van deze rij; kies er een van: ${[...sources].join(' | ')}.`);
  };
  const themes = new Set(vocabulary('factor_theme').values);
  const relationTypes = new Set(vocabulary('relation_type').values);
  if (e.status !== undefined) {
    const s = (e.status ?? {}) as Record<string, unknown>;
    if (!STATUS_VALUES.includes(s.value as string)) add('status.value', `Kies een van: ${STATUS_VALUES.join(', ')}.`);
    if (s.year !== undefined && !Number.isInteger(s.year)) add('status.year', 'Moet een jaartal zijn.');
    if (s.year !== undefined) texts.push(['status.year', String(s.year)]);
    if (typeof s.note === 'string') texts.push(['status.note', s.note]);
    checkSource('status.source', s.source);
  }
  for (const key of ['success_factors', 'challenges'] as const) {
    if (e[key] === undefined) continue;
    if (!Array.isArray(e[key])) {
      add(key, 'Moet een lijst zijn.');
      continue;
    }
    (e[key] as Record<string, unknown>[]).forEach((s, i) => {
      const field = `${key}[${i}]`;
      if (!themes.has(s?.theme as string)) add(`${field}.theme`, `Geen thema uit factor_theme; kies een van: ${[...themes].join(', ')}.`);
      if (typeof s?.statement !== 'string' || s.statement.length < 10 || s.statement.length > 300)
        add(`${field}.statement`, 'Een uitspraak is 10 tot 300 tekens lang.');
      else texts.push([`${field}.statement`, s.statement]);
      checkSource(`${field}.source`, s?.source);
    });
  }
  if (e.relations !== undefined) {
    if (!Array.isArray(e.relations)) add('relations', 'Moet een lijst zijn.');
    else
      (e.relations as Record<string, unknown>[]).forEach((r, i) => {
        if (!relationTypes.has(r?.type as string)) add(`relations[${i}].type`, `Kies een van: ${[...relationTypes].join(', ')}.`);
        if (!knownIds.has(r?.initiative as string))
          add(`relations[${i}].initiative`, `'${String(r?.initiative)}' is geen initiatief in data/ of in een van de bronlijsten.`);
        if (typeof r?.note === 'string') texts.push([`relations[${i}].note`, r.note]);
      });
  }
  if (e.overlap !== undefined) {
    const o = (e.overlap ?? {}) as Record<string, unknown>;
    if (o.decision !== 'same' && o.decision !== 'related') add('overlap.decision', 'Kies same (hetzelfde initiatief) of related.');
    if (!knownIds.has(o.initiative as string))
      add('overlap.initiative', `'${String(o.initiative)}' is geen initiatief in data/ of in een van de bronlijsten.`);
    if (typeof o.reason === 'string') texts.push(['overlap.reason', o.reason]);
  }
  for (const [field, text] of texts) {
    if (/[†‡]/.test(text) || /(^|\s)—(\s|$)/.test(text))
      add(field, 'Bevat een markering uit de bronlijst (†, ‡ of —); schrijf wat ze betekent in woorden.');
    for (const d of numbersNotInRow(text, row))
      add(field, `Het getal ${d} staat niet in de rij van de bronlijst: een editie mag geen cijfer of jaar toevoegen.`);
  }
  return out;
}
