/**
 * `npm run import -- <file.csv> [--write] [--update] [--nl <edition.nl.yaml>]`: imports
 * initiatives (and missing organisations) from a spreadsheet. A dry run by default: it shows
 * what would be created or changed and every row that fails, by row number. `--write` writes
 * canonical files for rows without errors; an existing file is only changed with `--update` as
 * well, never silently. Columns: see README "Gegevens importeren" (English keys as in the
 * export, or Dutch names). A researched source list (reference/<list>.csv) is read with its
 * Dutch edition, `<list>.nl.yaml` beside it unless `--nl` names another, and with the titles of
 * its sources from `<list>-sources.csv` where that file exists.
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { dataDir, loadDataset } from '../src/io/dataset.ts';
import { DataWriteRefused, writeDataFile } from '../src/io/write-data-file.ts';
import { buildGazetteer } from '../src/lib/cms/gazetteer.ts';
import { isReferenceList, planReferenceImport } from '../src/lib/import/reference-list.ts';
import { sourceDetailsOf } from '../src/lib/import/reference-sources.ts';
import { planImport } from '../src/lib/import/spreadsheet.ts';
import { loadPlaces } from '../src/io/places.ts';
import { siteConfig } from '../src/site.config.ts';
import { formatProblem, formatProblemAt } from '../src/lib/problems.ts';
import { validateDataset, type SourceFile } from '../src/lib/validate/validate-dataset.ts';
import { cliArgs } from './lib/args.ts';

const USAGE = 'npm run import -- bestand.csv [--write] [--update] [--nl nederlandse-editie.nl.yaml]';
const { values, positionals } = cliArgs(
  { write: { type: 'boolean', default: false }, update: { type: 'boolean', default: false }, nl: { type: 'string' } },
  USAGE,
);
const file = positionals[0];
if (!file) {
  console.error(`Gebruik: ${USAGE}`);
  process.exit(2);
}
const write = values.write;
const update = values.update;

/** Why a CSV file cannot be read, in Dutch, naming the file (and the line where the parser says). */
class CsvUnreadable extends Error {}

/**
 * The rows of a CSV file, with the header's names as keys. Only UTF-8 is read: a file in another
 * character set (Excel's "CSV (gescheiden door lijstscheidingsteken)" writes Windows-1252) is
 * refused, never read with replacement characters into names and ids that then stay (a
 * maintainer review found "Co\uFFFDperatie" written as a permanent id).
 */
const readCsv = (full: string): Record<string, string>[] => {
  // Named as the user would: relative to where the command runs.
  const path = relative(process.cwd(), full) || full;
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'het bestaat niet'
        : code === 'EACCES'
          ? 'geen toegang'
          : code === 'EISDIR'
            ? 'het is een map'
            : (code ?? (e as Error).message);
    throw new CsvUnreadable(`${path}: kan het bestand niet lezen (${why}).`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CsvUnreadable(
      `${path}: het bestand is geen UTF-8-tekst. Sla het in het rekenblad op als "CSV UTF-8 (door komma's gescheiden)" en probeer het opnieuw; er is niets ingelezen.`,
    );
  }
  // Spreadsheets export with ; in Dutch locales: take whichever separates the header more.
  const header = raw.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(raw, { columns: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: false }) as Record<
      string,
      string
    >[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new CsvUnreadable(
      `${path}${line ? `:${line}` : ''}: geen geldige CSV${line ? ` (rond regel ${line})` : ''}${/quote/i.test((e as Error).message) ? ': een aanhalingsteken wordt niet gesloten' : ` (${(e as Error).message})`}. Controleer de aanhalingstekens in die rij; er is niets ingelezen.`,
    );
  }
};
const readCsvOrExit = (path: string): Record<string, string>[] => {
  try {
    return readCsv(path);
  } catch (e) {
    if (!(e instanceof CsvUnreadable)) throw e;
    console.error(e.message);
    process.exit(2);
  }
};
const rows = readCsvOrExit(resolve(file));
const isReference = isReferenceList(Object.keys(rows[0] ?? {}));

/** The Dutch edition of a reference list, the ids of every list beside it, the titles of its sources. */
const referenceExtras = () => {
  const editionPath = resolve(values.nl ?? file.replace(/\.csv$/i, '.nl.yaml'));
  if (!existsSync(editionPath)) {
    console.error(
      `Geen Nederlandse editie gevonden (${editionPath}). Een bronlijst wordt alleen met haar Nederlandse editie ingelezen: schrijf die (zie reference/README.md) of geef haar aan met --nl.`,
    );
    process.exit(2);
  }
  let edition: unknown;
  try {
    edition = load(readFileSync(editionPath, 'utf8'));
  } catch (e) {
    console.error(`${editionPath}: geen geldige YAML: ${(e as Error).message}`);
    process.exit(2);
  }
  if (!edition || typeof edition !== 'object' || Array.isArray(edition)) {
    console.error(`${editionPath}: verwacht per rij-id een vermelding (id: velden).`);
    process.exit(2);
  }
  const folder = dirname(resolve(file));
  const listIds = new Set(
    readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      // Another list beside this one that cannot be read gives no ids, with a warning: it does
      // not stop the import of this one (its own rows are checked when it is imported).
      .map((f) => {
        try {
          return readCsv(join(folder, f));
        } catch (e) {
          if (!(e instanceof CsvUnreadable)) throw e;
          console.error(
            `Waarschuwing: ${e.message.replace(/; er is niets ingelezen\.$/, '.')} Die lijst telt niet mee voor de ids van de andere lijsten.`,
          );
          return [];
        }
      })
      .filter((r) => isReferenceList(Object.keys(r[0] ?? {})))
      .flatMap((r) => r.map((x) => (x.id ?? '').trim())),
  );
  const detailsPath = join(folder, `${basename(file).replace(/\.csv$/i, '')}-sources.csv`);
  return {
    edition: new Map(Object.entries(edition)),
    listIds,
    sourceDetails: existsSync(detailsPath) ? sourceDetailsOf(readCsvOrExit(detailsPath)) : new Map(),
  };
};

const dir = dataDir();
const root = resolve(dir, '..');
const current = await loadDataset(dir);
const read = (rel: string) => {
  try {
    return readFileSync(join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
};
const texts = new Map<string, string>();
for (const r of [...current.initiatives, ...current.organisations]) {
  const t = read(r.file);
  if (t !== undefined) texts.set(r.file, t);
}
const asFiles = (list: { file: string }[]): SourceFile[] => list.map((r) => ({ path: r.file, content: texts.get(r.file) ?? '' }));
const regions = current.regionSets
  .map((s) => ({ path: s.file, text: readFileSync(join(root, s.file), 'utf8') }))
  .concat(current.backdrops.map((b) => ({ path: b.file, text: readFileSync(join(root, b.file), 'utf8') })));

const validateWith = (inits: SourceFile[], orgs: SourceFile[]) => {
  const merge = (existing: SourceFile[], incoming: SourceFile[]) => [
    ...existing.filter((e) => !incoming.some((i) => i.path === e.path)),
    ...incoming,
  ];
  const now = new Date();
  const result = validateDataset({
    initiatives: merge(asFiles(current.initiatives), inits),
    organisations: merge(asFiles(current.organisations), orgs),
    regions,
    currentYear: now.getUTCFullYear(),
    today: now.toISOString().slice(0, 10),
  });
  const paths = new Set([...inits, ...orgs].map((f) => f.path));
  return result.problems.filter((p) => paths.has(p.file));
};
// A researched source list (shared/reference/*.csv format) or an ordinary spreadsheet.
const towns = isReference ? await loadPlaces() : [];
const plan = isReference
  ? planReferenceImport(
      rows,
      {
        regionSet: current.regionSets[0]!,
        initiatives: current.initiatives,
        organisations: current.organisations,
        places: buildGazetteer(current, current.regionSets[0]!, siteConfig.map.bounds, 480, towns).places,
        towns,
      },
      texts,
      validateWith,
      referenceExtras(),
    )
  : planImport(rows, { initiatives: current.initiatives, organisations: current.organisations, texts }, validateWith);

// A row's problem is named by the table and the row a maintainer opens ("lijst.csv, rij 3"), not
// as a file position ("rij 3:3:1"): the row is the line of the table it names.
const table = relative(process.cwd(), resolve(file)) || file;
for (const p of plan.problems) console.log(p.file.startsWith('rij ') ? formatProblemAt(p, `${table}, ${p.file}`) : formatProblem(p));
for (const n of plan.notices ?? []) console.log(n);
const verb = { create: 'nieuw', update: 'wijzigt', unchanged: 'ongewijzigd' } as const;
for (const f of plan.files.filter((x) => x.action !== 'unchanged'))
  console.log(
    `${write && (f.action !== 'update' || update) ? 'geschreven' : 'zou schrijven'}: ${f.path} (${verb[f.action]}${f.path.includes('/organisations/') ? ', nieuwe organisatie' : `, rij ${f.row}`})`,
  );
const c = plan.counts;
console.log(
  `${c.rows} rijen: ${c.create} nieuw, ${c.update} gewijzigd, ${c.unchanged} ongewijzigd, ${c.skipped} overgeslagen${c.merged ? `, ${c.merged} samengevoegd met een bestaand initiatief` : ''}; ${c.organisations} nieuwe organisaties.`,
);
if (!write)
  console.log('Dit was een proefrun: er is niets geschreven. Schrijf met --write (en bestaande bestanden wijzigen met --update).');
else {
  let written = 0,
    refused = 0;
  for (const f of plan.files) {
    if (f.action === 'unchanged' || (f.action === 'update' && !update)) continue;
    // Never through a link, never over a file that changed since it was read (or appeared).
    const previous = texts.get(f.path);
    try {
      writeDataFile(
        dir,
        join(root, f.path),
        f.text,
        f.action === 'create' || previous === undefined ? { absent: true } : { previous },
        f.path,
      );
      written++;
    } catch (e) {
      if (!(e instanceof DataWriteRefused)) throw e;
      console.error(e.message);
      refused++;
    }
  }
  const held = plan.files.filter((f) => f.action === 'update' && !update).length;
  console.log(
    `${written} bestanden geschreven.${held ? ` ${held} bestaande bestanden niet gewijzigd: gebruik --update om ze te overschrijven.` : ''}${refused ? ` ${refused} niet geschreven (zie boven).` : ''}`,
  );
  if (refused) process.exit(1);
}
process.exit(plan.problems.some((p) => p.severity === 'error') ? 1 : 0);
