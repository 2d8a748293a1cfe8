/** The validation cache never hides an error (issue "Fast at every scale"). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CachedCheck, FileCheckCache, SourceFile } from '../../src/lib/validate/validate-dataset';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { openValidateCache, validatorFingerprint } from '../../src/validate-cache';
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
    expect(warm.problems.find((p) => p.file === 'data/initiatives/kapot.yaml')).toMatchObject({ line: 2, field: 'kind' });
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
