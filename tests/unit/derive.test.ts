import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsvNumber, PROGRAM_CSV, SPREADSHEET_CSV } from '../../src/lib/export/csv-dialect';
import { spreadsheetTable } from '../../src/lib/export/spreadsheet-table';
import { columnsFor, toCsv } from '../../src/lib/export/tables';
import { renderMarkdown } from '../../src/lib/markdown';
import { neighboursOf } from '../../src/lib/regions/neighbours';
import { parseRegionFile } from '../../src/lib/regions/region-sets';
import { collaborators, involvementByOrganisation, organisationIdsOf, relatedInitiatives } from '../../src/lib/relations';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import { completeness, countByVocabulary, startsPerYear } from '../../src/lib/stats';
import { initiativeJsonLd, jsonLdText } from '../../src/lib/structured-data';
import { validateDataset, type InitiativeRecord, type OrganisationRecord } from '../../src/lib/validate/validate-dataset';
import { input, readFolder, siteModelOf } from '../helpers/fixtures';

const d = validateDataset(input(readFolder('schemas/fixtures/valid/initiatives'), readFolder('schemas/fixtures/valid/organisations')));

describe('CSV export', () => {
  it('has a column for every schema property, plus id and derived regions', () => {
    const cols = columnsFor('initiative', ['provincie']).map((c) => c.name);
    expect(cols).toEqual([
      'id',
      ...Object.keys(ENTITY_SCHEMAS.initiative.properties!),
      'derived_provincie',
      'derived_status_source_url',
      'derived_status_source_title',
      'derived_status_source_published',
      'derived_status_source_consulted',
      'derived_working_area_regions',
      'derived_working_area_certainty',
      'derived_working_area_note',
      'derived_working_area_source_url',
      'derived_working_area_source_title',
      'derived_working_area_source_published',
      'derived_working_area_source_consulted',
      'derived_verified_source_url',
      'derived_verified_source_title',
      'derived_verified_source_published',
      'derived_verified_source_consulted',
      'derived_place_basis',
    ]);
  });

  it('spells out the working area in its own columns and says how each initiative stands in the provinces', () => {
    const rows = (csv: string) => parse(csv, { bom: true }) as string[][];
    const [header, ...body] = rows(toCsv('initiative', d.initiatives, ['provincie']));
    const wanted = [
      'derived_provincie',
      'derived_working_area_regions',
      'derived_working_area_certainty',
      'derived_working_area_note',
      'derived_working_area_source_url',
      'derived_working_area_source_published',
      'derived_place_basis',
    ];
    const at = wanted.map((name) => header!.indexOf(name));
    expect(at.every((i) => i > 0)).toBe(true);
    const row = (id: string) => at.map((i) => body.find((r) => r[0] === id)![i]);
    // complete.yaml has a point in Zeeland and a working area; minimal.yaml has neither.
    expect(row('complete')).toEqual([
      'zeeland',
      'zeeland',
      'exact',
      'Zeeuws-Vlaanderen en Walcheren',
      // The page of the working area in columns of its own, like a source at the top (a code review).
      'https://www.voorbeeld.nl/werkgebied/',
      '2025-10',
      'map',
    ]);
    expect(row('minimal')).toEqual(['', '', '', '', '', '', 'unknown']);
    // Who checked against what is in the downloads too (issue #23).
    const source = ['verified_by', 'derived_verified_source_url', 'derived_verified_source_title'].map((n) => header!.indexOf(n));
    expect(source.map((i) => body.find((r) => r[0] === 'complete')![i])).toEqual(['editors', 'https://www.voorbeeld.nl/over/', 'Over ons']);
    const fixture = validateDataset(input(readFolder('tests/fixtures/regional/initiatives'), []));
    const basis = rows(toCsv('initiative', fixture.initiatives, ['provincie']))
      .slice(1)
      .map((r) => `${r[0]} ${r.at(-1)}`);
    expect(basis).toEqual([
      'landelijk national',
      'landelijk-met-punt map',
      'nergens unknown',
      'punt-brabant map',
      'punt-en-werkgebied map',
      'werkgebied-brabant working_area',
      'werkgebied-twee working_area',
    ]);
  });

  it('writes vocabulary lists with ; and structured fields as JSON', () => {
    const csv = toCsv('initiative', d.initiatives, ['provincie']);
    expect(csv.split('\r\n')[0]).toMatch(/^\ufeff"id","name","short_name"/);
    expect(csv).toContain('"mbo;hbo"');
    expect(csv).toContain('"[{""organisation"":""voorbeeld-bedrijf""');
    expect(csv).toContain(',"zeeland"');
  });
});

describe('numbers in the two CSV dialects', () => {
  it('writes a decimal comma for spreadsheets, and for programs never exactly three decimals (a Dutch locale reads 5.123 as 5123)', () => {
    expect(formatCsvNumber(52.1, SPREADSHEET_CSV)).toBe('52,1');
    expect(formatCsvNumber(5.123, PROGRAM_CSV)).toBe('5.1230');
    expect(formatCsvNumber(52.1, PROGRAM_CSV)).toBe('52.1000');
    expect(formatCsvNumber(51.44271, PROGRAM_CSV)).toBe('51.44271');
    expect(formatCsvNumber(2019, PROGRAM_CSV)).toBe('2019');
    expect(formatCsvNumber(2019, SPREADSHEET_CSV)).toBe('2019');
  });
});

describe('the organisations for spreadsheets', () => {
  it('derives Dutch headers from the schema titles and shows labels instead of codes, the region by name, the id last', () => {
    const { header, rows } = spreadsheetTable('organisation', d.organisations, d.regionSets);
    expect(header.slice(0, 4)).toEqual([
      'Naam',
      'Korte naam',
      'Eerdere namen',
      ENTITY_SCHEMAS.organisation.properties!.kind!.title ?? 'Soort organisatie',
    ]);
    expect(header).not.toContain('Bronnen'); // a list of blocks stays in the JSON and the CSV for programs
    expect(header).toContain('Provincie');
    expect(header.at(-1)).toBe('Id (organisatie)');
    const school = rows.find((r) => r.at(-1) === 'voorbeeld-school')!;
    expect(school).toContain('Mbo-instelling');
    expect(school).not.toContain('mbo_institution');
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

  it('lists collaborators by shared initiatives, then in Dutch alphabetical order', () => {
    const names: Record<string, string> = { z: 'Zuid', e: 'Éénhoorn', a: 'aap', m: 'Midden' };
    const initiative = (id: string, lead: string, partners: string[]) =>
      ({
        id,
        data: { lead_organisation: lead, partners: partners.map((organisation) => ({ organisation })) },
      }) as unknown as InitiativeRecord;
    const inv = involvementByOrganisation([initiative('een', 'x', ['z', 'e', 'a', 'm']), initiative('twee', 'x', ['m'])]);
    const orgs = new Map(
      ['x', ...Object.keys(names)].map((id) => [id, { id, data: { name: names[id] ?? 'X' } } as unknown as OrganisationRecord]),
    );
    expect(collaborators('x', inv, orgs).map((c) => c.org.data.name)).toEqual(['Midden', 'aap', 'Éénhoorn', 'Zuid']);
  });

  it("takes each initiative's organisations from the site model when it has them", () => {
    const inv = involvementByOrganisation(d.initiatives);
    const orgs = new Map(d.organisations.map((o) => [o.id, o]));
    const model = siteModelOf(d);
    expect([...model.organisationsOf]).toEqual(d.initiatives.map((i) => [i.id, organisationIdsOf(i.data)]));
    // A look-up that says otherwise than the data wins: it is what the function reads.
    const said = new Map(d.initiatives.map((i) => [i.id, ['voorbeeld-school']]));
    const withDataOnly = collaborators('voorbeeld-school', inv, orgs).map((x) => x.org.id);
    expect(withDataOnly).toEqual(['voorbeeld-bedrijf']);
    expect(collaborators('voorbeeld-school', inv, orgs, said)).toEqual([]);
    expect(collaborators('voorbeeld-school', inv, orgs, model.organisationsOf).map((x) => x.org.id)).toEqual(withDataOnly);
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

  it('counts a gap narrower than 1.5 km as touching, also where it lies at the edge of a bounding box', () => {
    // Squares at 52° N whose vertices lie every 0.01° along their edges; 0.01° of longitude is 0.68 km there.
    const square = (west: number, east: number): [number, number][] => {
      const edge = (n: number) => Array.from({ length: n + 1 }, (_, i) => i / n);
      const [s, no] = [52, 52.2];
      return [
        ...edge(20).map((t): [number, number] => [west + (east - west) * t, s]),
        ...edge(20).map((t): [number, number] => [east, s + (no - s) * t]),
        ...edge(20).map((t): [number, number] => [east - (east - west) * t, no]),
        ...edge(20).map((t): [number, number] => [west, no - (no - s) * t]),
      ];
    };
    const feature = (id: string, west: number, east: number) => ({
      type: 'Feature',
      properties: { id, name: id },
      geometry: { type: 'Polygon', coordinates: [square(west, east)] },
    });
    const { set } = parseRegionFile(
      {
        type: 'FeatureCollection',
        region_set: { id: 'test', name: 'test', name_plural: 'tests' },
        // a | 1.0 km | b | 2.7 km | c
        features: [feature('a', 5, 5.2), feature('b', 5.2147, 5.4), feature('c', 5.44, 5.6)],
      },
      'test.geojson',
    );
    const n = neighboursOf(set!);
    expect(n.get('a')).toEqual(['b']);
    expect(n.get('b')).toEqual(['a']);
    expect(n.get('c')).toEqual([]);
  });

  it('finds exactly what measuring every vertex against every other province finds', () => {
    // The way it was done before the per-vertex bounding-box check (issue #15): the reference.
    const set = d.regionSets[0]!;
    const reference = new Map(set.regions.map((r) => [r.id, [] as string[]]));
    const apart = (a: number[], b: number[]) =>
      a[0]! - 0.05 > b[2]! || b[0]! - 0.05 > a[2]! || a[1]! - 0.05 > b[3]! || b[1]! - 0.05 > a[3]!;
    for (const A of set.regions)
      for (const B of set.regions) {
        if (A === B || apart(A.bbox, B.bbox)) continue;
        const rings = A.geometry.type === 'Polygon' ? A.geometry.coordinates : A.geometry.coordinates.flat();
        const pts = rings.flatMap((ring) => ring.filter((_, i) => i % 3 === 0));
        const feature = { type: 'Feature' as const, properties: {}, geometry: B.geometry };
        if (pts.some((pt) => pointToPolygonDistance(pt, feature, { units: 'kilometers' }) <= 1.5)) reference.get(A.id)!.push(B.id);
      }
    const found = neighboursOf(set);
    expect([...found.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [id, ids] of reference) expect([...found.get(id)!].sort(), id).toEqual(ids.sort());
    expect([...found.values()].flat().length).toBeGreaterThan(20);
  });
});

describe('markdown', () => {
  it('keeps formatting and drops scripts, handlers and non-http links', () => {
    const html = renderMarkdown(
      '**vet** <script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://ok.nl)\n\n# Kop',
    );
    expect(html).toContain('<strong>vet</strong>');
    expect(html).not.toMatch(/script|onerror|javascript:|<img/);
    // A contributor's link says so to search engines, and keeps no attribute of its own.
    expect(html).toContain('<a href="https://ok.nl" rel="nofollow ugc">b</a>');
    expect(renderMarkdown('<a href="https://ok.nl" rel="me" onclick="x()">c</a>')).not.toMatch(/rel="me"|onclick/);
    expect(html).toContain('<h3>Kop</h3>');
  });

  it('keeps the words of raw HTML in their paragraph, with no stray empty paragraph, apart and with their line breaks', () => {
    const html = (md: string) => renderMarkdown(md).replace(/ {2,}/g, ' ');
    expect(html('Tekst <form action="https://x.nl"><input name="a">en meer</form> hier\n\nVolgende')).toBe(
      '<p>Tekst en meer hier</p>\n<p>Volgende</p>\n',
    );
    expect(html('a <div>b</div> c')).toBe('<p>a b c</p>\n');
    // A block of HTML keeps its words as a paragraph of their own; an empty one leaves nothing.
    expect(html('<details><summary>Kort</summary>\nLang verhaal\n</details>\n\nDaarna')).toBe(
      '<p>Kort \nLang verhaal</p>\n<p>Daarna</p>\n',
    );
    expect(html('<style>p{}</style>\n\nTekst')).toBe('<p>Tekst</p>\n');
    expect(html('1 < 2 en <b>vet</b> & zo')).toBe('<p>1 &lt; 2 en vet &amp; zo</p>\n');
    // Words never run together where a tag stood, and a typed line break stays one (a code review).
    expect(html('Regel een<br>regel twee')).toBe('<p>Regel een<br />regel twee</p>\n');
    expect(html('<ul><li>een</li><li>twee</li></ul>')).toBe('<p>een twee</p>\n');
    expect(html('<p>A</p><p>B</p>')).toBe('<p>A B</p>\n');
    // What a script or style holds is no text, inline as in a block.
    expect(html('Tekst <script>alert(1)</script> meer')).toBe('<p>Tekst meer</p>\n');
    expect(html('x <style>p{color:red}</style> y')).toBe('<p>x y</p>\n');
    expect(html('Na <script>a()</script> en <b>vet</b>')).toBe('<p>Na en vet</p>\n');
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
    expect(ld).toMatchObject({ '@type': 'Project', name: 'Compleet initiatief voor windenergie' });
    // Its start year is approximate ("c. 2019"): no founding date a machine would read as stated.
    expect(ld.foundingDate).toBeUndefined();
    const exact = {
      ...d.initiatives.find((i) => i.id === 'complete')!,
      data: { ...d.initiatives.find((i) => i.id === 'complete')!.data, start_year_certainty: 'exact' as const },
    };
    expect(initiativeJsonLd(exact, 'https://x/i/', orgs, (id) => `https://x/o/${id}/`).foundingDate).toBe('2019');
    expect((ld.member as unknown[]).length).toBe(2);
    expect(jsonLdText({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});
