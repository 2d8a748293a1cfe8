import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { getCompiledValidators } from '../../src/lib/schema/validator';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { input, readFolder, ROOT } from '../helpers/fixtures';

const FIX = 'schemas/fixtures';
const validInitiatives = readFolder(`${FIX}/valid/initiatives`);
const validOrganisations = readFolder(`${FIX}/valid/organisations`);

/** What a fixture must produce: the line of the problem, the field and part of the message. */
interface Expectation {
  line: number;
  field: string;
  message: string;
  /**
   * What the published JSON Schema alone says of the file (`| schema alone: rejects|accepts`),
   * as another program that knows only the schema would: what JSON Schema can express, it
   * must reject; what only the atlas's rules can check (an end year before the start year) is
   * marked `accepts`, so the limit is written down and tested.
   */
  schemaAlone?: 'rejects' | 'accepts';
}

/** Fixtures whose content cannot carry a comment (binary, empty) say what they expect here. */
const EXPECT_BY_NAME: Record<string, Expectation> = {
  'binary-file.yaml': { line: 1, field: '', message: 'NUL-bytes' },
  'invalid-utf8.yaml': { line: 1, field: '', message: 'UTF-8' },
  'zero-bytes.yaml': { line: 1, field: '', message: 'Het bestand is leeg' },
  'whitespace-only.yaml': { line: 1, field: '', message: 'Het bestand is leeg' },
};

/**
 * Reads the fixture's first line, `# expect: line N, field | message` (or `# expect: line N
 * | message` for the whole file). The line is pinned, so a regression that reports every
 * problem at 1:1 fails.
 */
function expectationOf(path: string): Expectation {
  const name = path.split('/').pop()!;
  if (EXPECT_BY_NAME[name]) return EXPECT_BY_NAME[name];
  const first = readFileSync(join(ROOT, path), 'utf8').split('\n')[0]!;
  const m = /^# expect: line (\d+)(?:, (.*?))? \| (.+?)(?: \| schema alone: (rejects|accepts))?$/.exec(first);
  if (!m) throw new Error(`${path} has no '# expect: line N, field | message' line`);
  return {
    line: Number(m[1]),
    field: (m[2] ?? '').trim(),
    message: m[3]!.trim(),
    ...(m[4] ? { schemaAlone: m[4] as 'rejects' | 'accepts' } : {}),
  };
}

/**
 * The published schemas as a fork's own tooling would use them: a fresh ajv with default
 * options (unknown `x-` keywords ignored), the JSON files as they are, none of the atlas's
 * validator, messages or rules.
 */
function schemaAloneValidators() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as object;
  for (const name of ['vocabularies.schema.json', 'initiative.schema.json', 'organisation.schema.json']) ajv.addSchema(read(name));
  return {
    initiatives: ajv.getSchema('https://samenwerkingsatlas.nl/schemas/initiative.schema.json')!,
    organisations: ajv.getSchema('https://samenwerkingsatlas.nl/schemas/organisation.schema.json')!,
  };
}
const alone = schemaAloneValidators();
const yamlOf = (path: string) => load(readFileSync(join(ROOT, path), 'utf8'));

describe('schema', () => {
  it('rejects an empty object', () => {
    const v = getCompiledValidators();
    expect(v.initiative({})).toBe(false);
    expect(v.organisation({})).toBe(false);
  });
});

describe('valid fixtures', () => {
  it('validate without errors, minimal and complete alike', () => {
    const result = validateDataset(input(validInitiatives, validOrganisations));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.initiatives.map((i) => i.id)).toEqual(['complete', 'minimal']);
    expect(result.organisations).toHaveLength(2);
  });

  it('the complete fixture uses every property of the initiative schema', async () => {
    const schema = (await import('../../schemas/initiative.schema.json')).default as { properties: Record<string, unknown> };
    const text = readFileSync(join(ROOT, FIX, 'valid/initiatives/complete.yaml'), 'utf8');
    for (const key of Object.keys(schema.properties)) expect(text, `complete.yaml lacks ${key}`).toMatch(new RegExp(`^${key}:`, 'm'));
  });
});

describe('the published schema alone (issue #26)', () => {
  it('accepts the valid fixtures and every file in data/', () => {
    for (const kind of ['initiatives', 'organisations'] as const) {
      const paths = [
        ...readFolder(`${FIX}/valid/${kind}`).map((f) => f.path),
        ...readdirSync(join(ROOT, 'data', kind)).map((n) => `data/${kind}/${n}`),
      ];
      for (const path of paths) expect(alone[kind](yamlOf(path)), `${path}: ${JSON.stringify(alone[kind].errors)}`).toBe(true);
    }
  });

  for (const kind of ['initiatives', 'organisations'] as const) {
    for (const f of readFolder(`${FIX}/invalid/${kind}`)) {
      const { schemaAlone } = expectationOf(f.path);
      if (!schemaAlone) continue;
      it(`${schemaAlone} ${kind}/${f.path.split('/').pop()}`, () => {
        expect(alone[kind](yamlOf(f.path))).toBe(schemaAlone === 'accepts');
      });
    }
  }
});

for (const kind of ['initiatives', 'organisations'] as const) {
  describe(`invalid ${kind} fixtures`, () => {
    for (const f of readFolder(`${FIX}/invalid/${kind}`)) {
      const { line, field, message } = expectationOf(f.path);
      it(`${f.path.split('/').pop()} → line ${line}, ${field || '(bestand)'}: ${message}`, () => {
        const result = validateDataset(
          input(
            kind === 'initiatives' ? [...validInitiatives, f] : validInitiatives,
            kind === 'organisations' ? [...validOrganisations, f] : validOrganisations,
          ),
        );
        const errors = result.problems.filter((p) => p.severity === 'error');
        // The broken file is the only one with errors, and its message names the field.
        expect(
          errors.every((p) => p.file === f.path),
          JSON.stringify(errors, null, 1),
        ).toBe(true);
        const match = errors.find((p) => p.field === field && (p.message + (p.hint ?? '')).includes(message));
        expect(match, `expected ${field}: '${message}' in\n${errors.map((e) => `${e.field}: ${e.message}`).join('\n')}`).toBeDefined();
        expect(match!.line, 'line of the problem').toBe(line);
      });
    }
  });
}

describe('the one-line pattern of the schema', () => {
  it('refuses exactly the characters the atlas refuses in a one-line field', async () => {
    const { unsafeCharacterIn } = await import('../../src/lib/text/unsafe-characters');
    const vocabularies = JSON.parse(readFileSync(join(ROOT, 'schemas', 'vocabularies.schema.json'), 'utf8')) as {
      $defs: Record<string, { pattern: string }>;
    };
    const pattern = new RegExp(vocabularies.$defs.one_line!.pattern, 'u');
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates: a rule only (see RULES_BEYOND_SCHEMA)
      const ch = String.fromCharCode(c);
      if (pattern.test(`a${ch}b`) === Boolean(unsafeCharacterIn(`a${ch}b`, false))) disagree.push(`U+${c.toString(16)}`);
    }
    expect(disagree).toEqual([]);
  });
});
