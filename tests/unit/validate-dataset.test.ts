import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input } from '../helpers/fixtures';

const org = (id: string, name = id) => file(`data/organisations/${id}.yaml`, `name: ${name}\nkind: company\n`);
const init = (id: string, extra = '', status = 'active') =>
  file(
    `data/initiatives/${id}.yaml`,
    `name: Initiatief ${id}\nkind: pps\nstatus: ${status}\nsummary: Een initiatief voor de tests van de regels.\nscope: national\n${extra}sources:\n  - title: Bron\n`,
  );

describe('cross-file rules', () => {
  it('suggests the nearest organisation id for a typo', () => {
    const r = validateDataset(input([init('aa', 'lead_organisation: scaldaa\n')], [org('scalda')]));
    expect(r.problems).toMatchObject([{ field: 'lead_organisation', hint: expect.stringContaining("'scalda'"), line: 6 }]);
  });

  it('detects a merge cycle and names its members', () => {
    const r = validateDataset(
      input(
        [
          init('aa', 'relations:\n  - type: merged_into\n    initiative: bb\n', 'merged'),
          init('bb', 'relations:\n  - type: merged_into\n    initiative: cc\n', 'merged'),
          init('cc', 'relations:\n  - type: merged_into\n    initiative: aa\n', 'merged'),
        ],
        [],
      ),
    );
    const cycle = r.problems.filter((p) => p.message.includes('Kringverwijzing'));
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message).toContain('aa → bb → cc → aa');
  });

  it('a reference to a file with errors of its own is not reported missing on top (the file exists)', () => {
    const r = validateDataset(
      input(
        [
          init('aa', 'lead_organisation: halve-plek\nrelations:\n  - type: works_with\n    initiative: bb\n'),
          init('bb', 'partners:\n  - organisation: halve-plek\n  - organisation: halve-plek\n'),
        ],
        [file('data/organisations/halve-plek.yaml', 'name: Halve plek\nkind: company\nlatitude: 52.1\n')],
      ),
    );
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.field}`)).toEqual([
      'data/initiatives/bb.yaml partners[1].organisation',
      'data/organisations/halve-plek.yaml longitude',
    ]);
  });

  it('warns when two organisations have the same name (case and accents aside), naming both files', () => {
    const r = validateDataset(input([], [org('cooperatie-licht', 'Coöperatie Licht'), org('cooeperatie-licht', 'cooperatie licht')]));
    expect(r.problems).toMatchObject([
      {
        file: 'data/organisations/cooperatie-licht.yaml',
        field: 'name',
        severity: 'warning',
        message: expect.stringContaining('cooeperatie-licht.yaml'),
      },
    ]);
  });

  it('accepts a merge chain that ends', () => {
    const r = validateDataset(input([init('aa', 'relations:\n  - type: merged_into\n    initiative: bb\n', 'merged'), init('bb')], []));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it("treats '' written by the CMS for a cleared optional field as absent, and '' in a required one as missing", () => {
    const ok = validateDataset(input([init('aa', "website: ''\nshort_name: ''\nphase: ''\n")], []));
    expect(ok.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ok.initiatives[0]!.data).not.toHaveProperty('website');
    const missing = validateDataset(
      input(
        [
          file(
            'data/initiatives/bb.yaml',
            "name: ''\nkind: pps\nstatus: active\nsummary: Een initiatief voor de tests van de regels.\nsources:\n  - title: Bron\n",
          ),
        ],
        [],
      ),
    );
    expect(missing.problems).toMatchObject([{ field: 'name', message: expect.stringContaining('ontbreekt') }]);
  });

  it('derives the province from coordinates, including a point just off the generalised coast', () => {
    const loc = (lat: number, lon: number) => `locations:\n  - place: Xx\n    latitude: ${lat}\n    longitude: ${lon}\n`;
    const r = validateDataset(
      input(
        [
          init('utrecht', loc(52.0907, 5.1214)),
          // Den Helder's harbour lies just outside the generalised Noord-Holland polygon.
          init('kust', loc(52.965, 4.745)),
        ],
        [],
      ),
    );
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const byId = Object.fromEntries(r.initiatives.map((i) => [i.id, i.derived.locations[0]!]));
    expect(byId.utrecht!.regions.provincie).toBe('utrecht');
    expect(byId.kust!.regions.provincie).toBe('noord-holland');
  });

  it('refuses a point in the North Sea more than 5 km from any province', () => {
    const r = validateDataset(input([init('zee', 'locations:\n  - place: Zee\n    latitude: 52.6\n    longitude: 4.0\n')], []));
    expect(r.problems).toMatchObject([{ field: 'locations[0]', message: expect.stringContaining('niet in Nederland') }]);
  });

  it('warns, without failing, when an initiative has no location and no national scope', () => {
    const r = validateDataset(
      input(
        [
          file(
            'data/initiatives/xx.yaml',
            'name: Zonder plek\nkind: pps\nstatus: active\nsummary: Een initiatief voor de tests van de regels.\nsources:\n  - title: Bron\n',
          ),
        ],
        [],
      ),
    );
    expect(r.problems).toMatchObject([{ severity: 'warning', message: expect.stringContaining('geen locatie') }]);
  });

  it('reports every problem of every file in one run', () => {
    const r = validateDataset(
      input(
        [
          init('aa', 'lead_organisation: nope\n'),
          file('data/initiatives/bb.yaml', 'name: B\n'),
          init('cc', 'end_year: 1999\nstart_year: 2005\n'),
        ],
        [],
      ),
    );
    const files = new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect(files).toEqual(new Set(['data/initiatives/aa.yaml', 'data/initiatives/bb.yaml', 'data/initiatives/cc.yaml']));
  });

  it('refuses files with other extensions in a data folder', () => {
    const r = validateDataset(input([file('data/initiatives/aa.yml', 'name: A\n')], []));
    expect(r.problems[0]!.hint).toMatch(/\.yaml/);
  });

  it('refuses a region set whose ids collide with another set', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [5.1, 52],
          [5.1, 52.1],
          [5, 52],
        ],
      ],
    };
    const extra = JSON.stringify({
      type: 'FeatureCollection',
      region_set: { id: 'test', name: 'Test', name_plural: 'Tests' },
      features: [{ type: 'Feature', properties: { id: 'utrecht', name: 'Utrecht' }, geometry: square }],
    });
    const base = input([], []);
    const r = validateDataset({ ...base, regions: [...base.regions, { path: 'data/regions/test.geojson', text: extra }] });
    expect(r.problems.some((p) => p.message.includes("Regio-id 'utrecht'"))).toBe(true);
  });

  it('assigns every region set without code changes', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [5.0, 52.0],
          [5.3, 52.0],
          [5.3, 52.2],
          [5.0, 52.2],
          [5.0, 52.0],
        ],
      ],
    };
    const extra = JSON.stringify({
      type: 'FeatureCollection',
      region_set: { id: 'arbeidsmarktregio', name: 'Arbeidsmarktregio', name_plural: "Arbeidsmarktregio's" },
      features: [{ type: 'Feature', properties: { id: 'amr-midden-utrecht', name: 'Midden-Utrecht' }, geometry: square }],
    });
    const base = input([init('uu', 'locations:\n  - place: Utrecht\n    latitude: 52.0907\n    longitude: 5.1214\n')], []);
    const r = validateDataset({ ...base, regions: [...base.regions, { path: 'data/regions/amr.geojson', text: extra }] });
    expect(r.initiatives[0]!.derived.locations[0]!.regions).toEqual({ provincie: 'utrecht', arbeidsmarktregio: 'amr-midden-utrecht' });
  });
});

describe('a file with errors of its own', () => {
  it('still has its references checked in the same run, so the contributor fixes both at once', () => {
    const r = validateDataset(
      input([init('aa', 'website: geen-adres\nlead_organisation: scaldaa\nunknown_field: x\n')], [org('scalda'), org('hz', 'HZ')]),
    );
    expect([...new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.field))]).toEqual([
      'website',
      'lead_organisation',
      'unknown_field',
    ]);
    expect(r.problems.find((p) => p.field === 'lead_organisation')).toMatchObject({ line: 7, hint: expect.stringContaining("'scalda'") });
    // What holds of it only feeds the checks: the file itself is not in the dataset, but it was checked.
    expect(r.initiatives).toEqual([]);
    expect(r.checked).toEqual({ initiatives: 1, organisations: 2 });
  });

  it('has its references checked when the error is in a required field (a source address, a maintainer review)', () => {
    const r = validateDataset(
      input(
        [
          file(
            'data/initiatives/aa.yaml',
            'name: Initiatief aa\nkind: pps\nstatus: active\nsummary: Een initiatief voor de tests van de regels.\nscope: national\npartners:\n  - organisation: scaldaa\nsources:\n  - url: htps://voorbeeld.nl/\n',
          ),
        ],
        [org('scalda')],
      ),
    );
    expect([...new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.field))]).toEqual([
      'partners[0].organisation',
      'sources[0].url',
    ]);
  });

  it('tells a relation to itself the same way before and after its other error is fixed', () => {
    const self = 'relations:\n  - type: merged_into\n    initiative: aa\n';
    const broken = validateDataset(input([init('aa', `website: geen-adres\n${self}`, 'merged')], []));
    expect(broken.problems.map((p) => p.message).join('\n')).not.toContain('Kringverwijzing');
    const fixed = validateDataset(input([init('aa', self, 'merged')], []));
    expect(fixed.problems.map((p) => p.message).join('\n')).not.toContain('Kringverwijzing');
    expect(fixed.problems.filter((p) => p.field.startsWith('relations')).map((p) => p.message)).toEqual([
      expect.stringContaining('zichzelf'),
    ]);
  });

  it('makes up no problem from a field it leaves out, and says nothing more when the rest fails too', () => {
    // The one-file rules (a certainty needs its year) wait for the file to hold: no follow-on error for start_year.
    const r = validateDataset(
      input([init('aa', 'start_year: twintig\nstart_year_certainty: approximate\nlead_organisation: nergens\n')], []),
    );
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['start_year', 'lead_organisation']);
    // A file whose error is about the whole file, or whose rest still fails (here: no name), is left to its own errors.
    const whole = validateDataset(
      input(
        [
          file(
            'data/initiatives/bb.yaml',
            'kind: pps\nstatus: active\nscope: national\nlead_organisation: nergens\nsources:\n  - title: Bron\n',
          ),
        ],
        [],
      ),
    );
    expect(whole.problems.map((p) => p.field)).not.toContain('lead_organisation');
  });
});
