import { afterAll, describe, expect, it } from 'vitest';
import vocabulariesJson from '../../schemas/vocabularies.schema.json';
import { applyLabelOverrides, labelledVocabularies, VOCABULARIES_SCHEMA, vocabulary } from '../../src/lib/schema/schemas';

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

describe('labels are built once, never changed in place', () => {
  const labelOf = (schema: typeof VOCABULARIES_SCHEMA, value: string) => schema.$defs?.status?.['x-enum-labels']?.[value];
  afterAll(() => applyLabelOverrides(undefined));

  it('builds a new frozen set from the file and the overrides alone', () => {
    const own = labelledVocabularies({ status: { active: 'Loopt' } });
    expect(labelOf(own, 'active')).toBe('Loopt');
    expect(Object.isFrozen(own.$defs!.status!['x-enum-labels'])).toBe(true);
    // Building one is not using it: the labels in use are unchanged.
    expect(vocabulary('status').labels.active).toBe(vocabulariesJson.$defs.status['x-enum-labels'].active);
    expect(labelOf(labelledVocabularies(undefined), 'active')).toBe(vocabulariesJson.$defs.status['x-enum-labels'].active);
  });

  it('leaves every object handed out before a relabelling as it was', () => {
    const before = VOCABULARIES_SCHEMA;
    const word = labelOf(before, 'active');
    applyLabelOverrides({ status: { active: 'Loopt' } });
    expect(labelOf(VOCABULARIES_SCHEMA, 'active')).toBe('Loopt');
    expect(labelOf(before, 'active')).toBe(word);
  });
});
