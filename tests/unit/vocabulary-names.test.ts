/**
 * Vocabulary names are a type generated from schemas/vocabularies.schema.json (VocabularyName in
 * types.generated.ts), so a misspelt name fails `tsc` (npm run check:types) before any build.
 * The `@ts-expect-error` lines below are the proof: if the names were plain strings again, the
 * type check would report those directives as unused.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import vocabulariesJson from '../../schemas/vocabularies.schema.json';
import { label, labels, presentValues } from '../../src/lib/labels';
import { vocabulary, vocabularyOfRef, type VocabularyName } from '../../src/lib/schema/schemas';
import type { Vocabularies } from '../../src/lib/schema/types.generated';

type Defs = (typeof vocabulariesJson)['$defs'];
/** The $defs of the JSON file that are vocabularies (have an enum), as the JSON import types them. */
type EnumDefs = { [K in keyof Defs]: Defs[K] extends { enum: readonly string[] } ? K : never }[keyof Defs];

const enumNames = Object.entries(vocabulariesJson.$defs as Record<string, { enum?: string[] }>)
  .filter(([, d]) => d.enum)
  .map(([n]) => n);

describe('vocabulary names', () => {
  it('are exactly the vocabularies of the schema file, as a type', () => {
    expectTypeOf<VocabularyName>().toEqualTypeOf<EnumDefs>();
    expect(enumNames.length).toBeGreaterThan(10);
    for (const name of enumNames) expect(vocabulary(name as VocabularyName).values).toEqual(vocabulariesJson.$defs[name as EnumDefs].enum);
  });

  it('carry the values of each vocabulary', () => {
    expectTypeOf<Vocabularies['status']>().toEqualTypeOf<'active' | 'in_development' | 'ended' | 'merged' | 'unknown'>();
    expect(vocabulary('status').values).toEqual(['active', 'in_development', 'ended', 'merged', 'unknown']);
  });

  it('refuse a misspelt name in the type check, and at run time', () => {
    // @ts-expect-error 'soort' is no vocabulary name
    expect(() => vocabulary('soort')).toThrow('Unknown vocabulary: soort');
    // @ts-expect-error 'typo' is no vocabulary name
    expect(() => label('typo', 'x')).toThrow('Unknown vocabulary: typo');
    // @ts-expect-error 'sectors' is no vocabulary name
    expect(() => labels('sectors', ['water'])).toThrow('Unknown vocabulary: sectors');
    // @ts-expect-error 'levels' is no vocabulary name
    expect(() => presentValues('levels', [])).toThrow('Unknown vocabulary: levels');
  });

  it('are found from a schema $ref where code reads a field at run time', () => {
    expect(vocabularyOfRef('vocabularies.schema.json#/$defs/sector')).toBe('sector');
    expect(vocabularyOfRef('vocabularies.schema.json#/$defs/id')).toBeUndefined();
    expect(vocabularyOfRef('vocabularies.schema.json#/$defs/nope')).toBeUndefined();
    expect(vocabularyOfRef(undefined)).toBeUndefined();
  });
});
