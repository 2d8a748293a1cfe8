/** The validation cache never hides an error (issue "Fast at every scale"). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CachedCheck, FileCheckCache, SourceFile } from '../../src/lib/validate/validate-dataset';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import {
  dataFolderSignature,
  openValidateCache,
  readRunMemo,
  runKey,
  validatorFingerprint,
  writeRunMemo,
} from '../../src/io/validate-cache';
import { file, input } from '../helpers/fixtures';

/** An in-memory cache keyed like the real one (path, kind and content). */
function memoryCache(): FileCheckCache & { hits: number } {
  const m = new Map<string, CachedCheck>();
  const key = (kind: string, f: SourceFile) =>
    `${kind}|${f.path}|${typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('base64')}`;
  const c = {
    hits: 0,
    get: (kind: string, f: SourceFile) => {
      const r = m.get(key(kind, f));
      if (r) c.hits++;
      return r;
    },
    set: (kind: string, f: SourceFile, r: CachedCheck) => void m.set(key(kind, f), r),
  };
  return c as FileCheckCache & { hits: number };
}

const org = file('data/organisations/school.yaml', 'name: School\nkind: mbo_institution\n');
const initiative = (lead: string) =>
  file(
    'data/initiatives/samen.yaml',
    `name: Samen\nkind: pps\nstatus: active\nsummary: Een samenwerking voor de test van de cache.\nlead_organisation: ${lead}\nsources:\n  - title: Bron\n`,
  );
const broken = file(
  'data/initiatives/kapot.yaml',
  'name: Kapot\nkind: civv\nstatus: active\nsummary: Een initiatief met een fout erin, voor de tests.\nsources:\n  - title: Bron\n',
);

describe('a warm run', () => {
  it('gives exactly the problems and records of a cold run, from the cache', () => {
    const cache = memoryCache();
    const cold = validateDataset({ ...input([initiative('school'), broken], [org]), fileCache: cache });
    const warm = validateDataset({ ...input([initiative('school'), broken], [org]), fileCache: cache });
    expect(cache.hits).toBe(3);
    expect(warm.problems).toEqual(cold.problems);
    expect(warm.initiatives.map((i) => i.data)).toEqual(cold.initiatives.map((i) => i.data));
    expect(warm.problems.find((p) => p.file === 'data/initiatives/kapot.yaml' && p.severity === 'error')).toMatchObject({
      line: 2,
      field: 'kind',
    });
  });

  it('still runs the rules between files: a cached initiative whose lead disappeared is an error, at its line', () => {
    const cache = memoryCache();
    validateDataset({ ...input([initiative('school')], [org]), fileCache: cache });
    const after = validateDataset({ ...input([initiative('school')], []), fileCache: cache });
    expect(cache.hits).toBe(1);
    expect(after.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { file: 'data/initiatives/samen.yaml', field: 'lead_organisation', line: 5 },
    ]);
  });

  it('a changed file is checked again', () => {
    const cache = memoryCache();
    validateDataset({ ...input([initiative('school')], [org]), fileCache: cache });
    const changed = validateDataset({
      ...input([file('data/initiatives/samen.yaml', 'name: Samen\nkind: civv\n')], [org]),
      fileCache: cache,
    });
    expect(changed.problems.some((p) => p.file === 'data/initiatives/samen.yaml' && p.severity === 'error')).toBe(true);
  });
});

describe('the stored cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const schema = join(dir, 'x.schema.json');
  const validator = join(dir, 'rules.ts');
  writeFileSync(schema, '{"type":"object"}');
  writeFileSync(validator, 'export const rule = 1;');
  const fp = () => validatorFingerprint(dir, join(dir, 'data'), '2026-11-23', [schema, validator]);

  it('belongs to one fingerprint of schemas, validator code, data folder and day', () => {
    const before = fp();
    writeFileSync(schema, '{"type":"object","required":["name"]}');
    const afterSchema = fp();
    writeFileSync(validator, 'export const rule = 2;');
    const afterCode = fp();
    expect(new Set([before, afterSchema, afterCode]).size).toBe(3);
    expect(validatorFingerprint(dir, join(dir, 'data'), '2026-11-24', [schema, validator])).not.toBe(afterCode);
    expect(validatorFingerprint(dir, join(dir, 'andere-data'), '2026-11-23', [schema, validator])).not.toBe(afterCode);
  });

  it('is empty under another fingerprint, and reused under the same one', () => {
    const store = join(dir, 'cache.json');
    const f = file('data/organisations/school.yaml', 'name: School\nkind: mbo_institution\n');
    const a = openValidateCache(store, 'fp-1');
    a.set('organisation', f, { problems: [] });
    a.save();
    expect(openValidateCache(store, 'fp-1').get('organisation', f)).toEqual({ problems: [] });
    expect(openValidateCache(store, 'fp-2').get('organisation', f)).toBeUndefined();
    expect(
      openValidateCache(store, 'fp-1').get('organisation', { ...f, content: `${f.content as string}website: https://x.nl\n` }),
    ).toBeUndefined();
  });
});

describe('the fingerprint by default', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const d of ['schemas', 'src/lib/validate', 'src/io']) mkdirSync(join(root, d), { recursive: true });
  const files = {
    schema: join(root, 'schemas', 'initiative.schema.json'),
    rule: join(root, 'src', 'lib', 'validate', 'rule.ts'),
    config: join(root, 'src', 'site.config.ts'),
    worker: join(root, 'src', 'io', 'check-files-worker.ts'),
    workerStart: join(root, 'src', 'io', 'check-files-worker-start.mjs'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '// 1\n');
  const fp = () => validatorFingerprint(root, join(root, 'data'), '2026-12-04');

  it('covers the schemas, src/lib, src/ itself (the site configuration) and src/io (the threads that check files)', () => {
    const seen = new Set([fp()]);
    for (const f of Object.values(files)) {
      writeFileSync(f, '// 2\n');
      seen.add(fp());
    }
    expect(seen.size).toBe(6);
  });

  it('covers the installed packages: the lockfile and what npm installed', () => {
    const seen = new Set([fp()]);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/ajv":{"version":"8.20.0"}}}\n');
    seen.add(fp());
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/ajv":{"version":"8.20.0"}}}\n');
    seen.add(fp());
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/ajv":{"version":"8.21.0"}}}\n');
    seen.add(fp());
    expect(seen.size).toBe(4);
  });
});

describe('the memo of a whole run', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-run-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const data = join(root, 'data');
  mkdirSync(join(data, 'initiatives'), { recursive: true });
  const one = join(data, 'initiatives', 'een.yaml');
  writeFileSync(one, 'name: Een\n');
  const key = (env: NodeJS.ProcessEnv = {}, fingerprint = 'fp') => runKey(root, fingerprint, data, env);

  it('is the same for the same input', () => {
    expect(key()).toBe(key());
  });

  it('changes when a file changes, even to the same size with its modification time set back', async () => {
    // A whole second, which utimes sets exactly (a fraction of a millisecond would be lost).
    utimesSync(one, 1_700_000_000, 1_700_000_000);
    const before = key();
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(one, 'name: Twe\n');
    utimesSync(one, 1_700_000_000, 1_700_000_000);
    expect(statSync(one).mtimeMs).toBe(1_700_000_000_000);
    expect(statSync(one).size).toBe('name: Een\n'.length);
    expect(key()).not.toBe(before);
  });

  it('changes with a new or removed entry, the fingerprint, an ATLAS_ setting, the ATLAS_CONFIG file and the tool itself', () => {
    const config = join(root, 'config.json');
    writeFileSync(config, '{}');
    const keys = [key(), key({}, 'other'), key({ ATLAS_BASE: '/x/' }), key({ ATLAS_CONFIG: config })];
    writeFileSync(config, '{"title":"Ander"}');
    keys.push(key({ ATLAS_CONFIG: config }));
    writeFileSync(join(data, 'initiatives', 'notitie.txt'), 'x');
    keys.push(key());
    rmSync(join(data, 'initiatives', 'notitie.txt'));
    mkdirSync(join(data, 'regions'));
    keys.push(key());
    // The tool's own source.
    const tool = join(root, 'validate-data.ts');
    writeFileSync(tool, '// 1\n');
    keys.push(runKey(root, 'fp', data, {}, [tool]));
    writeFileSync(tool, '// 2\n');
    keys.push(runKey(root, 'fp', data, {}, [tool]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists every entry two levels deep with its type', () => {
    const text = dataFolderSignature(data);
    expect(text).toContain(`${one} f `);
    expect(text).toContain(`${join(data, 'initiatives')} d `);
  });

  it('gives back a stored outcome only under its own key', () => {
    const file = join(root, '.tmp', 'run.json');
    const outcome = { problems: [], initiatives: 1, organisations: 0 };
    writeRunMemo(file, 'k1', outcome);
    expect(readRunMemo(file, 'k1')).toEqual(outcome);
    expect(readRunMemo(file, 'k2')).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8')).key).toBe('k1');
  });
});
