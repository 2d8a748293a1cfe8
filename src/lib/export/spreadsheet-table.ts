import { deref, ENTITY_NOUNS, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from '../schema/schemas';
import type { RegionSet } from '../regions/region-sets';
import type { OrganisationRecord } from '../validate/validate-dataset';
import type { CsvCell } from './csv-dialect';

/** One column of a table for people: a Dutch header and how to read its cell from a record. */
export interface SpreadsheetColumn {
  header: string;
  /** The schema property it shows, or a derived region set. */
  source: { property: string } | { regionSet: string } | { id: true };
  cell: (rec: OrganisationRecord) => CsvCell;
}

/**
 * The columns of a table for people, derived from the schema like tables.ts does for programs:
 * each property by its Dutch title (`Soort organisatie`, not `kind`), a vocabulary value by its
 * label (`Mbo-instelling`, not `mbo_institution`), a list as one readable cell, numbers as
 * numbers; then each derived region set by its name, and the id last. Blocks of fields
 * (sources) stay in the JSON and the CSV for programs: one cell cannot show them readably.
 */
export function spreadsheetColumns(kind: Extract<EntityKind, 'organisation'>, regionSets: readonly RegionSet[]): SpreadsheetColumn[] {
  const schema = ENTITY_SCHEMAS[kind];
  const regionName = new Map(regionSets.flatMap((s) => s.regions.map((r) => [r.id, r.name] as const)));
  const cols: SpreadsheetColumn[] = [];
  for (const [property, prop] of Object.entries(schema.properties ?? {})) {
    const node = deref(prop, schema).node;
    const items = node.type === 'array' && node.items ? deref(node.items, schema).node : undefined;
    if (node.type === 'object' || items?.type === 'object') continue;
    const words = (n: SchemaNode) => (v: string) => n['x-enum-labels']?.[v] ?? v;
    const value = (rec: OrganisationRecord) => (rec.data as unknown as Record<string, unknown>)[property];
    let cell: SpreadsheetColumn['cell'];
    if (items) {
      const word = words(items);
      cell = (rec) => ((value(rec) as string[] | undefined) ?? []).map(word).join('; ');
    } else if (node.type === 'number' || node.type === 'integer') {
      cell = (rec) => value(rec) as number | undefined;
    } else {
      const word = words(node);
      cell = (rec) => (value(rec) === undefined ? '' : word(String(value(rec))));
    }
    cols.push({ header: String(node.title ?? property), source: { property }, cell });
  }
  for (const set of regionSets)
    cols.push({
      header: set.name,
      source: { regionSet: set.id },
      cell: (rec) => {
        const id = rec.derived.regions[set.id];
        return id ? (regionName.get(id) ?? id) : '';
      },
    });
  cols.push({ header: `Id (${ENTITY_NOUNS[kind].one})`, source: { id: true }, cell: (rec) => rec.id });
  return cols;
}

/** The records as a table for people: the header and one row per record. */
export function spreadsheetTable(
  kind: Extract<EntityKind, 'organisation'>,
  records: readonly OrganisationRecord[],
  regionSets: readonly RegionSet[],
): { header: string[]; rows: CsvCell[][] } {
  const cols = spreadsheetColumns(kind, regionSets);
  return { header: cols.map((c) => c.header), rows: records.map((r) => cols.map((c) => c.cell(r))) };
}
