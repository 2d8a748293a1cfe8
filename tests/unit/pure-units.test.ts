import { describe, expect, it } from 'vitest';
import { exportGeoJson } from '../../src/lib/export/json';
import { countByRegion, figureSummaries, startsPerYear } from '../../src/lib/stats';
import { paths, withBase } from '../../src/lib/urls';
import type { InitiativeRecord, ValidatedDataset } from '../../src/lib/validate/validate-dataset';

const rec = (id: string, data: Partial<InitiativeRecord['data']>, regions: string[] = []): InitiativeRecord => ({
  id,
  file: '',
  derived: { locations: regions.map((r) => ({ regions: { provincie: r } })) },
  data: { name: id, kind: 'pps', status: 'active', summary: 'x'.repeat(20), sources: [{ title: 'bron' }], ...data },
});

describe('links under a base path', () => {
  it('joins base and path with one slash, at the root and under a sub-folder', () => {
    expect(withBase('/', paths.initiative('cew'))).toBe('/initiatieven/cew/');
    expect(withBase('/atlas/', paths.region('zeeland'))).toBe('/atlas/regio/zeeland/');
    expect(withBase('/atlas', '/')).toBe('/atlas/');
    expect(withBase('/atlas/', paths.preview())).toBe('/atlas/voorbeeld/atlas.png');
  });
});

describe('figures', () => {
  it('counts an initiative in every region it has a location in, most first, ties by name', () => {
    const items = [rec('a', {}, ['zeeland', 'utrecht']), rec('b', {}, ['zeeland', 'zeeland']), rec('c', {}, [])];
    const regions = [
      { id: 'utrecht', name: 'Utrecht' },
      { id: 'zeeland', name: 'Zeeland' },
      { id: 'drenthe', name: 'Drenthe' },
    ];
    expect(countByRegion(items, 'provincie', regions)).toEqual([
      { key: 'zeeland', label: 'Zeeland', count: 2 },
      { key: 'utrecht', label: 'Utrecht', count: 1 },
      { key: 'drenthe', label: 'Drenthe', count: 0 },
    ]);
  });

  it('takes each initiative’s most recent figure for the average and the median', () => {
    const items = [
      rec('a', {
        figures: [
          { measure: 'companies', value: 10, year: 2020, source: 'x' },
          { measure: 'companies', value: 40, year: 2023, source: 'x' },
        ] as never,
      }),
      rec('b', { figures: [{ measure: 'companies', value: 20, year: 2022, source: 'x' }] as never }),
      rec('c', {}),
    ];
    const companies = figureSummaries(items).find((f) => f.measure === 'companies')!;
    expect(companies).toMatchObject({ initiatives: 2, average: 30, median: 30, years: [2022, 2023] });
  });

  it('fills the years without starts and counts the unknown ones', () => {
    const { rows, unknown } = startsPerYear([rec('a', { start_year: 2010 }), rec('b', { start_year: 2012 }), rec('c', {})]);
    expect(rows.map((r) => [r.year, r.started, r.cumulative])).toEqual([
      [2010, 1, 1],
      [2011, 0, 1],
      [2012, 1, 2],
    ]);
    expect(unknown).toBe(1);
  });
});

describe('GeoJSON export', () => {
  it('has one point per location with its facts and an absolute page address', () => {
    const d = {
      initiatives: [
        rec(
          'a',
          {
            locations: [
              { place: 'Goes', latitude: 51.5, longitude: 3.89 },
              { place: 'Vlissingen', latitude: 51.44, longitude: 3.57, precision: 'area' },
            ],
          },
          ['zeeland', 'zeeland'],
        ),
      ],
      regionSets: [{ id: 'provincie', name: 'Provincie', regions: [{ id: 'zeeland', name: 'Zeeland' }] }],
    } as unknown as ValidatedDataset;
    const fc = exportGeoJson(d, 'https://atlas.example/sub/', { title: 'Atlas', modified: '2026-01-15', publisher: 'Uitgever' });
    expect(fc).toMatchObject({
      title: 'Atlas: locaties van initiatieven',
      modified: '2026-01-15',
      publisher: 'Uitgever',
      source: 'https://atlas.example/sub/data/',
    });
    expect(fc.licence.url).toContain('publicdomain/zero/1.0');
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]!.geometry.coordinates).toEqual([3.89, 51.5]);
    expect(fc.features[1]!.properties).toMatchObject({
      id: 'a',
      place: 'Vlissingen',
      precision: 'area',
      precision_label: 'Midden van het gebied',
      regions: { provincie: 'zeeland' },
      region_names: { provincie: 'Zeeland' },
      url: 'https://atlas.example/sub/initiatieven/a/',
    });
    // Each code with its Dutch word beside it.
    expect(fc.features[0]!.properties).toMatchObject({
      kind: 'pps',
      kind_label: 'Publiek-private samenwerking (PPS)',
      status_label: 'Actief',
      status_source_date: null,
    });
    const dated = exportGeoJson(
      {
        ...d,
        initiatives: [
          { ...d.initiatives[0]!, data: { ...d.initiatives[0]!.data, status_source: { url: 'https://a.nl/', published: '2017-03' } } },
        ],
      },
      'https://atlas.example/',
      { title: 'Atlas', modified: '2026-01-15', publisher: 'Uitgever' },
    );
    expect(dated.features[0]!.properties).toMatchObject({ status_label: 'Actief', status_source_date: '2017-03' });
  });
});
