import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, childEnv } from '../helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of data/ with one broken initiative added. */
function brokenDataDir(): string {
  const dir = join(tmp, 'broken', 'data');
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'initiatives', 'kapot.yaml'),
    'name: Kapot initiatief\nkind: civv\nstatus: active\nsummary: Dit initiatief heeft een onbekende soort.\nsources:\n  - title: Bron\n',
  );
  return dir;
}

/**
 * The checkout's build lock (scripts/lib/build-lock.mjs) is not left behind by a build that
 * ended: if it is there, a running build (another test's) holds it.
 */
function expectNoLockLeft(): void {
  const pidFile = join(ROOT, '.tmp', 'build.lock', 'pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  expect(() => process.kill(pid, 0), `the lock of process ${pid} was left behind`).not.toThrow();
}

/** `npm run validate` exactly as a user types it (the data folder as a fork would set it). */
const validate = (env: Record<string, string> = {}, ...args: string[]) =>
  spawnSync('npm', ['run', 'validate', ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, encoding: 'utf8', env: childEnv(env) });

describe('npm run validate', () => {
  it('exits 0 on the real data', () => {
    const r = validate();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/geen fouten/);
  });

  it('exits 1 and prints file:line:column, field and hint; with --format github also annotations', () => {
    const dir = brokenDataDir();
    const r = validate({ ATLAS_DATA_DIR: dir }, '--format', 'github');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("data/initiatives/kapot.yaml:2:7  fout  kind: de tekst 'civv' is geen toegestane waarde");
    expect(r.stdout).toContain("Bedoelde u 'civ'?");
    expect(r.stdout).toContain('::error file=data/initiatives/kapot.yaml,line=2,col=7');
  });

  it('says a data folder that is not there does not exist (not "no region set" in it)', () => {
    const r = validate({}, join(tmpdir(), 'atlas-bestaat-niet', 'data'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('atlas-bestaat-niet/data:1:1  fout  Deze datamap bestaat niet (of is geen map).');
    expect(r.stdout).not.toContain('regio-indeling');
  });
});

describe('npm run validate with its cache', () => {
  it('reuses unchanged files and still reports a file broken since', () => {
    const dir = join(tmp, 'cache', 'data');
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const cold = validate({ ATLAS_DATA_DIR: dir });
    const warm = validate({ ATLAS_DATA_DIR: dir });
    expect(warm.status).toBe(0);
    // Nothing changed: the same report (warnings included), without checking again.
    expect(warm.stdout).toContain('niets veranderd sinds de vorige controle');
    const report = (out: string) => out.replace(/\d+ ms.*\)/, '');
    expect(report(warm.stdout)).toBe(report(cold.stdout));
    // A file saved again unchanged: the run checks again, every file from the per-file cache.
    const cew = join(dir, 'initiatives', 'cew.yaml');
    writeFileSync(cew, readFileSync(cew));
    const resaved = validate({ ATLAS_DATA_DIR: dir });
    const m = /(\d+) van (\d+) uit de cache/.exec(resaved.stdout);
    expect(m?.[1]).toBe(m?.[2]);
    writeFileSync(join(dir, 'initiatives', 'cew.yaml'), 'name: Centre of Expertise Water Technology (CEW)\nkind: civv\n');
    const broken = validate({ ATLAS_DATA_DIR: dir });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('data/initiatives/cew.yaml:2:7  fout  kind:');
    expect(validate({ ATLAS_DATA_DIR: dir }, '--no-cache').stdout).toContain('data/initiatives/cew.yaml:2:7  fout  kind:');
  });
});

describe('npm run build', () => {
  it('shares the per-file results with npm run validate, and still stops on a file broken since', () => {
    const dir = join(tmp, 'shared', 'data');
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const build = (out: string) =>
      spawnSync('npm', ['run', 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: childEnv({ ATLAS_DATA_DIR: dir, ATLAS_OUT_DIR: join(tmp, out) }),
      });
    const first = build('out-shared');
    expect(first.status, first.stdout.slice(-2000) + first.stderr.slice(-2000)).toBe(0);
    // What the build checked, validate finds: every file from the cache.
    const after = validate({ ATLAS_DATA_DIR: dir });
    const m = /(\d+) van (\d+) uit de cache/.exec(after.stdout);
    expect(m?.[1]).toBe(m?.[2]);
    expect(Number(m?.[2])).toBeGreaterThan(300);
    writeFileSync(join(dir, 'initiatives', 'cew.yaml'), 'name: Centre of Expertise Water Technology (CEW)\nkind: civv\n');
    const broken = build('out-shared-broken');
    expect(broken.status).not.toBe(0);
    expect(broken.stdout + broken.stderr).toContain('data/initiatives/cew.yaml:2:7  fout  kind:');
    expect(existsSync(join(tmp, 'out-shared-broken'))).toBe(false);
  });

  it('stops on a bad file with the same message and writes no site', () => {
    const dir = brokenDataDir();
    const out = join(tmp, 'out');
    const r = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: childEnv({ ATLAS_DATA_DIR: dir, ATLAS_OUT_DIR: out }),
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("data/initiatives/kapot.yaml:2:7  fout  kind: de tekst 'civv' is geen toegestane waarde");
    expect(r.stdout + r.stderr).toContain('De data bevat fouten; er is niets gepubliceerd.');
    // The data's own words only: no wrapper about a hook, no stack trace.
    expect(r.stdout + r.stderr).not.toMatch(/unhandled error|Stack trace|^\s+at /m);
    expect(existsSync(out)).toBe(false);
    expectNoLockLeft();
  });
});

describe('two builds at once in one checkout', () => {
  it('run one after the other, and each output holds its own data', async () => {
    const dirA = join(tmp, 'two-a', 'data');
    const dirB = join(tmp, 'two-b', 'data');
    cpSync(join(ROOT, 'data'), dirA, { recursive: true });
    cpSync(join(ROOT, 'data'), dirB, { recursive: true });
    writeFileSync(
      join(dirB, 'initiatives', 'alleen-in-b.yaml'),
      'name: Alleen in build B\nkind: pps\nstatus: active\nsummary: Een initiatief dat alleen in de data van build B staat.\nsources:\n  - title: Test\n',
    );
    const start = (dir: string, out: string) =>
      new Promise<{ code: number | null; text: string }>((done) => {
        const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env: childEnv({ ATLAS_DATA_DIR: dir, ATLAS_OUT_DIR: join(tmp, out) }) });
        let text = '';
        child.stdout.on('data', (b: Buffer) => (text += b.toString()));
        child.stderr.on('data', (b: Buffer) => (text += b.toString()));
        child.on('close', (code) => done({ code, text }));
      });
    const [a, b] = await Promise.all([start(dirA, 'two-out-a'), start(dirB, 'two-out-b')]);
    expect(a.code, a.text.slice(-1500)).toBe(0);
    expect(b.code, b.text.slice(-1500)).toBe(0);
    expect(a.text + b.text).toContain('Er draait al een build in deze map');
    expect(existsSync(join(tmp, 'two-out-a', 'initiatieven', 'alleen-in-b', 'index.html'))).toBe(false);
    expect(existsSync(join(tmp, 'two-out-b', 'initiatieven', 'alleen-in-b', 'index.html'))).toBe(true);
    const countA = JSON.parse(readFileSync(join(tmp, 'two-out-a', 'data', 'initiatieven.json'), 'utf8')) as unknown;
    const countB = JSON.parse(readFileSync(join(tmp, 'two-out-b', 'data', 'initiatieven.json'), 'utf8')) as unknown;
    expect(JSON.stringify(countB)).toContain('Alleen in build B');
    expect(JSON.stringify(countA)).not.toContain('Alleen in build B');
  }, 300_000);
});
