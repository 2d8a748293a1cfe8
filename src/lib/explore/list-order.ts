import { foldForSearch } from '../text/fold';

/**
 * Sorting and filtering the plain lists (all initiatives, all organisations) in the browser.
 * Each entry carries its sort values as data attributes written at build time; these pure
 * functions decide the order and the matches, so they are tested without a browser.
 */
export interface SortOption {
  /** URL value and data-attribute suffix: `data-sort-<key>`. */
  key: string;
  label: string;
  /** Compare as numbers (missing values last). */
  numeric?: boolean;
  /** Largest first (newest year, most partners). */
  descending?: boolean;
}

export interface ListEntry {
  /** Sort values by key; the name is under `naam` and breaks ties. */
  sort: Record<string, string | undefined>;
  /** Searchable text (names, places). */
  text: string;
  /** Kind (organisations list filter), if any. */
  kind?: string | undefined;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function compareEntries(a: ListEntry, b: ListEntry, option: SortOption): number {
  const byName = collator.compare(a.sort.naam ?? '', b.sort.naam ?? '');
  const va = a.sort[option.key] || undefined;
  const vb = b.sort[option.key] || undefined;
  if (va === vb) return byName;
  if (va === undefined) return 1;
  if (vb === undefined) return -1;
  const order = option.numeric ? Number(va) - Number(vb) : collator.compare(va, vb);
  return (option.descending ? -order : order) || byName;
}

/** Whether an entry matches the typed text (every word, ignoring case and accents) and kind. */
export function entryMatches(e: ListEntry, query: string, kind: string): boolean {
  if (kind && e.kind !== kind) return false;
  const hay = foldForSearch(e.text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

export const INITIATIVE_SORTS: SortOption[] = [
  { key: 'naam', label: 'Naam (A-Z)' },
  { key: 'startjaar', label: 'Startjaar (nieuwste eerst)', numeric: true, descending: true },
  { key: 'regio', label: 'Regio (A-Z)' },
  { key: 'partners', label: 'Aantal organisaties (meeste eerst)', numeric: true, descending: true },
];

export const ORGANISATION_SORTS: SortOption[] = [
  { key: 'naam', label: 'Naam (A-Z)' },
  { key: 'initiatieven', label: 'Aantal initiatieven (meeste eerst)', numeric: true, descending: true },
  { key: 'soort', label: 'Soort (A-Z)' },
  { key: 'plaats', label: 'Plaats (A-Z)' },
];
