import { PROGRAM_CSV, writeCsv, type CsvCell } from './csv-dialect';
import { deref, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from '../schema/schemas';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';

/** How a schema property becomes a CSV cell. */
export type ColumnEncoding = 'text' | 'number' | 'list' | 'json';

export interface Column {
  name: string;
  encoding: ColumnEncoding;
  /** Derived at build time; read-only, ignored on import. */
  derived?: boolean;
}

/** Lists of vocabulary values contain no ';', so they stay readable in a spreadsheet. */
export const LIST_SEPARATOR = ';';

/**
 * The CSV columns of an entity kind, derived from its schema: `id` first, then every
 * property in schema order. Scalars as they are, lists of vocabulary values joined with ';',
 * free-text lists and lists of objects as JSON (round-trip safe), then derived columns.
 */
export function columnsFor(kind: EntityKind, regionSetIds: readonly string[]): Column[] {
  const schema = ENTITY_SCHEMAS[kind];
  const cols: Column[] = [{ name: 'id', encoding: 'text' }];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const node = deref(prop, schema).node;
    if (node.type === 'array') {
      const items = node.items ? deref(node.items, schema).node : ({} as SchemaNode);
      cols.push({ name, encoding: items.enum ? 'list' : 'json' });
    } else if (node.type === 'object') {
      cols.push({ name, encoding: 'json' });
    } else {
      cols.push({ name, encoding: node.type === 'number' || node.type === 'integer' ? 'number' : 'text' });
    }
  }
  for (const id of regionSetIds) cols.push({ name: `derived_${id}`, encoding: 'list', derived: true });
  return cols;
}

function cell(value: unknown, encoding: ColumnEncoding): CsvCell {
  if (value === undefined || value === null) return '';
  if (encoding === 'list') return (value as string[]).join(LIST_SEPARATOR);
  if (encoding === 'json') return JSON.stringify(value);
  // Numbers are numbers (a spreadsheet may compute with them); writeCsv keeps text from running as a formula.
  return encoding === 'number' ? Number(value) : String(value);
}

function regionsOf(rec: InitiativeRecord | OrganisationRecord, set: string): string[] {
  if ('locations' in rec.derived) return [...new Set(rec.derived.locations.map((l) => l.regions[set]).filter((x): x is string => !!x))];
  return rec.derived.regions[set] ? [rec.derived.regions[set]!] : [];
}

/** The records of one kind as CSV for programs (csv-dialect.ts: comma-separated, quoted, byte-order mark, header row 1). */
export function toCsv(
  kind: EntityKind,
  records: readonly (InitiativeRecord | OrganisationRecord)[],
  regionSetIds: readonly string[],
): string {
  const cols = columnsFor(kind, regionSetIds);
  const rows = records.map((rec) =>
    cols.map((c) => {
      if (c.name === 'id') return rec.id;
      if (c.derived) return cell(regionsOf(rec, c.name.slice('derived_'.length)), 'list');
      return cell((rec.data as unknown as Record<string, unknown>)[c.name], c.encoding);
    }),
  );
  return writeCsv(
    cols.map((c) => c.name),
    rows,
    PROGRAM_CSV,
  );
}
