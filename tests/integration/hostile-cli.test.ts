/**
 * Hostile contributions against the commands a user runs, typed as the README documents
 * them: `npm run validate`, `npm run format:data`, `npm run import`, `npm run preview`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { toCsv } from '../../src/lib/export/tables';
import { freePort } from '../../scripts/lib/server';
import { ROOT, childEnv } from '../helpers/fixtures';
import { BASE, SITE_DIR, siteBuilt } from '../helpers/site';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const copyData = (name: string) => {
  const d = join(tmp, name, 'data');
  cpSync(join(ROOT, 'data'), d, { recursive: true });
  return d;
};
/** `npm run <script> -- <args>` with the data folder set as a fork or a benchmark sets it. */
const npm = (dataDir: string, script: string, ...args: string[]) =>
  spawnSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ ATLAS_DATA_DIR: dataDir }),
  });

const minimal = (name: string) =>
  `name: ${name}\nkind: pps\nstatus: active\nsummary: Een initiatief voor de tests van vijandige invoer.\nsources:\n  - title: Bron\n`;

describe('npm run validate and format:data on a hostile data folder', () => {
  it('report a symlink, a zero-byte file, a misspelt folder and a sub-folder; format:data never writes through the link', () => {
    const data = copyData('layout');
    const outside = join(tmp, 'buiten.yaml');
    const original = "name:   'Buiten de repository'\nkind: pps\n";
    writeFileSync(outside, original);
    symlinkSync(outside, join(data, 'initiatives', 'link.yaml'));
    writeFileSync(join(data, 'initiatives', 'leeg.yaml'), '');
    mkdirSync(join(data, 'initiative'));
    writeFileSync(join(data, 'initiative', 'verkeerd.yaml'), minimal('Verkeerde map'));
    mkdirSync(join(data, 'initiatives', 'map.yaml'));

    const v = npm(data, 'validate');
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('data/initiatives/link.yaml:1:1  fout  Dit is een symbolische link');
    expect(v.stdout).toContain('data/initiatives/leeg.yaml:1:1  fout  Het bestand is leeg.');
    expect(v.stdout).toContain("data/initiative/:1:1  fout  De map 'initiative' wordt niet gelezen");
    expect(v.stdout).toContain('Bedoelde u data/initiatives/?');
    expect(v.stdout).toContain('data/initiatives/map.yaml/:1:1  fout  Submappen');

    const f = npm(data, 'format:data');
    expect(f.status).toBe(1);
    expect(f.stderr).toContain('symbolische link');
    expect(readFileSync(outside, 'utf8')).toBe(original);
  });

  it('refuse a data folder that is itself a link: validate and format:data read nothing through it', () => {
    const elsewhere = copyData('elders');
    const link = join(tmp, 'gekoppeld', 'data');
    mkdirSync(join(tmp, 'gekoppeld'));
    symlinkSync(elsewhere, link);
    const v = npm(link, 'validate');
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('data/:1:1  fout  De datamap is een symbolische link');
    expect(v.stdout).not.toMatch(/[1-9]\d* bestanden gecontroleerd: geen fouten/);
    const f = npm(link, 'format:data');
    expect(f.status).toBe(1);
    expect(f.stdout).toContain('0 bestanden');
  });

  it('format:data refuses a file with a comment, naming its line, and leaves it as it was', () => {
    const data = copyData('comment');
    const path = join(data, 'initiatives', 'met-opmerking.yaml');
    const text = `name: Met opmerking\nkind: pps  # nog navragen bij de school\nstatus: active\nsummary: Een initiatief voor de tests van vijandige invoer.\nsources:\n  - title:  Bron\n`;
    writeFileSync(path, text);
    const f = npm(data, 'format:data');
    expect(f.status).toBe(1);
    expect(f.stderr).toContain('data/initiatives/met-opmerking.yaml:2:1  fout  Hier staat een opmerking');
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('format:data refuses a file that is not UTF-8 and leaves its bytes as they were (no "Caf\uFFFD")', () => {
    const data = copyData('latin1');
    const path = join(data, 'initiatives', 'latin1.yaml');
    const bytes = Buffer.concat([Buffer.from('name: "Caf'), Buffer.from([0xe9]), Buffer.from(' de Kroon initiatief"\nkind:   pps\n')]);
    writeFileSync(path, bytes);
    const f = npm(data, 'format:data');
    expect(f.status).toBe(1);
    expect(f.stderr).toContain('data/initiatives/latin1.yaml:1:1  fout  Het bestand is geen geldige UTF-8-tekst.');
    expect(f.stdout).not.toContain('latin1.yaml opgemaakt');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('validate prints values escaped: no terminal control, no line a CI runner would obey', () => {
    const data = copyData('escape');
    writeFileSync(
      join(data, 'initiatives', 'vals.yaml'),
      'name: Vals\nkind: "\\e[2J\\e[H0 fouten\\n::stop-commands::abc"\nstatus: active\nsummary: Een initiatief voor de tests van vijandige invoer.\nsources:\n  - title: Bron\n',
    );
    const v = npm(data, 'validate', '--format', 'github');
    expect(v.status).toBe(1);
    expect(v.stdout).not.toContain('\u001b');
    expect(v.stdout).toContain('\\x1b[2J');
    const lines = v.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::') && !/^::(error|warning) file=/.test(l))).toEqual([]);
    expect(lines.some((l) => l.startsWith('::error file=data/initiatives/vals.yaml,line=2'))).toBe(true);
  });
});

describe('npm run import reads back formula-guarded CSV exactly', () => {
  it('round-trips values that start with = + - @ and a value that already starts with an apostrophe', async () => {
    const data = copyData('formula');
    const path = join(data, 'initiatives', 'formules.yaml');
    writeFileSync(
      path,
      [
        'name: "=HYPERLINK(\\"https://evil.example\\",\\"klik\\")"',
        'kind: pps',
        'status: active',
        "summary: '+31 is geen formule, en deze samenvatting is lang genoeg.'",
        "theme: '@SUM(A1:A9)'",
        'description: |-\n  -Eerste regel met een min ervoor.\n\n  Tweede alinea.',
        'notes: "\'=al beschermd"',
        'sources:',
        '  - title: "\'s-Hertogenbosch"',
        '',
      ].join('\n'),
    );
    expect(npm(data, 'format:data').status).toBe(0);
    const d = await loadDataset(data);
    expect(d.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const csv = toCsv(
      'initiative',
      d.initiatives,
      d.regionSets.map((s) => s.id),
    );
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === 'formules')!;
    expect(row.name).toBe('\'=HYPERLINK("https://evil.example","klik")');
    expect(row.summary).toMatch(/^'\+31 is geen formule/);
    expect(row.theme).toBe("'@SUM(A1:A9)");
    expect(row.description).toBe("'-Eerste regel met een min ervoor.\n\nTweede alinea.");
    expect(row.notes).toBe("''=al beschermd");
    expect(csv).toContain("'s-Hertogenbosch");
    expect(csv).not.toContain("''s-Hertogenbosch");
    const file = join(tmp, 'formules.csv');
    writeFileSync(file, csv);
    const r = npm(data, 'import', file);
    expect(r.stdout, r.stdout + r.stderr).toContain(
      `${d.initiatives.length} rijen: 0 nieuw, 0 gewijzigd, ${d.initiatives.length} ongewijzigd, 0 overgeslagen`,
    );
  });
});

/** One raw HTTP request (the path is sent exactly as given, unlike fetch). */
function get(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!siteBuilt)('npm run preview survives any request', () => {
  it("answers malformed paths, refuses open redirects and sends the pages' CSP and nosniff", async () => {
    const port = await freePort();
    const child = spawn('npm', ['run', 'preview', '--', '--dir', SITE_DIR, '--base', BASE, '--port', String(port)], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (b: Buffer) => {
          if (b.toString().includes('draait op')) resolve();
        });
        child.once('exit', (c) => reject(new Error(`preview exited with ${c}`)));
      });
      expect((await get(port, `${BASE}%E0%A4%A`)).status).toBe(400);
      const redirect = await get(port, `//evil.example/..${BASE}initiatieven`);
      expect(redirect.status).toBe(301);
      expect(redirect.headers.location).toBe(`${BASE}initiatieven/`);
      expect((await get(port, `${BASE}..%2f..%2f..%2fetc/passwd`)).status).toBe(404);
      const page = await get(port, BASE);
      expect(page.status).toBe(200);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      const csp = JSON.parse(readFileSync(join(ROOT, 'src/lib/security/csp.json'), 'utf8')).publicPages;
      expect(page.headers['content-security-policy']).toBe(csp);
      expect(readFileSync(join(SITE_DIR, 'index.html'), 'utf8')).toContain(`content="${csp}"`);
      // Still alive after all of that.
      expect((await get(port, BASE)).status).toBe(200);
    } finally {
      process.kill(-child.pid!);
    }
  });
});

describe.skipIf(!siteBuilt)('the published /admin/', () => {
  it('has a CSP that blocks forms and talks to no local server', () => {
    const html = readFileSync(join(SITE_DIR, 'admin', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
