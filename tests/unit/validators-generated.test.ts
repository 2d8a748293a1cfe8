/**
 * The generated validators (src/lib/schema/validators.generated.ts, ajv's standalone code made
 * by `npm run generate:types`): current with the schemas, in use, giving exactly what ajv
 * compiling the schemas at run time gives, and set aside when they are out of date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatorsModule, VALIDATORS_FILE } from '../../scripts/lib/validators-module';
import { AJV_SCHEMAS } from '../../src/lib/schema/ajv-setup';
import { createAtlasAjv } from '../../src/lib/schema/atlas-ajv';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import { usesGeneratedValidators, validateWithSchema } from '../../src/lib/schema/validator';
import { VALIDATORS } from '../../src/lib/schema/validators.generated';
import { ROOT } from '../helpers/fixtures';

/** Every YAML file of the fixtures and of data/, with its kind, as parsed values. */
function samples(): { kind: 'initiative' | 'organisation'; path: string; value: unknown }[] {
  const out: { kind: 'initiative' | 'organisation'; path: string; value: unknown }[] = [];
  for (const [kind, folder] of [
    ['initiative', 'initiatives'],
    ['organisation', 'organisations'],
  ] as const) {
    for (const dir of [`schemas/fixtures/valid/${folder}`, `schemas/fixtures/invalid/${folder}`, `data/${folder}`]) {
      for (const name of readdirSync(join(ROOT, dir))) {
        let value: unknown;
        try {
          value = load(readFileSync(join(ROOT, dir, name), 'utf8'));
        } catch {
          continue; // not YAML (the fixtures of broken files): nothing for a schema to see
        }
        out.push({ kind, path: `${dir}/${name}`, value });
      }
    }
  }
  return out;
}

describe('the generated validators', () => {
  it('are what the schemas and the ajv setup make now (run `npm run generate:types` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, VALIDATORS_FILE), 'utf8') === validatorsModule()).toBe(true);
  }, 30_000);

  it('are the ones in use', () => {
    expect(usesGeneratedValidators).toBe(true);
  });

  it('find exactly the errors ajv finds compiling the schemas, on every fixture and data file', () => {
    const ajv = createAtlasAjv();
    const generated = VALIDATORS as unknown as Record<string, (v: unknown) => boolean & { errors?: unknown }>;
    const all = samples();
    expect(all.length).toBeGreaterThan(50);
    let invalid = 0;
    for (const { kind, path, value } of all) {
      const id = String(ENTITY_SCHEMAS[kind].$id);
      const compiled = ajv.getSchema(id)!;
      const fast = generated[id]!;
      expect(fast(value), path).toBe(compiled(value));
      expect((fast as unknown as { errors: unknown }).errors, path).toEqual(compiled.errors);
      if (compiled.errors) invalid++;
    }
    // The comparison saw errors, not only valid files.
    expect(invalid).toBeGreaterThan(20);
  });

  it('cover every schema the atlas checks against', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual(AJV_SCHEMAS.map((s) => String(s.$id)).sort());
  });
});

describe('out-of-date generated validators', () => {
  afterEach(() => {
    vi.doUnmock('../../src/lib/schema/validators.generated');
    vi.resetModules();
  });

  it('are set aside: ajv compiles the schemas as they are, with the same messages', async () => {
    const broken = 'name: A\nkind: civv\nstatus: active\nsectors:\n  - techniek\n  - techniek\n';
    const value = load(broken);
    const current = validateWithSchema(ENTITY_SCHEMAS.initiative, value, 'data/initiatives/aa.yaml');
    vi.resetModules();
    // Validators made from other schemas: every one of them says "valid".
    vi.doMock('../../src/lib/schema/validators.generated', () => {
      const valid = Object.assign(() => true, { errors: null });
      return { GENERATED_FROM: '{"schemas":"older"}', VALIDATORS: Object.fromEntries(AJV_SCHEMAS.map((s) => [s.$id, valid])) };
    });
    const fresh = await import('../../src/lib/schema/validator');
    expect(fresh.usesGeneratedValidators).toBe(false);
    const { ENTITY_SCHEMAS: schemas } = await import('../../src/lib/schema/schemas');
    const problems = fresh.validateWithSchema(schemas.initiative, value, 'data/initiatives/aa.yaml');
    expect(problems.length).toBeGreaterThan(3);
    expect(problems).toEqual(current);
  });
});
