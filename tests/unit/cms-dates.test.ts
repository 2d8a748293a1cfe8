import { describe, expect, it } from 'vitest';
import { CMS_DATE_PATTERN, dateRewrites, isoDate } from '../../src/lib/cms/dates';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';

describe('dates typed in the CMS', () => {
  it('accepts the stored form and the Dutch way, nothing else', () => {
    const re = new RegExp(CMS_DATE_PATTERN);
    for (const ok of ['2026-12-05', '5-12-2026', '05-12-2026', '5/12/2026', '5.12.2026']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['5 december 2026', '12-2026', '2026-12-5', '5-12-26']) expect(re.test(bad), bad).toBe(false);
  });

  it('writes a Dutch date in the stored form, day and month padded', () => {
    expect(isoDate('5-12-2026')).toBe('2026-12-05');
    expect(isoDate('15/3/2025')).toBe('2025-03-15');
    expect(isoDate('2026-12-05')).toBe('2026-12-05');
    expect(isoDate(' 2026-12-05 ')).toBe('2026-12-05');
    expect(isoDate('morgen')).toBe('morgen');
  });

  it('finds the Dutch dates of an entry through the schema, nested ones included, and leaves other text alone', () => {
    const schema = ENTITY_SCHEMAS.initiative;
    const entry = {
      name: 'Naam 1-2-2026', // not a date field: untouched
      last_verified: '5-12-2026',
      sources: [
        { url: 'https://www.voorbeeld.nl/', consulted: '1-2-2026' },
        { title: 'Verslag', consulted: '2026-02-01' },
      ],
    };
    expect(dateRewrites(entry, schema, schema)).toEqual([
      [['last_verified'], '2026-12-05'],
      [['sources', 0, 'consulted'], '2026-02-01'],
    ]);
  });
});
