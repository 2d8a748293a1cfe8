/**
 * The README's commands that no other test runs, each typed as the README documents it:
 * `npm start`, `npm run dev`, `npm run generate:types`, `npm run test:unit`, the narrow form of
 * `npm run test:mutation`, `npm run review`,
 * `npm run report:weight`, `npm run report:queue`, `npm run new` and `npm run format`. (`npm test` is what CI runs; the others are in
 * cli-and-build, hostile-cli, import, fork, bench, contributing-cli and the CMS browser test.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/validate/validate-dataset';
import { freePort } from '../../scripts/lib/server';
import { ROOT, childEnv } from '../helpers/fixtures';
import { BASE, SITE_DIR, siteBuilt, skipBrowser } from '../helpers/site';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-commands-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const npm = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: childEnv(env), timeout: 180_000 });

/** Starts a long-running npm command, waits until `url` answers 200, then stops the whole group. */
async function serves(args: string[], env: Record<string, string>, url: string): Promise<string> {
  const child = spawn('npm', args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (b: Buffer) => {
    output += b.toString();
  });
  child.stderr!.on('data', (b: Buffer) => {
    output += b.toString();
  });
  try {
    const until = Date.now() + 150_000;
    for (;;) {
      const status = await fetch(url).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return await (await fetch(url)).text();
      if (child.exitCode !== null || Date.now() > until) throw new Error(`${args.join(' ')} did not serve ${url}:\n${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }
}

describe("the README's commands, as typed", () => {
  it('npm start builds and serves the atlas', async () => {
    const port = await freePort();
    const html = await serves(['start'], { PORT: String(port), ATLAS_OUT_DIR: join(tmp, 'start-dist') }, `http://127.0.0.1:${port}/`);
    expect(html).toMatch(/<h1[^>]*>Samenwerkingsatlas<\/h1>/);
  }, 200_000);

  it('npm run dev serves the atlas from the sources', async () => {
    const port = await freePort();
    const html = await serves(
      ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'],
      {},
      `http://127.0.0.1:${port}/initiatieven/cew/`,
    );
    expect(html).toContain('Centre of Expertise Water Technology');
  }, 200_000);

  it('npm run format puts code in the house style and leaves formatted code as it is', () => {
    // In a worktree of the committed code, so the test never rewrites the working copy.
    const tree = join(tmp, 'format');
    const add = spawnSync('git', ['worktree', 'add', '--detach', tree, 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
    expect(add.status, add.stderr).toBe(0);
    try {
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
      writeFileSync(join(tree, 'src', 'lib', 'slordig.ts'), 'export const  x = {a:1,\n  b : "twee"}\n');
      const r = spawnSync('npm', ['run', 'format'], { cwd: tree, encoding: 'utf8', env: childEnv(), timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(tree, 'src', 'lib', 'slordig.ts'), 'utf8')).toBe("export const x = { a: 1, b: 'twee' };\n");
      const changed = spawnSync('git', ['status', '--porcelain'], { cwd: tree, encoding: 'utf8' }).stdout.trim().split('\n');
      expect(changed.filter((l) => l !== '?? node_modules')).toEqual(['?? src/lib/slordig.ts']);
    } finally {
      spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
    }
  }, 200_000);

  it('npm run generate:types writes the committed types unchanged', () => {
    const file = join(ROOT, 'src', 'lib', 'schema', 'types.generated.ts');
    const before = readFileSync(file, 'utf8');
    const r = npm(['run', 'generate:types']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('npm run test:unit runs vitest without building', () => {
    const r = npm(['run', 'test:unit', '--', 'tests/unit/problems.test.ts']);
    expect(r.status, r.stdout.slice(-1500)).toBe(0);
    // Every test of the file ran: as many as it has `it(` lines (no count written here to go stale).
    const tests = readFileSync(join(ROOT, 'tests/unit/problems.test.ts'), 'utf8').match(/^\s*it\(/gm)!.length;
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(new RegExp(`Tests\\s+${tests} passed`));
  });

  it('npm run test:unit runs only the unit tests', () => {
    // Both words name a unit test and an integration or browser test (currency-pages, place-picker): only the units run.
    const r = npm(['run', 'test:unit', '--', 'currency', 'place-picker']);
    const out = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(r.status, out.slice(-1500)).toBe(0);
    expect(out).toMatch(/Test Files\s+2 passed \(2\)/);
    expect(out).toContain('tests/unit/currency.test.ts');
    expect(out).toContain('tests/unit/place-picker.test.ts');
  });

  it('npm run test:mutation -- --mutate src/lib/stats.ts mutates one module and reports its score', () => {
    const started = Date.now();
    const r = npm(['run', 'test:mutation', '--', '--mutate', 'src/lib/stats.ts']);
    const out = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(r.status, out.slice(-2000) + r.stderr.slice(-2000)).toBe(0);
    // The clear-text table: one row for the module, with its mutation score, and no other module.
    expect(out).toMatch(/^\s*stats\.ts\s*\|\s*\d+\.\d+\s*\|/m);
    expect(out).not.toMatch(/filter\.ts|summary\.ts|canonical\.ts/);
    expect(out).toMatch(/Final mutation score of \d+\.\d+/);
    expect(Date.now() - started).toBeLessThan(150_000);
  }, 200_000);

  /**
   * A repository of its own holding this data/ as its first version, so a review test needs no
   * history of this clone; `commit` adds everything as the next version.
   */
  const reviewRepo = (name: string) => {
    const repo = join(tmp, name);
    cpSync(join(ROOT, 'data'), join(repo, 'data'), { recursive: true });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    const commit = (message: string) => {
      git('add', '-A');
      git('-c', 'user.email=t@example.org', '-c', 'user.name=Test', 'commit', '-q', '-m', message);
    };
    git('init', '-q', '-b', 'main');
    commit('start');
    return { repo, git, commit };
  };

  it('npm run review summarises what changed in data/ between two versions, in Dutch', () => {
    const { repo, commit } = reviewRepo('review');
    // An initiative whose status no source gives yet becomes active.
    const unknownId = readdirSync(join(repo, 'data', 'initiatives'))
      .find((f) => /^status: unknown$/m.test(readFileSync(join(repo, 'data', 'initiatives', f), 'utf8')))!
      .slice(0, -'.yaml'.length);
    const unknownFile = join(repo, 'data', 'initiatives', `${unknownId}.yaml`);
    const unknownName = /^name: (.*)$/m.exec(readFileSync(unknownFile, 'utf8'))![1];
    writeFileSync(unknownFile, readFileSync(unknownFile, 'utf8').replace(/^status: unknown$/m, 'status: active'));
    // A new initiative at a village the gazetteer does not hold (a map click), and one outside every province.
    writeFileSync(
      join(repo, 'data', 'initiatives', 'zeehondencentrum-leerwerk.yaml'),
      'name: Zeehondencentrum Leerwerk\nkind: pps\nstatus: active\nsummary: Leerlingen werken mee in de zorg voor zeehonden aan de kust.\n' +
        'locations:\n  - place: Pieterburen\n    latitude: 53.40041\n    longitude: 6.44948\n    precision: address\n' +
        '  - place: Noordzee\n    latitude: 54.5\n    longitude: 4\n    precision: area\nsources:\n  - title: Bron\n',
    );
    commit('status');
    const r = npm(['run', 'review', '--', '--repo', repo, 'HEAD~1', 'HEAD']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('## Wijzigingen in de data');
    // Two locations unknown to the gazetteer, and two statuses made Actief without their source.
    expect(r.stdout).toContain('1 initiatief nieuw, 1 initiatief gewijzigd; 4 aandachtspunten.');
    expect(r.stdout).toContain(`### Initiatief gewijzigd: ${unknownName} (${unknownId})`);
    expect(r.stdout).toContain('- **Status**: Onbekend → Actief');
    expect(r.stdout).toContain('Locatie Pieterburen is geen bekende plaats: coördinaten 53.40041, 6.44948 (provincie Groningen).');
    expect(r.stdout).toContain('Locatie Noordzee is geen bekende plaats: coördinaten 54.5, 4 (geen provincie).');
  });

  it("npm run review from main's checkout names what the proposal adds by the proposal's own data", () => {
    const { repo, git, commit } = reviewRepo('review-branch');
    git('checkout', '-q', '-b', 'voorstel');
    writeFileSync(join(repo, 'data', 'organisations', 'stichting-zeewierwerk.yaml'), 'name: Stichting Zeewierwerk\nkind: other\n');
    writeFileSync(
      join(repo, 'data', 'initiatives', 'zeewier-leerwerk.yaml'),
      'name: Zeewier Leerwerk\nkind: pps\nstatus: unknown\nsummary: Leerlingen kweken zeewier met een stichting aan de kust.\n' +
        'lead_organisation: stichting-zeewierwerk\nsources:\n  - title: Bron\n',
    );
    commit('Aanmelding: Zeewier Leerwerk');
    // The maintainer stays on main: the proposal's files are not in the checkout, only in git.
    git('checkout', '-q', 'main');
    const r = npm(['run', 'review', '--', '--repo', repo, 'main', 'voorstel']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('- **Penvoerder**: Stichting Zeewierwerk');
    expect(r.stdout).not.toContain('**Penvoerder**: stichting-zeewierwerk');
    // The proposal's commit description, which the site shows on the new pages and in the feed.
    expect(r.stdout).toContain('### Wat de site over deze wijziging zegt');
    expect(r.stdout).toContain('- Aanmelding: Zeewier Leerwerk');
    expect(r.stdout).not.toContain('- start');
  });

  it('npm run review shows a symbolic link as a link with its target, first, as a point of attention', () => {
    const { repo, git, commit } = reviewRepo('review-links');
    symlinkSync('/etc/passwd', join(repo, 'data', 'initiatives', 'link.yaml'));
    symlinkSync('../../etc', join(repo, 'data', 'initiatives2'));
    commit('links');
    const r = npm(['run', 'review', '--', '--repo', repo, 'HEAD~1', 'HEAD']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Geen databestanden gewijzigd; 2 aandachtspunten.');
    expect(r.stdout).toContain('**Deze wijziging raakt symbolische links**');
    expect(r.stdout).toContain('- data/initiatives/link.yaml → /etc/passwd (nieuw)');
    expect(r.stdout).toContain('- data/initiatives2 → ../../etc (nieuw)');
    expect(r.stdout).not.toContain('root:');
    expect(r.stdout).not.toContain('geen leesbare YAML');
    // Taken out again: a link that goes is a link change too, never its target read as the old YAML.
    git('rm', '-q', join('data', 'initiatives', 'link.yaml'));
    commit('weg');
    const gone = npm(['run', 'review', '--', '--repo', repo, 'HEAD~1', 'HEAD']);
    expect(gone.status, gone.stderr).toBe(0);
    expect(gone.stdout).toContain('- data/initiatives/link.yaml → /etc/passwd (verwijderd)');
    expect(gone.stdout).not.toContain('Initiatief verwijderd');
    // A proposal whose data/ is one link to a folder elsewhere: summarised, never followed, and the
    // repository it is read from stays (the review's scratch folder is its own, removed whole).
    mkdirSync(join(repo, 'elders', 'initiatives'), { recursive: true });
    writeFileSync(join(repo, 'elders', 'initiatives', 'vreemd.yaml'), 'name: Vreemd\n');
    git('rm', '-r', '-q', 'data');
    symlinkSync('elders', join(repo, 'data'));
    commit('data als link');
    const scratch = () => readdirSync(tmpdir()).filter((f) => f.startsWith('atlas-review-'));
    const before = scratch();
    const swapped = npm(['run', 'review', '--', '--repo', repo, 'HEAD~1', 'HEAD']);
    expect(swapped.status, swapped.stderr).toBe(0);
    expect(swapped.stdout).toContain('- data → elders (nieuw)');
    expect(swapped.stdout).not.toContain('Vreemd');
    expect(existsSync(join(repo, '.git'))).toBe(true);
    expect(scratch()).toEqual(before);
  });

  it('npm run new makes a valid, canonical file and refuses an id that exists', () => {
    const data = join(tmp, 'new', 'data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const r = npm(['run', 'new', '--', 'initiative', 'Testinitiatief Nieuw'], { ATLAS_DATA_DIR: data });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const path = 'data/initiatives/testinitiatief-nieuw.yaml';
    const text = readFileSync(join(data, 'initiatives', 'testinitiatief-nieuw.yaml'), 'utf8');
    // Valid but for the two texts left to write, which validate refuses until they are written.
    const errors = (t: string) => checkFile('initiative', { path, content: t }).problems.filter((p) => p.severity === 'error');
    expect(errors(text).map((p) => p.field)).toEqual(['summary', 'sources[0].title']);
    expect(errors(text)[0]!.message).toContain('Hier staat nog de tekst van npm run new');
    expect(r.stdout).toContain('tot dan weigert npm run validate het bestand');
    const written = text
      // Each value with the lines it continues on.
      .replace(/^summary: .*\n(?: {2}\S.*\n)*/m, 'summary: Een proeftuin van scholen en bedrijven.\n')
      .replace(/title: "?Nog in te vullen.*\n(?: {4}\S.*\n)*/m, 'url: https://www.voorbeeld.nl/nieuws\n');
    expect(errors(written), written).toEqual([]);
    expect(npm(['run', 'new', '--', 'initiative', 'Testinitiatief Nieuw'], { ATLAS_DATA_DIR: data }).status).not.toBe(0);
    // The old address of a merged file (Vista College's former_ids) is not a new file's id.
    const old = npm(['run', 'new', '--', 'organisation', 'ROC Leeuwenborgh'], { ATLAS_DATA_DIR: data });
    expect(old.status).toBe(1);
    expect(old.stderr).toContain("'roc-leeuwenborgh' is een eerder adres van data/organisations/vista-college.yaml (Vista College)");
    expect(existsSync(join(data, 'organisations', 'roc-leeuwenborgh.yaml'))).toBe(false);
    // An id is an id before it becomes a path: no file in another folder.
    const orgs = readdirSync(join(data, 'organisations')).sort();
    const sneaky = npm(['run', 'new', '--', 'initiative', 'Lange naam hier', '--id', '../organisations/nieuw-org'], {
      ATLAS_DATA_DIR: data,
    });
    expect(sneaky.status).toBe(2);
    expect(sneaky.stderr).toContain("--id '../organisations/nieuw-org' is geen geldig id");
    expect(readdirSync(join(data, 'organisations')).sort()).toEqual(orgs);
  });

  it.skipIf(skipBrowser || !siteBuilt)('npm run report:weight reports every page type of the built site', () => {
    const r = npm(['run', 'report:weight', '--', '--dir', SITE_DIR, '--base', BASE]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const page of ['startpagina', 'initiatief', 'regio', 'organisatie', 'zoeken', 'wat werkt', 'witte vlekken'])
      expect(r.stdout).toMatch(new RegExp(`^${page}\\s+\\d`, 'm'));
    expect(r.stdout).toContain('Detail-, regio- en organisatiepagina: geen JavaScript.');
  });

  it("npm run report:queue lists the editors' tasks, grouped and counted, by file", () => {
    const data = join(tmp, 'queue-data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const r = npm(['run', 'report:queue'], { ATLAS_DATA_DIR: data });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Werklijst van de redactie: \d+ taken?\./m);
    expect(r.stdout).toMatch(/^## Nooit gecontroleerd \(\d+\)$/m);
    expect(r.stdout).toMatch(/^- .+\/initiatives\/[a-z0-9-]+\.yaml: \S/m);
  });
});
