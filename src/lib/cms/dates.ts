import { deref, type SchemaNode } from '../schema/schemas';

/**
 * What a date field in the CMS accepts: the stored form (2026-12-05) or the Dutch way of
 * writing a date (5-12-2026, also with / or . between the parts).
 */
export const CMS_DATE_PATTERN = '^\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\s*$';

/** The stored form (JJJJ-MM-DD) of a date written the Dutch way; other text comes back as it was. */
export function isoDate(text: string): string {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!dutch) return text;
  const [, d, m, y] = dutch;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/**
 * The paths (as key lists) and stored forms of every date in `value` written the Dutch way,
 * found through the schema (`format: date`), so that the entry can be saved in the one form
 * the validator and the data files know. An impossible date (31-2-2026) is turned round too
 * and then refused by the validator, naming the field.
 */
export function dateRewrites(
  value: unknown,
  node: SchemaNode,
  base: SchemaNode,
  path: (string | number)[] = [],
): [(string | number)[], string][] {
  const { node: n, base: b } = deref(node, base);
  if (typeof value === 'string') {
    if (n.type !== 'string' || n.format !== 'date') return [];
    const iso = isoDate(value);
    return iso === value ? [] : [[path, iso]];
  }
  if (Array.isArray(value)) return n.items ? value.flatMap((v, i) => dateRewrites(v, n.items!, b, [...path, i])) : [];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (n.properties?.[k] ? dateRewrites(v, n.properties[k], b, [...path, k]) : []));
  return [];
}
