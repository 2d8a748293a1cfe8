import { PROGRAM_CSV, writeCsv, type CsvCell } from './csv-dialect';
import { deref, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from '../schema/schemas';
import { membershipOf } from '../regions/membership';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';

/** How a schema property becomes a CSV cell. */
export type ColumnEncoding = 'text' | 'number' | 'list' | 'json';

export interface Column {
  name: string;
  encoding: ColumnEncoding;
  /** Derived at build time; read-only, ignored on import. */
  derived?: boolean;
  /**
   * For a derived copy of an object's member: the path it reads (`working_area`, `regions`), one
   * level deeper for a member that is an object itself (`working_area`, `source`, `url`).
   */
  member?: string[];
}

/**
 * How each initiative stands in the regional structure (src/lib/regions/membership.ts), one
 * value per row: `map` (a point), else `working_area` (a province from the source, no point),
 * else `national`, else `unknown` (no province known).
 */
export const PLACE_BASIS_COLUMN = 'derived_place_basis';

/** Lists of vocabulary values contain no ';', so they stay readable in a spreadsheet. */
export const LIST_SEPARATOR = ';';

/**
 * The CSV columns of an entity kind, derived from its schema: `id` first, then every
 * property in schema order. Scalars as they are, lists of vocabulary values joined with ';',
 * free-text lists and lists of objects as JSON (round-trip safe), then derived columns: the
 * regions of the points per region set, each member of an object property on its own
 * (`derived_working_area_regions`: readable without parsing JSON), and for initiatives
 * PLACE_BASIS_COLUMN.
 */
export function columnsFor(kind: EntityKind, regionSetIds: readonly string[]): Column[] {
  const schema = ENTITY_SCHEMAS[kind];
  const cols: Column[] = [{ name: 'id', encoding: 'text' }];
  const members: Column[] = [];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const node = deref(prop, schema).node;
    if (node.type === 'array') {
      const items = node.items ? deref(node.items, schema).node : ({} as SchemaNode);
      cols.push({ name, encoding: items.enum ? 'list' : 'json' });
    } else if (node.type === 'object') {
      cols.push({ name, encoding: 'json' });
      for (const [sub, subProp] of Object.entries(node.properties ?? {})) {
        const m = deref(subProp, schema).node;
        // A member that is an object (the working area's source) gets a column per member of its own,
        // like a source at the top: JSON in a "readable without JSON" column would defeat it.
        if (m.type === 'object') {
          for (const [leaf, leafProp] of Object.entries(m.properties ?? {}))
            members.push({
              name: `derived_${name}_${sub}_${leaf}`,
              encoding: encodingOf(deref(leafProp, schema).node),
              derived: true,
              member: [name, sub, leaf],
            });
          continue;
        }
        members.push({ name: `derived_${name}_${sub}`, encoding: encodingOf(m), derived: true, member: [name, sub] });
      }
    } else {
      cols.push({ name, encoding: encodingOf(node) });
    }
  }
  for (const id of regionSetIds) cols.push({ name: `derived_${id}`, encoding: 'list', derived: true });
  cols.push(...members);
  if (kind === 'initiative') cols.push({ name: PLACE_BASIS_COLUMN, encoding: 'text', derived: true });
  return cols;
}

/** A cell's encoding by its schema node: a list joined, a number as a number, an object as JSON, anything else as text. */
function encodingOf(m: SchemaNode): ColumnEncoding {
  return m.type === 'array' ? 'list' : m.type === 'object' ? 'json' : m.type === 'number' || m.type === 'integer' ? 'number' : 'text';
}

/** The value at a member path of an entry's data (undefined where a step is missing). */
export function memberValue(data: unknown, path: readonly string[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
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

function placeBasis(rec: InitiativeRecord, regionSetIds: readonly string[]): string {
  const m = membershipOf(
    rec,
    regionSetIds.map((id) => ({ id })),
  );
  if (Object.values(m.onMap).some((l) => l.length)) return 'map';
  if (m.workingArea.length) return 'working_area';
  return m.national ? 'national' : 'unknown';
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
      if (c.member) return cell(memberValue(rec.data, c.member), c.encoding);
      if (c.name === PLACE_BASIS_COLUMN && 'locations' in rec.derived) return placeBasis(rec as InitiativeRecord, regionSetIds);
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
