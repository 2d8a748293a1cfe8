import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFields } from '../../src/lib/schema/docs';
import { ENTITY_SCHEMAS, vocabulary } from '../../src/lib/schema/schemas';
import { ROOT } from '../helpers/fixtures';

const readme = readFileSync(join(ROOT, 'data', 'README.md'), 'utf8');
/** The commented YAML example under a heading of data/README.md. */
const example = (heading: string) => {
  const at = readme.indexOf(`## ${heading}`);
  return /```yaml\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
};

describe('data/README.md matches the schema', () => {
  for (const [kind, heading] of [
    ['initiative', 'Initiatief'],
    ['organisation', 'Organisatie'],
  ] as const) {
    it(`the ${heading} example has every field of the schema, and no others`, () => {
      const text = example(heading);
      const keys = [...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
      expect(keys).toEqual(Object.keys(ENTITY_SCHEMAS[kind].properties!));
    });
  }

  it('lists the kinds of initiative and organisation by their codes', () => {
    for (const v of vocabulary('initiative_kind').values) expect(example('Initiatief')).toContain(v);
    for (const v of vocabulary('organisation_kind').values) expect(example('Organisatie')).toContain(v);
  });
});

describe('the schema documentation', () => {
  it('documents every field with a Dutch label, a description and nested fields', () => {
    const fields = documentFields('initiative');
    expect(fields.filter((f) => f.depth === 0).map((f) => f.path)).toEqual(Object.keys(ENTITY_SCHEMAS.initiative.properties!));
    expect(fields.every((f) => f.label && f.description)).toBe(true);
    expect(fields.find((f) => f.path === 'partners[].role')?.values?.map((v) => v.value)).toEqual(vocabulary('partner_role').values);
    expect(fields.find((f) => f.path === 'kind')).toMatchObject({ required: true, type: 'keuze uit een lijst', example: 'civ' });
  });
});
