import { describe, expect, it } from 'vitest';
import { columnsFor, toCsv } from '../../src/lib/export/tables';
import { renderMarkdown } from '../../src/lib/markdown';
import { neighboursOf } from '../../src/lib/regions/neighbours';
import { collaborators, involvementByOrganisation, relatedInitiatives } from '../../src/lib/relations';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import { completeness, countByVocabulary, startsPerYear } from '../../src/lib/stats';
import { initiativeJsonLd, jsonLdText } from '../../src/lib/structured-data';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { input, readFolder } from '../helpers/fixtures';

const d = validateDataset(input(readFolder('schemas/fixtures/valid/initiatives'), readFolder('schemas/fixtures/valid/organisations')));

describe('CSV export', () => {
  it('has a column for every schema property, plus id and derived regions', () => {
    const cols = columnsFor('initiative', ['provincie']).map((c) => c.name);
    expect(cols).toEqual(['id', ...Object.keys(ENTITY_SCHEMAS.initiative.properties!), 'derived_provincie']);
  });

  it('writes vocabulary lists with ; and structured fields as JSON', () => {
    const csv = toCsv('initiative', d.initiatives, ['provincie']);
    expect(csv.split('\n')[0]).toMatch(/^id,name,short_name/);
    expect(csv).toContain('mbo;hbo');
    expect(csv).toContain('"[{""organisation"":""voorbeeld-bedrijf""');
    expect(csv).toContain(',zeeland');
  });
});

describe('relations', () => {
  it('shows a relation on both initiatives', () => {
    expect(relatedInitiatives('complete', d.initiatives)).toEqual([
      { id: 'minimal', label: 'Werkt samen met', year: 2021, note: 'Gedeelde practoraten' },
    ]);
    expect(relatedInitiatives('minimal', d.initiatives)).toMatchObject([{ id: 'complete', label: 'Werkt samen met' }]);
  });

  it('finds what an organisation leads and joins, and who it works with', () => {
    const inv = involvementByOrganisation(d.initiatives);
    expect(inv.get('voorbeeld-school')?.map((x) => x.role)).toEqual(['lead']);
    const orgs = new Map(d.organisations.map((o) => [o.id, o]));
    expect(collaborators('voorbeeld-school', inv, orgs).map((x) => [x.org.id, x.shared])).toEqual([['voorbeeld-bedrijf', 1]]);
  });
});

describe('statistics', () => {
  it('counts every vocabulary value, zeros included', () => {
    const kinds = countByVocabulary(d.initiatives, 'initiative_kind', (i) => [i.data.kind]);
    expect(kinds.find((k) => k.key === 'civ')?.count).toBe(1);
    expect(kinds.find((k) => k.key === 'cib')?.count).toBe(0);
  });

  it('gives starts per year with a running total and how many have no year', () => {
    expect(startsPerYear(d.initiatives)).toEqual({ rows: [{ year: 2019, started: 1, cumulative: 1 }], unknown: 1 });
  });

  it('measures completeness for every schema field', () => {
    const c = completeness(d.initiatives);
    expect(c.map((x) => x.field)).toEqual(Object.keys(ENTITY_SCHEMAS.initiative.properties!));
    expect(c.find((x) => x.field === 'name')?.percent).toBe(100);
    expect(c.find((x) => x.field === 'figures')?.percent).toBe(50);
  });
});

describe('neighbouring regions', () => {
  it('finds the provinces that share a border', () => {
    const n = neighboursOf(d.regionSets[0]!);
    expect(n.get('zeeland')?.sort()).toEqual(['noord-brabant', 'zuid-holland']);
    expect(n.get('limburg')?.sort()).toEqual(['gelderland', 'noord-brabant']);
  });
});

describe('markdown', () => {
  it('keeps formatting and drops scripts, handlers and non-http links', () => {
    const html = renderMarkdown(
      '**vet** <script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://ok.nl)\n\n# Kop',
    );
    expect(html).toContain('<strong>vet</strong>');
    expect(html).not.toMatch(/script|onerror|javascript:|<img/);
    expect(html).toContain('<a href="https://ok.nl">b</a>');
    expect(html).toContain('<h3>Kop</h3>');
  });
});

describe('structured data', () => {
  it('describes an initiative as a schema.org Project and escapes </script>', () => {
    const orgs = new Map(d.organisations.map((o) => [o.id, o]));
    const ld = initiativeJsonLd(
      d.initiatives.find((i) => i.id === 'complete')!,
      'https://x/i/',
      orgs,
      (id) => `https://x/o/${id}/`,
    );
    expect(ld).toMatchObject({ '@type': 'Project', name: 'Compleet initiatief voor windenergie', foundingDate: '2019' });
    expect((ld.member as unknown[]).length).toBe(2);
    expect(jsonLdText({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});
