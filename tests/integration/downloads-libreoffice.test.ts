/**
 * Every table download, opened as a Dutch reader opens it (issue #26): LibreOffice Calc,
 * headless, imports each CSV with a Dutch locale (nl-NL, token 6 of the filter string: the
 * locale that decides what a number looks like, independent of the system's locales) and
 * with the separators its import dialog ticks by default (tab, comma and semicolon at once),
 * then writes what it read as tab-separated text with every text cell quoted. The rows,
 * columns and values must be what the file says, read as RFC 4180 by csv-parse: the header
 * in row 1, no row shifted, no text turned into a number ("01234567" → 1234567) and no
 * number turned into another number ("5.123" → 5123). Numbers in the spreadsheet dialect
 * must arrive as numbers.
 *
 * LibreOffice comes from Debian (`libreoffice-calc-nogui`; scripts/test.sh installs it as
 * root when missing). Without `soffice` the test is skipped with a loud message, and under
 * CI=true it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter as PATH_SEPARATOR, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { emptyState, matches, sortItems } from '../../src/lib/explore/filter';
import { formatCsvNumber, PROGRAM_CSV, SPREADSHEET_CSV, writeCsv, type CsvDialect } from '../../src/lib/export/csv-dialect';
import { selectionFile, selectionRows } from '../../src/lib/export/selection';
import { spreadsheetTable } from '../../src/lib/export/spreadsheet-table';
import { toCsv } from '../../src/lib/export/tables';
import { ROOT, siteModelOf } from '../helpers/fixtures';

function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(PATH_SEPARATOR)
    .map((dir) => join(dir, name))
    .find((p) => existsSync(p));
}
const SOFFICE = [process.env.SOFFICE_PATH, onPath('soffice')].find((p): p is string => !!p && existsSync(p));
const CI = process.env.CI === 'true';
if (!SOFFICE && !CI) {
  console.warn(
    [
      '################################################################################',
      '## LET OP: geen LibreOffice (soffice) gevonden. De TEST VAN DE DOWNLOADS IN EEN',
      '## NEDERLANDS REKENBLAD WORDT OVERGESLAGEN. Installeer libreoffice-calc-nogui',
      '## (Debian) of zet SOFFICE_PATH; npm test installeert het als root zelf.',
      '################################################################################',
    ].join('\n'),
  );
}

/** LibreOffice's import: tab, comma and semicolon ticked, '"' quotes, UTF-8, from row 1, Dutch locale, quoted fields not forced to text, no special numbers (the dialog's defaults). */
const IMPORT = 'CSV:9/44/59,34,76,1,,1043,false,false';
/** The export: tab-separated, UTF-8, every text cell quoted (so text and numbers stay apart), values as stored, not as shown. */
const EXPORT = 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,true,true,false';

interface Download {
  name: string;
  text: string;
  dialect: CsvDialect;
  rows: number;
}

/** A cell as LibreOffice stored it: text, a number, or a date (which it exports in ISO form, as the file wrote it). */
type Cell = { text: string } | { number: number } | { date: string };

const tmp = mkdtempSync(join(tmpdir(), 'atlas-libreoffice-'));
const downloads: Download[] = [];
const opened = new Map<string, Cell[][]>();

beforeAll(async () => {
  const dataset = await loadDataset(join(ROOT, 'data'));
  const site = siteModelOf(dataset);
  const sets = dataset.regionSets.map((s) => s.id);
  const page = (id: string) => `https://atlas.example/initiatieven/${id}/`;
  const all = selectionRows(sortItems(site.explore.items, 'naam'), site.explore, page);
  const coe = site.explore.items.filter((i) => matches(i, { ...emptyState(sets), kind: ['coe'] }));
  const orgTable = spreadsheetTable('organisation', dataset.organisations, dataset.regionSets);
  const date = new Date('2026-11-23T10:00:00Z');
  downloads.push(
    {
      name: 'initiatieven.csv',
      text: toCsv('initiative', dataset.initiatives, sets),
      dialect: PROGRAM_CSV,
      rows: dataset.initiatives.length,
    },
    {
      name: 'organisaties.csv',
      text: toCsv('organisation', dataset.organisations, sets),
      dialect: PROGRAM_CSV,
      rows: dataset.organisations.length,
    },
    {
      name: 'initiatieven-spreadsheet.csv',
      text: selectionFile('spreadsheet', all, { title: 'Atlas', date }).text,
      dialect: SPREADSHEET_CSV,
      rows: dataset.initiatives.length,
    },
    {
      name: 'organisaties-spreadsheet.csv',
      text: writeCsv(orgTable.header, orgTable.rows, SPREADSHEET_CSV),
      dialect: SPREADSHEET_CSV,
      rows: dataset.organisations.length,
    },
    { name: 'selectie.csv', text: selectionFile('csv', all, { title: 'Atlas', date }).text, dialect: PROGRAM_CSV, rows: all.length },
    {
      name: 'selectie-coe-excel.csv',
      text: selectionFile('spreadsheet', selectionRows(coe, site.explore, page), { title: 'Atlas', date }).text,
      dialect: SPREADSHEET_CSV,
      rows: coe.length,
    },
  );
  if (!SOFFICE) return;
  const input = join(tmp, 'in');
  const output = join(tmp, 'out');
  mkdirSync(input);
  for (const d of downloads) writeFileSync(join(input, d.name), d.text);
  const r = spawnSync(
    SOFFICE,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(tmp, 'profile')}`,
      `--infilter=${IMPORT}`,
      '--convert-to',
      EXPORT,
      '--outdir',
      output,
      ...downloads.map((d) => join(input, d.name)),
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`soffice: ${r.status}\n${r.stdout}\n${r.stderr}`);
  for (const d of downloads) {
    const text = readFileSync(join(output, d.name), 'utf8');
    const rows = parse(text, {
      delimiter: '\t',
      relax_quotes: false,
      cast: (value, context) =>
        context.quoting || value === '' ? { text: value } : /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: value } : { number: Number(value) },
    }) as unknown as Cell[][];
    opened.set(d.name, rows);
  }
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!SOFFICE)('the downloads in LibreOffice with a Dutch locale', () => {
  it('covers every table download, in both dialects', () => {
    expect(downloads.map((d) => d.name)).toHaveLength(6);
    expect(opened.size).toBe(downloads.length);
  });

  it.each([
    'initiatieven.csv',
    'organisaties.csv',
    'initiatieven-spreadsheet.csv',
    'organisaties-spreadsheet.csv',
    'selectie.csv',
    'selectie-coe-excel.csv',
  ])('%s: header in row 1, every row and column in place, every value as the file says', (name) => {
    const d = downloads.find((x) => x.name === name)!;
    const expected = parse(d.text, { bom: true, delimiter: d.dialect.delimiter }) as string[][];
    const got = opened.get(name)!;
    expect(expected).toHaveLength(d.rows + 1);
    expect(got, 'rows').toHaveLength(expected.length);
    const wrong: string[] = [];
    got.forEach((row, r) => {
      if (row.length !== expected[r]!.length) wrong.push(`row ${r + 1}: ${row.length} columns, expected ${expected[r]!.length}`);
      row.forEach((cell, c) => {
        const want = expected[r]![c] ?? '';
        const ok =
          'text' in cell
            ? cell.text === want
            : // A date (a source's own date, 2014-12-04) is read as that date: the same day.
              'date' in cell
              ? cell.date === want
              : // A number must be the number the file wrote, in the file's own notation: a text
                // of digits ("01234567") or a decimal point read as a thousands sign both fail here.
                formatCsvNumber(cell.number, d.dialect) === want;
        if (!ok)
          wrong.push(
            `row ${r + 1}, column ${expected[0]![c]}: LibreOffice read ${JSON.stringify(cell)}, the file says ${JSON.stringify(want)}`,
          );
      });
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    // The header is row 1, as the file wrote it.
    expect(got[0]!.map((c) => ('text' in c ? c.text : 'date' in c ? c.date : c.number))).toEqual(expected[0]);
  });

  it('reads numbers as numbers in the spreadsheet dialect (years, counts, coordinates with a decimal comma)', () => {
    const orgs = opened.get('organisaties-spreadsheet.csv')!;
    const header = orgs[0]!.map((c) => ('text' in c ? c.text : ''));
    const lat = header.indexOf('Breedtegraad');
    expect(lat).toBeGreaterThan(-1);
    const withCoordinates = orgs.slice(1).filter((r) => 'number' in r[lat]!);
    expect(withCoordinates.length).toBeGreaterThan(10);
    expect(orgs.slice(1).every((r) => 'number' in r[lat]! || (r[lat] as { text: string }).text === '')).toBe(true);
    const initiatives = opened.get('initiatieven-spreadsheet.csv')!;
    const year = initiatives[0]!.findIndex((c) => 'text' in c && c.text === 'Startjaar');
    expect(initiatives.slice(1).some((r) => 'number' in r[year]!)).toBe(true);
  });

  it('keeps decimal numbers for programs as visible text in a Dutch locale, never as a wrong number', () => {
    const orgs = opened.get('organisaties.csv')!;
    const lon = orgs[0]!.findIndex((c) => 'text' in c && c.text === 'longitude');
    const values = orgs.slice(1).map((r) => r[lon]!);
    expect(values.filter((v) => 'text' in v && v.text !== '').length).toBeGreaterThan(10);
    expect(values.every((v) => 'text' in v)).toBe(true);
  });
});

describe.runIf(!SOFFICE && CI)('LibreOffice under CI=true', () => {
  it('is installed: scripts/test.sh installs libreoffice-calc-nogui as root', () => {
    expect.fail(
      'Geen LibreOffice (soffice) gevonden; onder CI=true is dat een fout. npm test installeert libreoffice-calc-nogui als root.',
    );
  });
});
