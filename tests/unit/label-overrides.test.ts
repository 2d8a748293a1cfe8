import { afterAll, describe, expect, it } from 'vitest';
import vocabulariesJson from '../../schemas/vocabularies.schema.json';
import { applyLabelOverrides, VOCABULARIES_SCHEMA, vocabulary } from '../../src/lib/schema/schemas';

describe('a fork relabels a vocabulary', () => {
  const original = vocabulary('initiative_kind').labels.pps!;
  afterAll(() => applyLabelOverrides({ initiative_kind: { pps: original } }));

  it('sees its words through vocabulary() and the published schema, while the imported JSON stays as it is', () => {
    applyLabelOverrides({ initiative_kind: { pps: 'Zorgsamenwerking' } });
    expect(vocabulary('initiative_kind').labels.pps).toBe('Zorgsamenwerking');
    expect(VOCABULARIES_SCHEMA.$defs?.initiative_kind?.['x-enum-labels']?.pps).toBe('Zorgsamenwerking');
    expect(vocabulariesJson.$defs.initiative_kind['x-enum-labels'].pps).toBe(original);
  });

  it('refuses an unknown vocabulary or value by name', () => {
    expect(() => applyLabelOverrides({ soorten: { pps: 'x' } })).toThrow("vocabularyLabels: onbekende vocabulaire 'soorten'.");
    expect(() => applyLabelOverrides({ initiative_kind: { ppp: 'x' } })).toThrow(
      "vocabularyLabels.initiative_kind: onbekende waarde 'ppp'",
    );
  });
});
