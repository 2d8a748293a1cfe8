import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { toCsv } from '../../src/lib/export/tables';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { ROOT, childEnv } from '../helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const copyData = (name: string) => {
  const d = join(tmp, name, 'data');
  cpSync(join(ROOT, 'data'), d, { recursive: true });
  return d;
};
/** `npm run import -- <args>` exactly as a user types it. */
const run = (dataDir: string, ...args: string[]) =>
  spawnSync('npm', ['run', 'import', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: childEnv({ ATLAS_DATA_DIR: dataDir }) });
const messy = join(ROOT, 'tests', 'fixtures', 'import', 'rommelig.csv');

describe('npm run import', () => {
  it('a dry run of a messy spreadsheet reports every bad row by number and writes nothing', () => {
    const data = copyData('dry');
    const before = readdirSync(join(data, 'initiatives')).length;
    const r = run(data, messy);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "tests/fixtures/import/rommelig.csv, rij 3  waarschuwing  lead_organisation: 'Scalda College' lijkt op de bestaande organisatie 'Scalda'",
    );
    expect(r.stdout).toContain(
      "tests/fixtures/import/rommelig.csv, rij 4  waarschuwing  name: Dubbele rij: 'Zorgpact Twente' staat ook op rij 2",
    );
    expect(r.stdout).toMatch(
      /tests\/fixtures\/import\/rommelig\.csv, rij 5 {2}fout {2}locations\[0\]: De coördinaten \(52\.6, 4\) liggen niet in Nederland/,
    );
    expect(r.stdout).toContain("tests/fixtures/import/rommelig.csv, rij 6  fout  kind: Het verplichte veld 'kind'");
    expect(r.stdout).toContain('zou schrijven: data/initiatives/zorgpact-twente.yaml (nieuw, rij 2)');
    expect(r.stdout).toContain('5 rijen: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 3 overgeslagen; 3 nieuwe organisaties.');
    expect(r.stdout).toContain('proefrun');
    expect(readdirSync(join(data, 'initiatives')).length).toBe(before);
  });

  it('--write writes canonical files for the good rows only, and the dataset stays valid', async () => {
    const data = copyData('write');
    run(data, messy, '--write');
    const file = join(data, 'initiatives', 'zorgpact-twente.yaml');
    const text = readFileSync(file, 'utf8');
    // Extra spaces trimmed, Dutch decimal commas read, labels turned into codes.
    expect(text).toMatch(/^name: Zorgpact Twente$/m);
    expect(text).toMatch(/^kind: regional_network$/m);
    expect(text).toMatch(/latitude: 52\.2215/);
    expect(text).toMatch(/^lead_organisation: saxion$/m);
    expect(formatDataFile('initiative', text, 'x.yaml').text).toBe(text);
    expect(existsSync(join(data, 'initiatives', 'verkeerde-plek.yaml'))).toBe(false);
    expect(existsSync(join(data, 'organisations', 'roc-van-twente.yaml'))).toBe(true);
    const d = await loadDataset(data);
    expect(d.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('never overwrites an existing file without --update', () => {
    const data = copyData('update');
    const csv = join(tmp, 'wijziging.csv');
    writeFileSync(
      csv,
      'id,name,kind,status,summary,sources\ncew,Centre of Expertise Water Technology (CEW),coe,active,Een andere samenvatting van het centrum voor watertechnologie.,https://www.cew.nl\n',
    );
    const original = readFileSync(join(data, 'initiatives', 'cew.yaml'), 'utf8');
    const r = run(data, csv, '--write');
    expect(r.stdout).toContain('1 bestaande bestanden niet gewijzigd: gebruik --update');
    expect(readFileSync(join(data, 'initiatives', 'cew.yaml'), 'utf8')).toBe(original);
    run(data, csv, '--write', '--update');
    expect(readFileSync(join(data, 'initiatives', 'cew.yaml'), 'utf8')).toContain('Een andere samenvatting');
  });

  it('reads the CSV export back unchanged (round trip)', async () => {
    const d = await loadDataset(join(ROOT, 'data'));
    const csv = join(tmp, 'export.csv');
    writeFileSync(
      csv,
      toCsv(
        'initiative',
        d.initiatives,
        d.regionSets.map((s) => s.id),
      ),
    );
    const r = run(copyData('roundtrip'), csv);
    expect(r.stdout, r.stdout).toContain(
      `${d.initiatives.length} rijen: 0 nieuw, 0 gewijzigd, ${d.initiatives.length} ongewijzigd, 0 overgeslagen; 0 nieuwe organisaties.`,
    );
    expect(r.status).toBe(0);
  });

  it('reads a researched list with its Dutch edition beside it; a row without an entry is reported and not written', () => {
    const data = copyData('edition');
    const r = run(data, join(ROOT, 'tests', 'fixtures', 'reference', 'mini-list.csv'), '--write');
    expect(r.stdout).toContain(
      'tests/fixtures/reference/mini-list.csv, rij 3 (mini-zonder-editie)  fout  id: Deze rij staat niet in de Nederlandse editie',
    );
    expect(r.stdout).toContain('2 rijen: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 overgeslagen; 0 nieuwe organisaties.');
    expect(r.status).toBe(1);
    expect(existsSync(join(data, 'initiatives', 'mini-zonder-editie.yaml'))).toBe(false);
    const text = readFileSync(join(data, 'initiatives', 'mini-zorgpact.yaml'), 'utf8');
    expect(text).toMatch(/^status: ended$/m);
    expect(text).toMatch(/^end_year: 2019$/m);
    expect(text).toMatch(/^partners_note: Zorgorganisaties$/m);
    expect(text).toContain('statement: Te weinig studenten.');
    expect(text).not.toMatch(/Care|Stopped|students/);
  });

  it('refuses a CSV that is not UTF-8 (Excel in Windows-1252) or not CSV, in Dutch, and writes nothing', () => {
    const data = copyData('encoding');
    const before = readdirSync(join(data, 'initiatives')).sort();
    const cp1252 = join(tmp, 'cp1252.csv');
    writeFileSync(
      cp1252,
      Buffer.concat([
        Buffer.from('naam,soort,status\nCo'),
        Buffer.from([0xf6]),
        Buffer.from('peratie Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' Zorg,pps,actief\n'),
      ]),
    );
    const r = run(data, cp1252, '--write');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cp1252.csv: het bestand is geen UTF-8-tekst');
    expect(r.stderr).toContain('CSV UTF-8');
    expect(readdirSync(join(data, 'initiatives')).sort()).toEqual(before);

    const broken = join(tmp, 'kapot.csv');
    writeFileSync(broken, 'naam,soort,status\n"Zonder einde,pps,actief\n');
    const b = run(data, broken, '--write');
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/kapot\.csv:\d+: geen geldige CSV \(rond regel \d+\): een aanhalingsteken wordt niet gesloten\./);
    expect(b.stderr).not.toMatch(/at .*node_modules/);
    expect(run(data, join(tmp, 'bestaat-niet.csv')).stderr).toContain('bestaat-niet.csv: kan het bestand niet lezen (het bestaat niet).');
    expect(readdirSync(join(data, 'initiatives')).sort()).toEqual(before);
  });

  it('refuses a researched list without a Dutch edition, saying where it looked and what to do', () => {
    const r = run(
      copyData('no-edition'),
      join(ROOT, 'tests', 'fixtures', 'reference', 'mini-list.csv'),
      '--nl',
      join(tmp, 'nergens.nl.yaml'),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Geen Nederlandse editie gevonden');
    expect(r.stderr).toContain('--nl');
  });

  // The lists in reference/ are the ones data/ was imported from, each with its Dutch edition.
  it.each([
    ['more-initiatives.csv', 111],
    ['more-initiatives-2.csv', 109],
  ])("reproduces the imported reference list %s exactly, so next year's list goes the same way", (list, rows) => {
    const r = run(copyData(`reference-${list}`), join(ROOT, 'reference', list));
    expect(r.stdout, r.stdout.slice(-3000)).toMatch(
      new RegExp(
        `${rows} rijen: 0 nieuw, 0 gewijzigd, \\d+ ongewijzigd, 0 overgeslagen(, \\d+ samengevoegd met een bestaand initiatief)?; 0 nieuwe organisaties\\.`,
      ),
    );
    expect(r.stdout).not.toMatch(/ fout /);
  });
});
