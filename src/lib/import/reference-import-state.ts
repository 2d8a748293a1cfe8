/**
 * What the reference import reads and gathers: its context (the dataset and the gazetteer), its
 * options (the Dutch edition), the lookups it builds once and the files and problems it collects
 * row by row, and one row's input once its edition entry is sound.
 */
import { samePlace } from '../cms/gazetteer';
import { formerIdIndex } from '../former-ids';
import type { Problem } from '../problems';
import type { RegionSet } from '../regions/region-sets';
import type { Initiative, Organisation } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';
import type { InitiativeRecord, OrganisationRecord } from '../validate/validate-dataset';
import type { ImportPlan } from './spreadsheet';
import type { EditionEntry } from './dutch-edition';
import { clean } from './reference-cells';
import { organisationAliases } from './reference-organisations';

/** The dataset the import plans against: the provinces, the gazetteer's places, the initiatives and organisations of data/. */
export interface ReferenceContext {
  regionSet: RegionSet;
  places: readonly { name: string; latitude: number; longitude: number; precision?: 'place' | 'area' }[];
  /**
   * The open list of Dutch towns (src/io/places.ts). The gazetteer keeps one entry per name, and
   * a name that a location calls an area is an area there ("Groningen", the province's centre);
   * a row that means the town of that name finds it here.
   */
  towns?: readonly { name: string; latitude: number; longitude: number }[];
  initiatives: readonly InitiativeRecord[];
  organisations: readonly OrganisationRecord[];
}

/** What a list's companion file says of a source address: its title and the date the page bears (YYYY-MM-DD, YYYY-MM or YYYY). */
export interface SourceDetails {
  title?: string;
  published?: string;
}

/** What the importer needs besides the rows: the Dutch edition and the ids of the lists. */
export interface ReferenceImportOptions {
  /** The Dutch edition: row id → entry (`reference/<list>.nl.yaml`). */
  edition: ReadonlyMap<string, unknown>;
  /** Ids of every row of every researched list (a relation may point at one). */
  listIds?: ReadonlySet<string>;
  /** Each source's title and the date it bears, by bare address (`<list>-sources.csv`). */
  sourceDetails?: ReadonlyMap<string, SourceDetails>;
}

/** What planReferenceImport gathers while it reads the rows, one after the other. */
export interface ReferenceImport {
  rows: Record<string, string>[];
  ctx: ReferenceContext;
  texts: Map<string, string>;
  options: ReferenceImportOptions;
  problems: Problem[];
  notices: string[];
  files: ImportPlan['files'];
  /** Names an organisation is known by (existing ones and the ones this import creates) → id. */
  aliases: Map<string, string>;
  takenOrgIds: Set<string>;
  newOrgs: Map<string, { id: string; data: Organisation; row: number }>;
  /** Initiatives of data/ by folded name and short name. */
  initiativeByName: Map<string, string>;
  /** Ids of data/'s initiatives, of this list's rows, and of both together with every list's. */
  ids: Set<string>;
  rowIds: Set<string>;
  knownIds: Set<string>;
  isPlace: (name: string) => boolean;
  /** Ids the editors merged into another file (its former_ids) → that file's id: such a row is not imported again. */
  mergedInto: Map<string, string>;
  /** Rows the edition says are an initiative already in a file: relations to them go to that file. */
  sameAs: Map<string, string>;
  /** Existing files that rows are merged into, by path. */
  merges: Map<string, { data: Record<string, unknown>; row: number }>;
}

/** One row once its edition entry is sound: what every step of planning it reads. */
export interface RowInput {
  row: Record<string, string>;
  rowNo: number;
  id: string;
  csvName: string;
  /** The row's entry in the Dutch edition. */
  e: EditionEntry;
  sources: NonNullable<Initiative['sources']>;
  /** The row's own source entry that an edition's address names (the check made sure there is one). */
  sourceFor: (address: string) => NonNullable<Initiative['sources']>[number];
  /** Reports a cell left out because the edition has no Dutch text for it. */
  missing: (field: string, cell: string) => void;
}

/** The lookups of an import: organisations and initiatives by name, the ids, the rows that are merged. */
export function startReferenceImport(
  rows: Record<string, string>[],
  ctx: ReferenceContext,
  texts: Map<string, string>,
  options: ReferenceImportOptions,
): ReferenceImport {
  const ids = new Set(ctx.initiatives.map((i) => i.id));
  const rowIds = new Set(rows.map((r) => clean(r.id)));
  return {
    rows,
    ctx,
    texts,
    options,
    problems: [],
    notices: [],
    files: [],
    aliases: organisationAliases(ctx.organisations),
    takenOrgIds: new Set(ctx.organisations.map((o) => o.id)),
    newOrgs: new Map(),
    initiativeByName: initiativesByName(ctx),
    ids,
    rowIds,
    knownIds: new Set([...ids, ...rowIds, ...(options.listIds ?? [])]),
    isPlace: (n) => ctx.places.some((p) => samePlace(p.name, n)) || ctx.regionSet.regions.some((r) => samePlace(r.name, n)),
    mergedInto: formerIdIndex(ctx.initiatives),
    sameAs: sameAsOf(rows, options),
    merges: new Map(),
  };
}

/** The initiatives of data/ by folded name and short name, for a lead or a merger the row names. */
function initiativesByName(ctx: ReferenceContext): Map<string, string> {
  return new Map(
    ctx.initiatives.flatMap((i) => [
      [foldName(i.data.name), i.id],
      ...(i.data.short_name ? [[foldName(i.data.short_name), i.id] as [string, string]] : []),
    ]),
  );
}

/** Rows the edition calls the same initiative as a file (overlap: same), by row id → that file's id. */
function sameAsOf(rows: readonly Record<string, string>[], options: ReferenceImportOptions): Map<string, string> {
  const entryOf = (id: string) => options.edition.get(id) as EditionEntry | undefined;
  return new Map(
    rows
      .map((r) => [clean(r.id), entryOf(clean(r.id))?.overlap] as const)
      .filter(([, o]) => o?.decision === 'same' && typeof o.initiative === 'string')
      .map(([id, o]) => [id, o!.initiative]),
  );
}

/** A problem of a row, named by its number and id. */
export function rowProblem(
  st: ReferenceImport,
  rowNo: number,
  id: string,
  field: string,
  message: string,
  severity: Problem['severity'] = 'error',
) {
  st.problems.push({ file: `rij ${rowNo} (${id})`, line: rowNo, column: 1, field, severity, message });
}
