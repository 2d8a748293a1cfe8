import { restoreFormulaCell } from '../export/spreadsheet-safety';
import { columnsFor, LIST_SEPARATOR } from '../export/tables';
import { idFromName } from '../ids';
import type { Problem } from '../problems';
import { similarNames } from '../review/summary';
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

/**
 * Plans an import of initiatives (and missing organisations) from spreadsheet rows. Pure:
 * takes rows, the current dataset and the current file texts; returns what would be written
 * and every problem with its row number. Nothing is written here.
 */
export function planImport(
  rows: Record<string, string>[],
  current: { initiatives: readonly InitiativeRecord[]; organisations: readonly OrganisationRecord[]; texts: Map<string, string> },
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): ImportPlan {
  const problems: Problem[] = [];
  const files: ImportPlan['files'] = [];
  const ctx: Context = {
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
  const schema = ENTITY_SCHEMAS.initiative;
  const props = schema.properties ?? {};
  const jsonColumns = new Set(
    columnsFor('initiative', [])
      .filter((c) => c.encoding === 'json')
      .map((c) => c.name),
  );
  const listColumns = new Set(
    columnsFor('initiative', [])
      .filter((c) => c.encoding === 'list')
      .map((c) => c.name),
  );
  const seen = new Map<string, number>();
  const refsByRow = new Map<number, Set<string>>();
  let skipped = 0;

  const rowProblem = (row: number, field: string, message: string, hint?: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: `rij ${row}`, line: row, column: 1, field, message, severity, ...(hint ? { hint } : {}) });

  const orgRef = (raw: string, row: number, field: string): string | undefined => {
    const name = clean(raw);
    if (!name) return undefined;
    const use = (id: string) => {
      (refsByRow.get(row) ?? refsByRow.set(row, new Set()).get(row)!).add(id);
      return id;
    };
    const byId = ctx.orgs.find((o) => o.id === name);
    if (byId) return use(byId.id);
    const exact = ctx.orgByName.get(norm(name));
    if (exact) return use(exact);
    const near = ctx.orgs.find((o) => similarNames(o.name, name));
    if (near)
      rowProblem(
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
  };

  rows.forEach((raw, index) => {
    const row = index + 2; // the header is row 1, as a spreadsheet numbers them
    const cells: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) {
      const key = COLUMN_ALIASES[norm(k)] ?? COLUMN_ALIASES[clean(k).toLowerCase()] ?? clean(k);
      // Undo the export's formula guard ('=...) so a round trip returns the same value.
      // Multi-line fields keep their line breaks; other cells are tidied.
      const value = MULTILINE_FIELDS.initiative.has(key)
        ? restoreFormulaCell(String(v ?? '')).trim()
        : clean(restoreFormulaCell(String(v ?? '')));
      if (value) cells[key] = value;
    }
    if (!Object.keys(cells).length) return;
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cells)) {
      if (key.startsWith('derived_') || key === 'id' || ['place', 'latitude', 'longitude'].includes(key)) continue;
      if (!(key in props)) {
        rowProblem(
          row,
          key,
          `Onbekende kolom '${key}'; die wordt overgeslagen.`,
          `Bekende kolommen: ${[...Object.keys(props), ...Object.keys(COLUMN_ALIASES)].join(', ')}.`,
          'warning',
        );
        continue;
      }
      const node = deref(props[key]!, schema).node;
      try {
        if (jsonColumns.has(key) && /^[[{]/.test(value)) data[key] = JSON.parse(value);
        else if (key === 'partners')
          data[key] = value
            .split(LIST_SEPARATOR)
            .map((p) => orgRef(p, row, key))
            .filter(Boolean)
            .map((organisation) => ({ organisation }));
        else if (key === 'sources')
          data[key] = value
            .split(LIST_SEPARATOR)
            .map(clean)
            .filter(Boolean)
            .map((s) => (/^https?:\/\//.test(s) ? { url: s } : { title: s }));
        else if (key === 'lead_organisation') data[key] = orgRef(value, row, key);
        else if (listColumns.has(key) || node.type === 'array') {
          const items = node.items ? deref(node.items, schema).node : undefined;
          const vocab = items?.enum ? vocabularyOfRef((props[key]!.items as { $ref?: string } | undefined)?.$ref) : undefined;
          data[key] = value
            .split(LIST_SEPARATOR)
            .map(clean)
            .filter(Boolean)
            .map((v) => (vocab ? (vocabValue(vocab, v) ?? v) : v));
        } else if (node.enum) {
          const vocab = vocabularyOfRef(props[key]!.$ref);
          data[key] = (vocab && vocabValue(vocab, value)) ?? value;
        } else if (node.type === 'integer' || node.type === 'number') {
          const n = Number(value.replace(',', '.'));
          data[key] = Number.isFinite(n) ? n : value;
        } else data[key] = value;
      } catch {
        rowProblem(row, key, `De cel '${key}' is geen geldige JSON.`, 'Gebruik de vorm van de export, of een lijst met ; ertussen.');
      }
    }
    if (cells.place || cells.latitude || cells.longitude) {
      const lat = Number(String(cells.latitude ?? '').replace(',', '.'));
      const lon = Number(String(cells.longitude ?? '').replace(',', '.'));
      if (!cells.place || !Number.isFinite(lat) || !Number.isFinite(lon) || !cells.latitude || !cells.longitude) {
        rowProblem(
          row,
          'locations',
          'Plaats, breedtegraad en lengtegraad horen samen.',
          'Vul alle drie in, met een punt of komma als decimaalteken (bijvoorbeeld 52,09 en 5,12).',
        );
      } else data.locations = [{ place: cells.place, latitude: lat, longitude: lon }];
    }
    const name = String(data.name ?? '');
    const id = cells.id ?? (name ? idFromName(name) : '');
    if (!id) {
      rowProblem(row, 'name', 'Deze rij heeft geen naam.', 'Elke rij is één initiatief met minstens een naam.');
      return;
    }
    const dupe = seen.get(norm(name)) ?? seen.get(id);
    if (dupe) {
      rowProblem(row, 'name', `Dubbele rij: '${name}' staat ook op rij ${dupe}; deze rij wordt overgeslagen.`, undefined, 'warning');
      skipped++;
      return;
    }
    seen.set(norm(name), row);
    seen.set(id, row);
    const path = `data/initiatives/${id}.yaml`;
    const text = toCanonicalYaml(orderBySchema(data, schema, schema), schema);
    const before = ctx.existing.get(path);
    files.push({ path, text, row, action: before === undefined ? 'create' : before === text ? 'unchanged' : 'update' });
  });

  const orgFiles = [...ctx.newOrgs.values()].map((o) => ({
    path: `data/organisations/${o.id}.yaml`,
    text: toCanonicalYaml({ name: o.name, kind: 'other' }, ENTITY_SCHEMAS.organisation),
    row: o.row,
    action: 'create' as const,
  }));
  // Validate the result as the build would: the whole dataset with these files in it.
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
  const needed = new Set(ok.flatMap((f) => [...(refsByRow.get(f.row) ?? [])]));
  const orgsToWrite = orgFiles.filter((f) => needed.has(f.path.slice('data/organisations/'.length, -'.yaml'.length)));
  return {
    files: [...ok, ...orgsToWrite],
    problems: problems.sort((a, b) => a.line - b.line),
    counts: {
      rows: rows.length,
      create: ok.filter((f) => f.action === 'create').length,
      update: ok.filter((f) => f.action === 'update').length,
      unchanged: ok.filter((f) => f.action === 'unchanged').length,
      skipped: skipped + (files.length - ok.length),
      organisations: orgsToWrite.length,
    },
  };
}
