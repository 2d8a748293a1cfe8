import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import { orderBySchema, toCanonicalYaml } from '../../src/lib/yaml/canonical';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { ROOT } from '../helpers/fixtures';

const dataset = await loadDataset(join(ROOT, 'data'));

describe('the real data/', () => {
  it('validates without errors', () => {
    expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('holds the 58 starter initiatives, covering all twelve provinces', () => {
    expect(dataset.initiatives.length).toBeGreaterThanOrEqual(58);
    const provinces = new Set(dataset.initiatives.flatMap((i) => i.derived.locations.map((l) => l.regions.provincie)));
    expect(provinces.size).toBe(12);
  });

  it('every referenced organisation exists and every organisation is referenced', () => {
    const used = new Set(dataset.initiatives.flatMap((i) => [i.data.lead_organisation, ...(i.data.partners ?? []).map((p) => p.organisation)]).filter(Boolean));
    expect(new Set(dataset.organisations.map((o) => o.id))).toEqual(used);
  });

  it('is in canonical form, and formatting changes no value', () => {
    for (const rec of [...dataset.initiatives.map((r) => ['initiative', r] as const), ...dataset.organisations.map((r) => ['organisation', r] as const)]) {
      const [kind, r] = rec;
      const text = readFileSync(join(ROOT, r.file), 'utf8');
      const formatted = formatDataFile(kind, text, r.file);
      expect(formatted.problems).toEqual([]);
      expect(formatted.text, `${r.file} is not canonical`).toBe(text);
    }
  });
});

describe('canonical formatting', () => {
  const schema = ENTITY_SCHEMAS.initiative;
  it('orders keys as the schema lists them and keeps unknown keys, never dropping data', () => {
    const out = toCanonicalYaml({ zz: 1, sources: [{ title: 'B' }], name: 'N', kind: 'pps' }, schema);
    expect(out).toBe('name: N\nkind: pps\nsources:\n  - title: B\nzz: 1\n');
  });

  it('round-trips awkward values unchanged', () => {
    const value = {
      name: 'Colon: and # hash', kind: 'pps', status: 'active', summary: "It's \"quoted\" and ends with a space ",
      description: 'Line one\n\nLine two with trailing newline\n', theme: 'yes', short_name: '007',
      start_year: 2019, sources: [{ title: '2024-01-02' }, { url: 'https://example.org/a?b=c&d=e#f' }],
      notes: 'x'.repeat(200), partners_note: '- not a list', former_names: ['null', 'true', '~', '@at', '`tick`', 'Ønske ✓'],
    };
    const text = toCanonicalYaml(value, schema);
    expect(parseDataFile(text, 't.yaml').value).toEqual(orderBySchema(value, schema, schema));
    expect(toCanonicalYaml(parseDataFile(text, 't.yaml').value, schema)).toBe(text);
  });
});
