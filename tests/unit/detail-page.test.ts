import { describe, expect, it } from 'vitest';
import { lifecycleNotice } from '../../src/lib/lifecycle';
import { completeness } from '../../src/lib/stats';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import type { InitiativeRecord } from '../../src/lib/validate/validate-dataset';

const rec = (id: string, data: Partial<InitiativeRecord['data']>): InitiativeRecord => ({
  id,
  file: '',
  derived: { locations: [] },
  data: { name: id, kind: 'pps', status: 'active', summary: 'x'.repeat(20), sources: [{ title: 'bron' }], ...data },
});

describe('merged or ended initiatives', () => {
  it('names the initiative it merged into, with the year', () => {
    const old = rec('oud', { status: 'merged', relations: [{ type: 'merged_into', initiative: 'nieuw', year: 2021 }] });
    expect(lifecycleNotice(old, [])).toEqual({ kind: 'merged', year: 2021, successor: 'nieuw' });
  });

  it('finds a successor that names the ended one, and says nothing for a running initiative', () => {
    const ended = rec('oud', { status: 'ended', end_year: 2019 });
    const next = rec('vervolg', { relations: [{ type: 'successor_of', initiative: 'oud' }] });
    expect(lifecycleNotice(ended, [next])).toEqual({ kind: 'ended', year: 2019, successor: 'vervolg' });
    expect(lifecycleNotice(rec('actief', {}), [next])).toBeUndefined();
    expect(lifecycleNotice(rec('zonder', { status: 'ended' }), [])).toEqual({ kind: 'ended' });
  });
});

describe('completeness per field', () => {
  it('names every field in Dutch, also fields that point at a vocabulary', () => {
    const keys = Object.keys(ENTITY_SCHEMAS.initiative.properties ?? {});
    const labels = completeness([rec('a', {})]).map((c) => c.label);
    expect(labels).toHaveLength(keys.length);
    for (const l of labels) expect(keys, l).not.toContain(l);
    expect(labels).toContain('Soort samenwerking');
  });
});
