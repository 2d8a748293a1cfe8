import { restoreFormulaCell } from '../export/spreadsheet-safety';
import { columnsFor, LIST_SEPARATOR } from '../export/tables';
import { idFromName } from '../ids';
import type { Problem } from '../problems';
import { similarNames } from '../text/similar-names';
import { deref, ENTITY_SCHEMAS, MULTILINE_FIELDS, vocabulary, vocabularyOfRef, type VocabularyName } from '../schema/schemas';
import { orderBySchema, toCanonicalYaml } from '../yaml/canonical';
import type { OrganisationRecord, SourceFile, InitiativeRecord } from '../validate/validate-dataset';
import { foldForSearch } from '../text/fold';

/**
 * Dutch column names a spreadsheet may use, mapped to schema keys. The English keys (as in
 * the CSV export) work too. Extra columns for the simple form: plaats, breedtegraad,
 * lengtegraad (one location), bron (sources), penvoerder and partners by name.
 */
export const COLUMN_ALIASES: Record<string, string> = {
  naam: 'name',
  'korte naam': 'short_name',
  soort: 'kind',
  status: 'status',
  fase: 'phase',
  samenvatting: 'summary',
  beschrijving: 'description',
  niveaus: 'levels',
  niveau: 'levels',
  sectoren: 'sectors',
  sector: 'sectors',
  thema: 'theme',
  penvoerder: 'lead_organisation',
  partners: 'partners',
  startjaar: 'start_year',
  eindjaar: 'end_year',
  website: 'website',
  bron: 'sources',
  bronnen: 'sources',
  opmerkingen: 'notes',
  plaats: 'place',
  breedtegraad: 'latitude',
  lengtegraad: 'longitude',
  'laatst gecontroleerd': 'last_verified',
  'gecontroleerd door': 'verified_by',
};

export interface ImportPlan {
  /** Files to create or change, with what happens to each. */
  files: { path: string; text: string; action: 'create' | 'update' | 'unchanged'; row: number }[];
  /** Row-level problems: file is `rij N`. */
  problems: Problem[];
  counts: { rows: number; create: number; update: number; unchanged: number; skipped: number; organisations: number; merged?: number };
  /** What else happened, one line each (a row merged into an existing file). */
  notices?: string[];
}

const clean = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();
const norm = (s: string) =>
  foldForSearch(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A vocabulary value from a code or (part of) its label: 'CIV', 'civ', 'Centrum voor Innovatief Vakmanschap (CIV)'. */
function vocabValue(vocab: VocabularyName, raw: string): string | undefined {
  const { values, labels } = vocabulary(vocab);
  const r = norm(raw);
  return (
    values.find((v) => norm(v) === r) ??
    values.find((v) => norm(labels[v] ?? '') === r) ??
    values.find((v) => {
      const m = /\(([^)]+)\)$/.exec(labels[v] ?? '');
      return m ? norm(m[1]!) === r : false;
    })
  );
}

interface Context {
  orgByName: Map<string, string>;
  orgs: { id: string; name: string }[];
  existing: Map<string, string>;
  newOrgs: Map<string, { id: string; name: string; row: number }>;
}

/** What the dataset already holds, as the import looks organisations and files up. */
type CurrentData = { initiatives: readonly InitiativeRecord[]; organisations: readonly OrganisationRecord[]; texts: Map<string, string> };

/** What planImport gathers while it reads the rows, one row after the other. */
interface SheetImport {
  ctx: Context;
  problems: Problem[];
  files: ImportPlan['files'];
  /** Names and ids of the rows read so far, with their row number: a second one is a duplicate. */
  seen: Map<string, number>;
  /** The organisations each row refers to (a new organisation is written only for a row that is). */
  refsByRow: Map<number, Set<string>>;
  skipped: number;
}

/** The organisations by name and short name, and the files that exist. */
function importContext(current: CurrentData): Context {
  return {
    orgByName: new Map(
      current.organisations.flatMap((o) => [
        [norm(o.data.name), o.id],
        ...(o.data.short_name ? [[norm(o.data.short_name), o.id] as [string, string]] : []),
      ]),
    ),
    orgs: current.organisations.map((o) => ({ id: o.id, name: o.data.name })),
    existing: current.texts,
    newOrgs: new Map(),
  };
}

/** A problem of one row, named by its number as a spreadsheet shows it. */
function rowProblem(st: SheetImport, row: number, field: string, message: string, hint?: string, severity: Problem['severity'] = 'error') {
  st.problems.push({ file: `rij ${row}`, line: row, column: 1, field, message, severity, ...(hint ? { hint } : {}) });
}

/**
 * The organisation a cell names: an id, a name or short name that exists, or else a new
 * organisation (with a warning when the name is close to one that exists).
 */
function organisationRef(st: SheetImport, raw: string, row: number, field: string): string | undefined {
  const { ctx } = st;
  const name = clean(raw);
  if (!name) return undefined;
  const use = (id: string) => {
    (st.refsByRow.get(row) ?? st.refsByRow.set(row, new Set()).get(row)!).add(id);
    return id;
  };
  const byId = ctx.orgs.find((o) => o.id === name);
  if (byId) return use(byId.id);
  const exact = ctx.orgByName.get(norm(name));
  if (exact) return use(exact);
  const near = ctx.orgs.find((o) => similarNames(o.name, name));
  if (near)
    rowProblem(
      st,
      row,
      field,
      `'${name}' lijkt op de bestaande organisatie '${near.name}' (${near.id}); er wordt een nieuwe aangemaakt.`,
      `Bedoelt u ${near.name}? Gebruik dan precies die naam of het id '${near.id}'.`,
      'warning',
    );
  const id = idFromName(name);
  if (!ctx.newOrgs.has(id)) ctx.newOrgs.set(id, { id, name, row });
  ctx.orgByName.set(norm(name), id);
  return use(id);
}

/**
 * The non-empty cells of a row by schema key: a Dutch or English column name becomes its key,
 * the export's formula guard is undone (so a round trip returns the same value), multi-line
 * fields keep their line breaks and other cells are tidied.
 */
export function rowCells(raw: Record<string, string>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const key = COLUMN_ALIASES[norm(k)] ?? COLUMN_ALIASES[clean(k).toLowerCase()] ?? clean(k);
    const value = MULTILINE_FIELDS.initiative.has(key)
      ? restoreFormulaCell(String(v ?? '')).trim()
      : clean(restoreFormulaCell(String(v ?? '')));
    if (value) cells[key] = value;
  }
  return cells;
}

/** How the export writes each column that is not plain text: as JSON or as a list. */
function columnEncodings(): { json: Set<string>; list: Set<string> } {
  const columns = columnsFor('initiative', []);
  return {
    json: new Set(columns.filter((c) => c.encoding === 'json').map((c) => c.name)),
    list: new Set(columns.filter((c) => c.encoding === 'list').map((c) => c.name)),
  };
}

/**
 * The value of one known cell, by what the schema says the field is: JSON as the export writes
 * it, organisations by name or id, sources as addresses or titles, lists, vocabulary values by
 * code or label, numbers with a decimal point or comma, else the text. Throws on broken JSON.
 */
function cellValue(st: SheetImport, key: string, value: string, row: number, encodings: ReturnType<typeof columnEncodings>): unknown {
  const schema = ENTITY_SCHEMAS.initiative;
  const prop = schema.properties![key]!;
  const node = deref(prop, schema).node;
  if (encodings.json.has(key) && /^[[{]/.test(value)) return JSON.parse(value);
  if (key === 'partners')
    return value
      .split(LIST_SEPARATOR)
      .map((p) => organisationRef(st, p, row, key))
      .filter(Boolean)
      .map((organisation) => ({ organisation }));
  if (key === 'sources')
    return value
      .split(LIST_SEPARATOR)
      .map(clean)
      .filter(Boolean)
      .map((s) => (/^https?:\/\//.test(s) ? { url: s } : { title: s }));
  if (key === 'lead_organisation') return organisationRef(st, value, row, key);
  if (encodings.list.has(key) || node.type === 'array') {
    const items = node.items ? deref(node.items, schema).node : undefined;
    const vocab = items?.enum ? vocabularyOfRef((prop.items as { $ref?: string } | undefined)?.$ref) : undefined;
    return value
      .split(LIST_SEPARATOR)
      .map(clean)
      .filter(Boolean)
      .map((v) => (vocab ? (vocabValue(vocab, v) ?? v) : v));
  }
  if (node.enum) {
    const vocab = vocabularyOfRef(prop.$ref);
    return (vocab && vocabValue(vocab, value)) ?? value;
  }
  if (node.type === 'integer' || node.type === 'number') {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : value;
  }
  return value;
}

/**
 * The one location of the simple form's columns plaats, breedtegraad and lengtegraad: none
 * when all three are empty, `'incomplete'` when one is missing or a coordinate is no number.
 */
export function locationOfCells(
  cells: Record<string, string>,
): { place: string; latitude: number; longitude: number } | 'incomplete' | undefined {
  if (!cells.place && !cells.latitude && !cells.longitude) return undefined;
  const lat = Number(String(cells.latitude ?? '').replace(',', '.'));
  const lon = Number(String(cells.longitude ?? '').replace(',', '.'));
  if (!cells.place || !Number.isFinite(lat) || !Number.isFinite(lon) || !cells.latitude || !cells.longitude) return 'incomplete';
  return { place: cells.place, latitude: lat, longitude: lon };
}

/** The initiative a row's cells describe; a column the schema does not know is reported and skipped. */
function rowData(st: SheetImport, cells: Record<string, string>, row: number, encodings: ReturnType<typeof columnEncodings>) {
  const props = ENTITY_SCHEMAS.initiative.properties ?? {};
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cells)) {
    if (key.startsWith('derived_') || key === 'id' || ['place', 'latitude', 'longitude'].includes(key)) continue;
    if (!(key in props)) {
      rowProblem(
        st,
        row,
        key,
        `Onbekende kolom '${key}'; die wordt overgeslagen.`,
        `Bekende kolommen: ${[...Object.keys(props), ...Object.keys(COLUMN_ALIASES)].join(', ')}.`,
        'warning',
      );
      continue;
    }
    try {
      data[key] = cellValue(st, key, value, row, encodings);
    } catch {
      rowProblem(st, row, key, `De cel '${key}' is geen geldige JSON.`, 'Gebruik de vorm van de export, of een lijst met ; ertussen.');
    }
  }
  const location = locationOfCells(cells);
  if (location === 'incomplete')
    rowProblem(
      st,
      row,
      'locations',
      'Plaats, breedtegraad en lengtegraad horen samen.',
      'Vul alle drie in, met een punt of komma als decimaalteken (bijvoorbeeld 52,09 en 5,12).',
    );
  else if (location) data.locations = [location];
  return data;
}

/** One row: its file, unless it is empty, has no name or repeats an earlier row. */
function planRow(st: SheetImport, raw: Record<string, string>, row: number, encodings: ReturnType<typeof columnEncodings>) {
  const cells = rowCells(raw);
  if (!Object.keys(cells).length) return;
  const data = rowData(st, cells, row, encodings);
  const name = String(data.name ?? '');
  const id = cells.id ?? (name ? idFromName(name) : '');
  if (!id) {
    rowProblem(st, row, 'name', 'Deze rij heeft geen naam.', 'Elke rij is één initiatief met minstens een naam.');
    return;
  }
  const dupe = st.seen.get(norm(name)) ?? st.seen.get(id);
  if (dupe) {
    rowProblem(st, row, 'name', `Dubbele rij: '${name}' staat ook op rij ${dupe}; deze rij wordt overgeslagen.`, undefined, 'warning');
    st.skipped++;
    return;
  }
  st.seen.set(norm(name), row);
  st.seen.set(id, row);
  const schema = ENTITY_SCHEMAS.initiative;
  const path = `data/initiatives/${id}.yaml`;
  const text = toCanonicalYaml(orderBySchema(data, schema, schema), schema);
  const before = st.ctx.existing.get(path);
  st.files.push({ path, text, row, action: before === undefined ? 'create' : before === text ? 'unchanged' : 'update' });
}

/**
 * The plan once the planned files are validated as the build would (the whole dataset with
 * them in it): a row with an error is not written, nor a new organisation only it needs.
 */
function validatedPlan(
  st: SheetImport,
  rowCount: number,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): ImportPlan {
  const { files, problems } = st;
  const orgFiles = [...st.ctx.newOrgs.values()].map((o) => ({
    path: `data/organisations/${o.id}.yaml`,
    text: toCanonicalYaml({ name: o.name, kind: 'other' }, ENTITY_SCHEMAS.organisation),
    row: o.row,
    action: 'create' as const,
  }));
  const rowOf = new Map([...files, ...orgFiles].map((f) => [f.path, f.row]));
  const planned = validate(
    files.map((f) => ({ path: f.path, content: f.text })),
    orgFiles.map((f) => ({ path: f.path, content: f.text })),
  );
  for (const p of planned) {
    const row = rowOf.get(p.file);
    if (row !== undefined) problems.push({ ...p, file: `rij ${row}`, line: row, column: 1 });
  }
  const failedRows = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.line));
  const ok = files.filter((f) => !failedRows.has(f.row));
  // New organisations only when an initiative that will be written refers to them.
  const needed = new Set(ok.flatMap((f) => [...(st.refsByRow.get(f.row) ?? [])]));
  const orgsToWrite = orgFiles.filter((f) => needed.has(f.path.slice('data/organisations/'.length, -'.yaml'.length)));
  return {
    files: [...ok, ...orgsToWrite],
    problems: problems.sort((a, b) => a.line - b.line),
    counts: {
      rows: rowCount,
      create: ok.filter((f) => f.action === 'create').length,
      update: ok.filter((f) => f.action === 'update').length,
      unchanged: ok.filter((f) => f.action === 'unchanged').length,
      skipped: st.skipped + (files.length - ok.length),
      organisations: orgsToWrite.length,
    },
  };
}

/**
 * Plans an import of initiatives (and missing organisations) from spreadsheet rows. Pure:
 * takes rows, the current dataset and the current file texts; returns what would be written
 * and every problem with its row number. Nothing is written here.
 */
export function planImport(
  rows: Record<string, string>[],
  current: CurrentData,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): ImportPlan {
  const st: SheetImport = { ctx: importContext(current), problems: [], files: [], seen: new Map(), refsByRow: new Map(), skipped: 0 };
  const encodings = columnEncodings();
  // The header is row 1, as a spreadsheet numbers them.
  rows.forEach((raw, index) => planRow(st, raw, index + 2, encodings));
  return validatedPlan(st, rows.length, validate);
}
