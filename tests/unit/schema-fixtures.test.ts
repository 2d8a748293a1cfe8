import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCompiledValidators } from '../../src/lib/validate/schema-validator';
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
  const m = /^# expect: line (\d+)(?:, (.*?))? \| (.+)$/.exec(first);
  if (!m) throw new Error(`${path} has no '# expect: line N, field | message' line`);
  return { line: Number(m[1]), field: (m[2] ?? '').trim(), message: m[3]!.trim() };
}

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
