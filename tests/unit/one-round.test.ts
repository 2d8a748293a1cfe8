/**
 * Every problem of a file in one run, and none made up: a file with an error in one field still
 * gets the one-file rules and the rules between files on the rest (check-file.ts, partialValue;
 * rules/table.ts, fileRuleProblems). Over the bundled initiatives: break each field in turn, and
 * every problem then told about another field must be one the intact file has too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContextNow, checkFile } from '../../src/lib/validate/check-file';
import type { Problem } from '../../src/lib/problems';
import { ROOT } from '../helpers/fixtures';

const ctx = checkContextNow();
const said = (p: Problem) => `${p.field}: ${p.message}`;
const top = (p: Problem) => /^[^.[]*/.exec(p.field)![0];
const FOLDER = { initiative: 'initiatives', organisation: 'organisations' } as const;
const checked = (id: string, value: unknown, kind: keyof typeof FOLDER = 'initiative') =>
  checkFile(kind, { path: `data/${FOLDER[kind]}/${id}.yaml`, content: dump(value, { lineWidth: -1 }) }, ctx);
const check = (id: string, value: unknown, kind: keyof typeof FOLDER = 'initiative') => checked(id, value, kind).problems;

describe('a file with an error in one field', () => {
  it('is told the one-file rules on the rest in the same run (a year order next to a wrong address)', () => {
    const value = {
      name: 'Proef',
      kind: 'pps',
      status: 'active',
      summary: 'Een initiatief om de controle in één ronde te proberen.',
      scope: 'national',
      start_year: 2020,
      end_year: 2018,
      website: 'geen-adres',
      sources: [{ title: 'Bron' }],
    };
    const fields = check('proef', value).map((p) => p.field);
    expect(fields).toContain('website');
    expect(fields).toContain('end_year');
  });

  it.each(['initiative', 'organisation'] as const)(
    'is told nothing about its other fields that the intact file is not told (every bundled %s, every field broken in turn)',
    (kind) => {
      const dir = join(ROOT, 'data', FOLDER[kind]);
      const files = readdirSync(dir).sort();
      let runs = 0;
      let partial = 0;
      for (const f of files) {
        const id = f.slice(0, -'.yaml'.length);
        const value = load(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
        const intact = new Set(check(id, value, kind).map(said));
        for (const key of Object.keys(value)) {
          // A value no field accepts: every field of the schema is a string, number, list or object of its own kind.
          const result = checked(id, { ...value, [key]: [[[]]] }, kind);
          const others = result.problems.filter((p) => top(p) !== key && p.field !== '');
          if (result.partial) partial++;
          runs++;
          expect(others.filter((p) => !intact.has(said(p))).map(said), `${f}, ${key} broken`).toEqual([]);
        }
      }
      expect(runs).toBeGreaterThan(files.length * 3);
      // Many broken files still hold without the broken field (not a required one), so the rules did run on the rest.
      expect(partial).toBeGreaterThan(runs / 4);
    },
  );
});
