/**
 * Importing a researched source list (the reference format): the rules that keep it to the
 * facts of the row (issue "The regional ecosystem, mapped").
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import {
  kindFromType,
  leadNames,
  organisationKindFromName,
  planReferenceImport,
  sectorsFromTheme,
  startYearOf,
} from '../../src/lib/import/reference-list';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input } from '../helpers/fixtures';
import type { Initiative } from '../../src/lib/schema/types.generated';

describe('reading the cells', () => {
  it('maps free-text types onto kinds; programmes are never kinds', () => {
    expect(kindFromType('CIV / RIF')).toBe('civ');
    expect(kindFromType('CoE (green higher-education network)')).toBe('coe');
    expect(kindFromType('PPS (care education)')).toBe('pps');
    expect(kindFromType('RIF')).toBe('pps');
    expect(kindFromType('Regional Zorgpact')).toBe('regional_network');
    expect(kindFromType('Regio Deal (regional programme incl. vocational education)')).toBe('regional_network');
  });

  it('splits leads outside brackets and keeps the brackets as aliases', () => {
    expect(leadNames('HAN / Fontys Hogescholen / Hogeschool Rotterdam (jointly)').map((l) => l.name)).toEqual([
      'HAN',
      'Fontys Hogescholen',
      'Hogeschool Rotterdam',
    ]);
    expect(leadNames('Hogeschool van Arnhem en Nijmegen (HAN)')).toEqual([{ name: 'Hogeschool van Arnhem en Nijmegen', aliases: ['HAN'] }]);
    expect(leadNames('Landsdeel Noord (provinces Groningen, Friesland, Drenthe)').map((l) => l.name)).toEqual(['Landsdeel Noord']);
    expect(leadNames('— (five green education institutions)')).toEqual([]);
  });

  it('reads a start year with its certainty, and no year from a grant date', () => {
    expect(startYearOf('2013')).toEqual({ year: 2013, certainty: 'exact' });
    expect(startYearOf("c. 2013 ('3 years' in Nov 2016)")).toMatchObject({ year: 2013, certainty: 'approximate' });
    expect(startYearOf('2011–2012 (plan approved)')).toMatchObject({ year: 2011, certainty: 'approximate' });
    expect(startYearOf('RIF grant Oct 2018 (EUR 2M)')).toEqual({ note: 'RIF grant Oct 2018 (EUR 2M)' });
    expect(startYearOf('—')).toEqual({});
  });

  it('finds sectors the theme names, and none it does not', () => {
    expect(sectorsFromTheme('Hydrogen; offshore')).toEqual(['energie', 'maritiem']);
    expect(sectorsFromTheme('Waterstof')).toEqual(['energie']);
    expect(sectorsFromTheme('Something else entirely')).toEqual([]);
  });

  it('reads an organisation kind from its name only where the name says it', () => {
    expect(organisationKindFromName('Fontys Hogescholen')).toBe('university_of_applied_sciences');
    expect(organisationKindFromName('ROC Friese Poort')).toBe('mbo_institution');
    expect(organisationKindFromName('Gemeente Hilversum')).toBe('government');
    expect(organisationKindFromName('Deltalinqs')).toBe('other');
  });
});

describe('planning an import', () => {
  const base = validateDataset(
    input(
      [
        file(
          'data/initiatives/civ-groen.yaml',
          'name: CIV Groen\nkind: civ\nstatus: active\nsummary: Landelijk centrum voor het groene mbo.\nscope: national\nsources:\n  - title: Bron\n',
        ),
      ],
      [file('data/organisations/han.yaml', 'name: HAN\nkind: university_of_applied_sciences\n')],
    ),
  );
  const places = [
    { name: 'Helmond', latitude: 51.48167, longitude: 5.66111 },
    { name: 'Arnhem', latitude: 51.98, longitude: 5.91111 },
  ];
  const row = (o: Record<string, string>) => ({
    id: '',
    name: '',
    type: '',
    lead: '—',
    partners: '—',
    city_or_area: '—',
    province: '—',
    sector_theme: '—',
    start_year: '—',
    website: '—',
    sources: 'voorbeeld.nl/bron',
    notes: '',
    ...o,
  });
  const rows = [
    row({
      id: 'ace',
      name: 'ACE',
      type: 'CoE',
      lead: 'Hogeschool van Arnhem en Nijmegen (HAN) / Fontys Hogescholen',
      partners: 'Automotive industry; governments',
      city_or_area: 'Helmond (Automotive Campus)',
      province: 'Noord-Brabant†',
      sector_theme: 'Automotive',
      start_year: '2011 (announced)',
    }),
    row({ id: 'gebied', name: 'Gebied', type: 'PPS', city_or_area: 'Rotterdam–Dordrecht (Rijnmond)', province: 'Zuid-Holland' }),
    row({ id: 'verkeerde-provincie', name: 'Verkeerde provincie', type: 'PPS', city_or_area: 'Arnhem', province: 'Limburg' }),
    row({
      id: 'agri',
      name: 'CIV Agri',
      type: 'CIV',
      city_or_area: 'national',
      notes: "Continued from 2020 in CIV Groen (starter record 'civ-groen') (status: merged).",
    }),
  ];
  const plan = planReferenceImport(
    rows,
    { regionSet: base.regionSets[0]!, places, initiatives: base.initiatives, organisations: base.organisations },
    new Map(),
    () => [],
  );
  const data = (id: string) => load(plan.files.find((f) => f.path === `data/initiatives/${id}.yaml`)!.text) as Initiative;

  it('matches an existing lead by its abbreviation, creates the other with its kind said to be derived', () => {
    expect(data('ace').lead_organisation).toBe('han');
    expect(data('ace').partners).toEqual([{ organisation: 'fontys-hogescholen', role: 'co_lead' }]);
    const fontys = load(plan.files.find((f) => f.path === 'data/organisations/fontys-hogescholen.yaml')!.text) as Record<string, string>;
    expect(fontys).toMatchObject({ name: 'Fontys Hogescholen', kind: 'university_of_applied_sciences' });
    expect(fontys.notes).toContain('Soort afgeleid uit de naam');
  });

  it('keeps the partner cell as text and the whole lead cell in notes', () => {
    expect(data('ace').partners_note).toBe('Automotive industry; governments');
    expect(data('ace').notes).toContain('Penvoerder(s) volgens de bron: Hogeschool van Arnhem en Nijmegen (HAN) / Fontys Hogescholen.');
  });

  it('puts a point only where one named place lies in the named province', () => {
    expect(data('ace').locations).toEqual([
      { place: 'Helmond (Automotive Campus)', latitude: 51.4817, longitude: 5.6611, precision: 'place' },
    ]);
    expect(data('gebied').locations).toBeUndefined();
    expect(data('gebied').notes).toContain('Plaats of gebied volgens de bron: Rotterdam–Dordrecht (Rijnmond) (Zuid-Holland).');
    expect(data('verkeerde-provincie').locations).toBeUndefined();
  });

  it('writes a Dutch summary from the fields only', () => {
    expect(data('ace').summary).toBe(
      'Centre of Expertise op het gebied van logistiek en mobiliteit in Helmond, met HAN en Fontys Hogescholen samen als penvoerders.',
    );
    expect(data('gebied').summary).toBe('Publiek-private samenwerking.');
  });

  it('turns a stated merger into status and relation', () => {
    expect(data('agri')).toMatchObject({ status: 'merged', scope: 'national', levels: ['mbo'] });
    expect(data('agri').relations?.[0]).toMatchObject({ type: 'merged_into', initiative: 'civ-groen' });
  });
});
