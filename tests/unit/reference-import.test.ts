/**
 * Importing a researched source list (the reference format) with its Dutch edition: the rules
 * that keep it to the facts of the row (issues "The regional ecosystem, mapped" and #22
 * "Content a reader can rely on", whose fidelity findings each have a test here).
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { startYearOf } from '../../src/lib/import/reference-cells';
import { kindFromType, sectorsFromTheme, statedGrants } from '../../src/lib/import/reference-classification';
import { planReferenceImport } from '../../src/lib/import/reference-list';
import { leadNames, organisationKindFromName } from '../../src/lib/import/reference-organisations';
import { provincesOf } from '../../src/lib/import/reference-places';
import { onlyNames } from '../../src/lib/import/reference-wording';
import { sourceAsEdited, sourceDetailsOf } from '../../src/lib/import/reference-sources';
import { checkEditionEntry, splitSources } from '../../src/lib/import/dutch-edition';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input } from '../helpers/fixtures';
import type { Initiative } from '../../src/lib/schema/types.generated';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import { toCanonicalYaml } from '../../src/lib/yaml/canonical';

describe('reading the cells', () => {
  it('maps free-text types onto kinds; programmes are never kinds', () => {
    expect(kindFromType('CIV / RIF')).toBe('civ');
    expect(kindFromType('CoE (green higher-education network)')).toBe('coe');
    expect(kindFromType('PPS (care education)')).toBe('pps');
    expect(kindFromType('RIF')).toBe('pps');
    expect(kindFromType('Regional Zorgpact')).toBe('regional_network');
    expect(kindFromType('Regio Deal (regional programme incl. vocational education)')).toBe('regional_network');
  });

  it('splits leads outside brackets and keeps a bracketed abbreviation as alias', () => {
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

  it('a start year taken from a report, announcement, grant or plan is not exact (a reader review)', () => {
    expect(startYearOf('2022 (reported May 2022)')).toMatchObject({ year: 2022, certainty: 'approximate' });
    expect(startYearOf('2011 (announced 26 Jan 2011 as one of first pilot centres)')).toMatchObject({ certainty: 'approximate' });
    expect(startYearOf('2023 (RIF award, second round 2023)')).toMatchObject({ certainty: 'approximate' });
    expect(startYearOf('2021 (reported Sep 2021, plan stage)')).toMatchObject({ certainty: 'uncertain' });
    expect(startYearOf('2018 (idea from 2018; opening planned 2022)')).toMatchObject({ certainty: 'uncertain' });
    expect(startYearOf('2018 (planned start 1 Feb 2018)')).toMatchObject({ certainty: 'uncertain' });
    // The start itself, dated: exact, also when a later clause names a plan or an announcement.
    expect(startYearOf('2021 (start reported Feb 2021)')).toMatchObject({ certainty: 'exact' });
    expect(startYearOf('2018 (opened autumn 2018; announced Aug 2017)')).toMatchObject({ certainty: 'exact' });
    // A pledge, a grant before the bracket, a count back from a report: derived too (a second review).
    expect(startYearOf('2015 (commitment 9 Jul 2015); planned operational 1 Aug 2017')).toMatchObject({ certainty: 'approximate' });
    expect(startYearOf('2012 grant (EUR 4M OCW)')).toMatchObject({ certainty: 'approximate' });
    expect(startYearOf("2013 ('started a year ago' in Jul 2014); Mediapact signed Jun 2014")).toMatchObject({ certainty: 'approximate' });
    expect(startYearOf('2014 (official start, March 2014)')).toMatchObject({ certainty: 'exact' });
    expect(startYearOf('2016 (official opening 17 Jun 2016)')).toMatchObject({ certainty: 'exact' });
    expect(startYearOf('2019 (launch summer 2019; RIF grant)')).toMatchObject({ certainty: 'exact' });
  });

  it("a start year the row's notes doubt is uncertain, whatever the cell says", () => {
    const notes =
      'The partner page dates the cooperation from 2016, while a post from November 2015 reports it (start year therefore uncertain).';
    expect(startYearOf('2016 (per partner page)', notes)).toMatchObject({ year: 2016, certainty: 'uncertain' });
    expect(startYearOf('2011–2012 (plan approved)', 'Start year differs by source.')).toMatchObject({ certainty: 'uncertain' });
    expect(startYearOf('2016 (per partner page)')).toMatchObject({ certainty: 'exact' });
    expect(startYearOf('2016', 'Funding is uncertain. Start year stated on the site.')).toMatchObject({ certainty: 'exact' });
  });

  it('keeps the text after a leading "—" of a start year as its note (#22)', () => {
    expect(startYearOf('— (exploration stage)')).toEqual({ note: 'exploration stage' });
    expect(startYearOf('— (RIF grant of EUR 2M; year not stated)')).toEqual({ note: 'RIF grant of EUR 2M; year not stated' });
  });

  it('reads no place in brackets as an alias: only an abbreviation that is not a place (#22)', () => {
    const isPlace = (n: string) => ['Tilburg', 'Ede'].includes(n);
    expect(leadNames('Stichting Prins Heerlijk (Tilburg) / Summa College', isPlace)).toEqual([
      { name: 'Stichting Prins Heerlijk', aliases: [] },
      { name: 'Summa College', aliases: [] },
    ]);
    expect(leadNames('HAN (jointly)')).toEqual([{ name: 'HAN', aliases: [] }]);
    expect(leadNames('Smart Technology Centre (STC-Group)')).toEqual([{ name: 'Smart Technology Centre', aliases: ['STC-Group'] }]);
  });

  it('sees a grant only where the row states one, never in an application (#22)', () => {
    expect(statedGrants('PPS (RIF application)', '— (co-financing declarations signed 21 Jan; year not stated)')).toEqual([]);
    expect(statedGrants('PPS (RIF application)', '— (RIF application plan; date and outcome not stated)')).toEqual([]);
    expect(statedGrants('RIF / PPS', '2021 (programme start 1 Jan 2021; RIF application end 2019; runs to 2024)')).toEqual([
      { scheme: 'rif' },
    ]);
    expect(statedGrants('PPS / RIF', 'RIF grant Oct 2018 (EUR 2M)')).toEqual([{ scheme: 'rif', year: 2018 }]);
    expect(statedGrants('PPS consortium (Nationaal Groeifonds – Katapult application)', 'application submitted 17 Apr 2023')).toEqual([]);
    expect(statedGrants('PPS consortium (Nationaal Groeifonds – Katapult)', 'NGF grant announced 15 Jun 2023 (EUR 9M)')).toEqual([
      { scheme: 'nationaal-groeifonds', year: 2023 },
    ]);
  });

  it('reads provinces as region ids; a marker makes them derived; "national" is no province (#22)', () => {
    const set = {
      id: 'provincie',
      name: 'Provincie',
      name_plural: 'Provincies',
      file: 'x',
      regions: [
        { id: 'fryslan', name: 'Fryslân' },
        { id: 'groningen', name: 'Groningen' },
        { id: 'noord-brabant', name: 'Noord-Brabant' },
      ],
    } as unknown as Parameters<typeof provincesOf>[1];
    expect(provincesOf('Friesland† / Groningen†', set)).toEqual({
      regions: ['fryslan', 'groningen'],
      certainty: 'approximate',
      unknown: [],
    });
    expect(provincesOf("Friesland (source: 'province of Friesland')", set)).toEqual({
      regions: ['fryslan'],
      certainty: 'exact',
      unknown: [],
    });
    expect(provincesOf('Noord-Brabant‡', set)).toMatchObject({ regions: ['noord-brabant'], certainty: 'approximate' });
    expect(provincesOf('national', set)).toBe('national');
    expect(provincesOf('—', set)).toBeUndefined();
    expect(provincesOf('multiple', set)).toEqual({ regions: [], certainty: 'exact', unknown: ['multiple'] });
  });

  it('sees a cell of names only (it reads the same in Dutch) apart from one with English words', () => {
    expect(
      onlyNames('Scalda, HZ University of Applied Sciences, Wageningen University & Research (incl. Wageningen Marine Research)'),
    ).toBe(true);
    expect(onlyNames('Vlaardingen (Groot Vettenoord)')).toBe(true);
    expect(onlyNames('PPS / RIF')).toBe(true);
    expect(onlyNames('Care organisations Vitalis and Sint Annaklooster (practice places)')).toBe(false);
    expect(onlyNames('Regional Zorgpact')).toBe(false);
    expect(onlyNames('Zwolle region')).toBe(false);
  });

  it("reads a list's companion file: title and date per address, '—' and other forms no date", () => {
    const details = sourceDetailsOf([
      { id: 'a', address: 'https://a.nl/x', title: 'Titel A', date: '2023-10-19' },
      { id: 'b', address: 'b.nl/y', title: '—', date: '2018-01' },
      { id: 'c', address: 'c.nl/z', title: 'Titel C', date: '—' },
      { id: 'd', address: 'd.nl/w', title: '—', date: '19 oktober 2023' },
      { id: 'e', address: 'e.nl/v', title: 'Titel E', date: '2023-13' },
      { id: 'f', address: 'f.nl/u', title: '—', date: '2019' },
    ]);
    expect([...details]).toEqual([
      ['a.nl/x', { title: 'Titel A', published: '2023-10-19' }],
      ['b.nl/y', { published: '2018-01' }],
      ['c.nl/z', { title: 'Titel C' }],
      ['e.nl/v', { title: 'Titel E' }],
      ['f.nl/u', { published: '2019' }],
    ]);
  });

  it('splits sources outside brackets only (#22)', () => {
    expect(splitSources('a.nl/x; b.nl/…/ (11 Jul 2023; name in path omitted); c.nl')).toEqual([
      'a.nl/x',
      'b.nl/…/ (11 Jul 2023; name in path omitted)',
      'c.nl',
    ]);
  });

  it('finds sectors the theme names, and none it does not', () => {
    expect(sectorsFromTheme('Hydrogen; offshore')).toEqual(['energie', 'maritiem']);
    expect(sectorsFromTheme('Waterstof')).toEqual(['energie']);
    expect(sectorsFromTheme('Something else entirely')).toEqual([]);
    // Labs and buildings for teaching and research are no building sector; roads and bridges are.
    expect(sectorsFromTheme('Education and research infrastructure; innovation')).toEqual([]);
    expect(sectorsFromTheme('Research infrastructure for water')).toEqual(['water']);
    expect(sectorsFromTheme('Infrastructure and construction')).toEqual(['bouw-infra']);
  });

  it('gives no sector for a word that only hints at one: when unsure, no sector (#22)', () => {
    expect(sectorsFromTheme('Precision technology; space and astronomy instruments')).toEqual(['techniek-maakindustrie']);
    expect(sectorsFromTheme('High Tech Systems & Materials / production technology')).toEqual(['techniek-maakindustrie']);
    expect(sectorsFromTheme('Car damage repair; electric vehicles')).toEqual([]);
    expect(sectorsFromTheme('Automotive')).toEqual([]);
    expect(sectorsFromTheme('Automotive / mobility')).toEqual(['logistiek-mobiliteit']);
    expect(sectorsFromTheme('Technology in care (trainings, lending of materials)')).toEqual(['zorg-welzijn']);
    expect(sectorsFromTheme('Care technology / innovative care')).toEqual(['zorg-welzijn']);
    expect(sectorsFromTheme('Greenhouse horticulture')).toEqual(['tuinbouw']);
    expect(sectorsFromTheme('Water technology, chemistry, food; green transition')).toEqual([
      'agrifood-groen',
      'chemie-materialen',
      'techniek-maakindustrie',
      'water',
    ]);
    expect(sectorsFromTheme('Sustainable chemistry (the source: groene chemie)')).toEqual(['chemie-materialen']);
    expect(sectorsFromTheme('Sport, talent development; hybrid teachers; smart technology skills')).toEqual(['techniek-maakindustrie']);
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
      [
        file('data/organisations/han.yaml', 'name: HAN\nkind: university_of_applied_sciences\n'),
        file('data/organisations/roc-tilburg.yaml', 'name: ROC Tilburg\nkind: mbo_institution\n'),
      ],
    ),
  );
  const places = [
    { name: 'Helmond', latitude: 51.48167, longitude: 5.66111 },
    { name: 'Arnhem', latitude: 51.98, longitude: 5.91111 },
    { name: 'Tilburg', latitude: 51.55551, longitude: 5.0913 },
    { name: 'Eindhoven', latitude: 51.44083, longitude: 5.47778 },
    { name: 'Assen', latitude: 52.99667, longitude: 6.5625 },
    { name: 'Meppel', latitude: 52.69583, longitude: 6.19444 },
    { name: 'Emmen', latitude: 52.77917, longitude: 6.90694 },
    { name: 'Leeuwarden', latitude: 53.20139, longitude: 5.80859 },
    { name: 'Groningen', latitude: 53.21917, longitude: 6.56667 },
    { name: 'Stadskanaal', latitude: 52.98947, longitude: 6.95035 },
    { name: 'Achterhoek', latitude: 52.0, longitude: 6.5, precision: 'area' as const },
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
      sector_theme: 'Automotive / mobility',
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
    row({
      id: 'prins',
      name: 'Prins Heerlijk zorgopleiding Eindhoven',
      type: 'PPS (work-learn care programme)',
      lead: 'Stichting Prins Heerlijk (Tilburg) / Summa College',
      city_or_area: 'Eindhoven',
      province: 'Noord-Brabant†',
    }),
    row({
      id: 'autoschade',
      name: 'Slimme en duurzame mobiliteit',
      type: 'PPS (RIF application)',
      sector_theme: 'Car damage repair; electric vehicles',
      start_year: '— (co-financing declarations signed 21 Jan; year not stated)',
      notes: 'RIF application by Summa Automotive (outcome not in source).',
    }),
    row({ id: 'drenthe', name: 'Practoraat Drenthe', type: 'PPS', city_or_area: 'Assen (also Meppel, Emmen)', province: 'Drenthe†' }),
    row({
      id: 'noord',
      name: 'Zorg Noord',
      type: 'PPS',
      city_or_area: 'Leeuwarden / Noord-Nederland',
      province: 'Friesland†',
      sources: 'a.nl/nieuws; bsc.nl/5-jaar-…-uniek/ (11 Jul 2023; name in path omitted)',
      notes: 'Stopped in 2015. Success factor named: members know each other. Works with CIV Groen.',
    }),
    row({ id: 'verkenning', name: 'Verkenning Zeeland', type: 'PPS', city_or_area: '— (exploration stage)', province: 'Zeeland' }),
    row({ id: 'zonder-editie', name: 'Zonder editie', type: 'PPS' }),
    row({ id: 'dubbel', name: 'CIV Groen (landelijk)', type: 'CIV', sources: 'civgroen.nl/over; voorbeeld.nl/bron' }),
    row({ id: 'verzonnen', name: 'Verzonnen', type: 'PPS', notes: 'Started with partners.' }),
    row({ id: 'verwant', name: 'Verwant', type: 'PPS' }),
    row({ id: 'steden', name: 'Steden', type: 'PPS', city_or_area: 'Stadskanaal, Groningen', province: 'Groningen' }),
    row({ id: 'provincies', name: 'Provincies', type: 'PPS', city_or_area: 'Noordoost-Nederland (Groningen, Drenthe)', province: '—' }),
    row({ id: 'achterhoek', name: 'Achterhoek', type: 'PPS', city_or_area: 'Achterhoek', province: 'Gelderland' }),
  ];
  const edition = new Map<string, unknown>([
    ['ace', { theme: 'Automotive en mobiliteit', partners: 'Automotive-industrie; overheden', start_year: '2011 (aangekondigd)' }],
    ['gebied', { place: 'Rotterdam–Dordrecht (Rijnmond)' }],
    ['verkeerde-provincie', {}],
    ['agri', { notes: 'Vanaf 2020 voortgezet in CIV Groen.' }],
    ['prins', { type: 'PPS (werk-leertraject zorg)', lead: 'Stichting Prins Heerlijk (Tilburg) en Summa College' }],
    [
      'autoschade',
      {
        type: 'PPS (RIF-aanvraag)',
        theme: 'Autoschadeherstel; elektrische voertuigen',
        start_year: 'niet genoemd (cofinancieringsverklaringen getekend op 21 januari; jaar niet genoemd)',
        notes: 'RIF-aanvraag door Summa Automotive (uitkomst niet in de bron).',
      },
    ],
    ['drenthe', {}],
    [
      'noord',
      {
        status: { value: 'ended', year: 2015, note: 'Gestopt in 2015.', source: 'https://a.nl/nieuws' },
        success_factors: [{ theme: 'trust_culture', statement: 'De leden kennen elkaar.', source: 'a.nl/nieuws' }],
        relations: [{ type: 'works_with', initiative: 'civ-groen', note: 'Werkt samen met CIV Groen.' }],
        // The first sentence repeats the relation's note: reported, the second is not.
        notes: 'Werkt samen met  CIV Groen. De leden kennen elkaar al lang.',
      },
    ],
    ['verkenning', { place: 'niet genoemd (verkennende fase)' }],
    ['dubbel', { overlap: { decision: 'same', initiative: 'civ-groen', reason: 'Dezelfde naam en website.' } }],
    ['verzonnen', { notes: 'In 2019 gestart met partners.' }],
    ['steden', {}],
    ['provincies', { place: 'Noordoost-Nederland (Groningen en Drenthe)' }],
    ['achterhoek', {}],
    ['verwant', { overlap: { decision: 'related', initiative: 'civ-groen', reason: `Niet hetzelfde. ${'Lange uitleg '.repeat(25)}.` } }],
  ]);
  const plan = planReferenceImport(
    rows,
    { regionSet: base.regionSets[0]!, places, initiatives: base.initiatives, organisations: base.organisations },
    new Map([['data/initiatives/civ-groen.yaml', toCanonicalYaml(base.initiatives[0]!.data, ENTITY_SCHEMAS.initiative)]]),
    () => [],
    // The companion file's title and date of one address (the other has neither).
    { edition, sourceDetails: sourceDetailsOf([{ id: 'noord', address: 'a.nl/nieuws', title: 'Nieuws', date: '2015-03' }]) },
  );
  const written = (path: string) => plan.files.find((f) => f.path === path);
  const data = (id: string) => load(written(`data/initiatives/${id}.yaml`)!.text) as Initiative;

  it('matches an existing lead by its abbreviation, creates the other with name, kind and only the sentence that the kind is derived (#22)', () => {
    expect(data('ace').lead_organisation).toBe('han');
    expect(data('ace').partners).toEqual([{ organisation: 'fontys-hogescholen', role: 'co_lead' }]);
    const fontys = load(written('data/organisations/fontys-hogescholen.yaml')!.text) as Record<string, string>;
    expect(fontys).toEqual({ name: 'Fontys Hogescholen', kind: 'university_of_applied_sciences', notes: 'Soort afgeleid uit de naam.' });
  });

  it('never takes a place in brackets for the lead: Prins Heerlijk is not led by ROC Tilburg (#22)', () => {
    expect(data('prins').lead_organisation).toBe('stichting-prins-heerlijk');
    expect(data('prins').notes).toContain('Penvoerder(s) volgens de bron: Stichting Prins Heerlijk (Tilburg) en Summa College.');
  });

  it('takes every public text from the Dutch edition, none from the English cells (#22)', () => {
    expect(data('ace').partners_note).toBe('Automotive-industrie; overheden');
    expect(data('ace').theme).toBe('Automotive en mobiliteit');
    expect(data('ace').start_year_note).toBe('2011 (aangekondigd)');
    expect(data('ace').notes).toBe(
      'Soort volgens de bron: CoE. Penvoerder(s) volgens de bron: Hogeschool van Arnhem en Nijmegen en Fontys Hogescholen.',
    );
    expect(data('agri').notes).toBe('Soort volgens de bron: CIV. Vanaf 2020 voortgezet in CIV Groen.');
    // Nothing English reaches a file: no cell without a Dutch wording is copied.
    for (const f of plan.files) expect(f.text).not.toMatch(/\b(announced|industry|governments|exploration|application|stage)\b/);
  });

  it('keeps the text after a leading "—" as the field\'s note, in Dutch (#22)', () => {
    expect(data('autoschade').start_year_note).toBe('niet genoemd (cofinancieringsverklaringen getekend op 21 januari; jaar niet genoemd)');
    expect(data('autoschade').start_year).toBeUndefined();
    expect(data('verkenning').working_area).toEqual({ regions: ['zeeland'], certainty: 'exact', note: 'niet genoemd (verkennende fase)' });
  });

  it('turns a RIF application into no award, and vague sector words into no sector (#22)', () => {
    expect(data('autoschade').funding).toBeUndefined();
    expect(data('autoschade').levels).toBeUndefined();
    expect(data('autoschade').sectors).toBeUndefined();
  });

  it('puts a point only where a named place lies in the named province', () => {
    expect(data('ace').locations).toEqual([
      { place: 'Helmond (Automotive Campus)', latitude: 51.4817, longitude: 5.6611, precision: 'place' },
    ]);
    expect(data('gebied').locations).toBeUndefined();
    expect(data('gebied').working_area).toEqual({ regions: ['zuid-holland'], certainty: 'exact', note: 'Rotterdam–Dordrecht (Rijnmond)' });
    expect(data('verkeerde-provincie').locations).toBeUndefined();
    // A known area (the gazetteer's precision 'area') gets its point as an area, never as a place.
    expect(data('achterhoek').locations).toEqual([{ place: 'Achterhoek', latitude: 52, longitude: 6.5, precision: 'area' }]);
  });

  it('gives every place of a multi-place cell its point, and names no single place in the summary (#22)', () => {
    expect(data('drenthe').locations?.map((l) => l.place)).toEqual(['Assen', 'Meppel', 'Emmen']);
    expect(data('drenthe').summary).toBe('Publiek-private samenwerking in Assen, Meppel en Emmen.');
    expect(data('noord').locations?.map((l) => l.place)).toEqual(['Leeuwarden']);
    expect(data('noord').summary).toBe('Publiek-private samenwerking.');
    expect(data('noord').working_area).toEqual({ regions: ['fryslan'], certainty: 'approximate', note: 'Leeuwarden / Noord-Nederland' });
    // A province's name among places is the city; a list of provinces names no city.
    expect(data('steden').locations?.map((l) => l.place)).toEqual(['Stadskanaal', 'Groningen']);
    expect(data('steden').summary).toBe('Publiek-private samenwerking in Stadskanaal en Groningen.');
    expect(data('provincies').locations).toBeUndefined();
    expect(data('provincies').working_area).toBeUndefined();
    expect(data('provincies').notes).toContain('Plaats of gebied volgens de bron: Noordoost-Nederland (Groningen en Drenthe).');
  });

  it('gives the working area from the province column; national is a scope, not a province (#22)', () => {
    expect(data('ace').working_area).toEqual({ regions: ['noord-brabant'], certainty: 'approximate' });
    expect(data('agri').working_area).toBeUndefined();
    expect(data('agri').scope).toBe('national');
  });

  it('writes a Dutch summary from the fields only', () => {
    expect(data('ace').summary).toBe(
      'Centre of Expertise op het gebied van logistiek en mobiliteit in Helmond, met HAN en Fontys Hogescholen samen als penvoerders.',
    );
    expect(data('gebied').summary).toBe('Publiek-private samenwerking.');
  });

  it('splits sources outside brackets, and words the remark on a source in Dutch (#22)', () => {
    expect(data('noord').sources).toEqual([
      { url: 'https://a.nl/nieuws', title: 'Nieuws', published: '2015-03' },
      { title: 'bsc.nl/5-jaar-…-uniek/ (11 juli 2023; naam van een persoon in het adres weggelaten)' },
    ]);
  });

  it("takes status, statements and relations from the edition, each citing the row's own source (#22)", () => {
    expect(data('noord')).toMatchObject({ status: 'ended', end_year: 2015 });
    // The status cites its source with the date that source bears, so a reader sees how old it is.
    expect(data('noord').status_source).toEqual({ url: 'https://a.nl/nieuws', title: 'Nieuws', published: '2015-03' });
    expect(data('gebied').status_source).toBeUndefined();
    // What the source says of the status stands beside the status, not a second time in the notes.
    expect(data('noord').status_note).toBe('Gestopt in 2015.');
    expect(data('noord').notes).not.toContain('Gestopt in 2015.');
    expect(data('noord').success_factors).toEqual([
      {
        theme: 'trust_culture',
        statement: 'De leden kennen elkaar.',
        source: { url: 'https://a.nl/nieuws', title: 'Nieuws', published: '2015-03' },
      },
    ]);
    expect(data('noord').relations).toEqual([{ type: 'works_with', initiative: 'civ-groen', note: 'Werkt samen met CIV Groen.' }]);
    expect(data('gebied').status).toBe('unknown');
  });

  it("reports a sentence of the edition's notes that a relation's or the status's note already says, and keeps it", () => {
    const repeats = plan.problems.filter((p) => p.field === 'notes' && p.message.includes('twee keer'));
    expect(repeats).toEqual([
      expect.objectContaining({
        file: expect.stringContaining('(noord)'),
        severity: 'warning',
        message: expect.stringMatching(
          /^De opmerking "Werkt samen met CIV Groen\." staat al in de toelichting bij de relatie met civ-groen/,
        ),
      }),
    ]);
    // Which of the two places keeps it is the editors' choice: the importer changes nothing.
    expect(data('noord').notes).toContain('Werkt samen met CIV Groen. De leden kennen elkaar al lang.');
  });

  it('turns a stated merger into status and relation', () => {
    expect(data('agri')).toMatchObject({ status: 'merged', scope: 'national', levels: ['mbo'] });
    expect(data('agri').relations?.[0]).toMatchObject({ type: 'merged_into', initiative: 'civ-groen' });
  });

  it('writes no row that the edition lacks or that adds a figure, and says which and why', () => {
    expect(written('data/initiatives/zonder-editie.yaml')).toBeUndefined();
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        file: 'rij 11 (zonder-editie)',
        severity: 'error',
        message: expect.stringContaining('Nederlandse editie'),
      }),
    );
    expect(written('data/initiatives/verzonnen.yaml')).toBeUndefined();
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ file: 'rij 13 (verzonnen)', field: 'Nederlandse editie: notes', message: expect.stringContaining('2019') }),
    );
    expect(plan.counts).toMatchObject({ rows: 16, skipped: 2, merged: 1 });
  });

  it('imports no row whose file the editors merged into another (its former_ids): the merge stays done', () => {
    const merged = { ...base.initiatives[0]!, data: { ...base.initiatives[0]!.data, former_ids: ['gebied'] } };
    const again = planReferenceImport(
      rows.filter((r) => r.id === 'gebied'),
      { regionSet: base.regionSets[0]!, places, initiatives: [merged], organisations: base.organisations },
      new Map(),
      () => [],
      { edition: new Map([['gebied', edition.get('gebied')]]) },
    );
    expect(again.files.filter((f) => f.path.startsWith('data/initiatives/'))).toEqual([]);
    expect(again.problems).toEqual([
      expect.objectContaining({ field: 'id', severity: 'warning', message: expect.stringMatching(/^Deze rij is opgegaan in civ-groen/) }),
    ]);
  });

  it('says so when a row now places an initiative whose working area the editors found on a page of its own', () => {
    const found = {
      name: 'Gebied',
      kind: 'pps',
      status: 'unknown',
      summary: 'Een samenwerking.',
      working_area: { regions: ['utrecht'], certainty: 'exact', note: 'In Utrecht', source: { url: 'https://later.nl/pagina' } },
      sources: [{ url: 'https://a.nl/' }],
    };
    const again = planReferenceImport(
      rows.filter((r) => r.id === 'gebied'),
      { regionSet: base.regionSets[0]!, places, initiatives: base.initiatives, organisations: base.organisations },
      new Map([['data/initiatives/gebied.yaml', toCanonicalYaml(found, ENTITY_SCHEMAS.initiative)]]),
      () => [],
      { edition: new Map([['gebied', edition.get('gebied')]]) },
    );
    const area = (load(again.files.find((f) => f.path === 'data/initiatives/gebied.yaml')!.text) as Initiative).working_area;
    expect(area).toEqual({ regions: ['zuid-holland'], certainty: 'exact', note: 'Rotterdam–Dordrecht (Rijnmond)' });
    expect(again.problems).toContainEqual(
      expect.objectContaining({ field: 'working_area', severity: 'warning', message: expect.stringContaining('https://later.nl/pagina') }),
    );
  });

  it('writes no relation for an overlap the editors found to be another initiative: its whole reason goes to the notes', () => {
    // "Werkt samen met" would be a claim no source makes (import review: "De bron legt geen verband").
    expect(data('verwant').relations).toBeUndefined();
    expect(data('verwant').notes).toBe(
      `Soort volgens de bron: PPS. Niet hetzelfde initiatief als CIV Groen. Niet hetzelfde. ${'Lange uitleg '.repeat(25)}.`,
    );
  });

  it('merges a row the edition calls the same initiative into that file: its name and new sources, no second file', () => {
    expect(written('data/initiatives/dubbel.yaml')).toBeUndefined();
    const civGroen = load(written('data/initiatives/civ-groen.yaml')!.text) as Initiative;
    expect(civGroen.former_names).toEqual(['CIV Groen (landelijk)']);
    expect(civGroen.sources).toEqual([{ title: 'Bron' }, { url: 'https://civgroen.nl/over' }, { url: 'https://voorbeeld.nl/bron' }]);
    expect(plan.notices).toEqual([expect.stringContaining('rij 12 (dubbel): hetzelfde initiatief als civ-groen')]);
  });
});

describe('checking a Dutch edition entry against its row', () => {
  const row = { id: 'x', sources: 'a.nl/p; b.nl/q', notes: 'EUR 1,500,000 in 2019; 12 partners.' };
  const ids = new Set(['bestaat']);
  const check = (entry: unknown) => checkEditionEntry(entry, row, ids).map((p) => `${p.field}: ${p.message}`);

  it('accepts a sound entry: figures of the row (also with separators), its sources with or without https://', () => {
    expect(
      check({
        notes: '1.500.000 euro in 2019; 12 partners.',
        challenges: [{ theme: 'continuity', statement: 'Geld na 2019 is onzeker.', source: 'https://b.nl/q' }],
        relations: [{ type: 'works_with', initiative: 'bestaat' }],
      }),
    ).toEqual([]);
  });

  it('names every fault with its field', () => {
    const faults = check({
      titel: 'x',
      notes: 'Gestart in 2018 met 300 leerlingen.',
      status: { value: 'stopped', source: 'c.nl/r' },
      success_factors: [{ theme: 'money', statement: 'Kort', source: 'a.nl/p' }],
      relations: [{ type: 'works_with', initiative: 'bestaat-niet' }],
      overlap: { decision: 'maybe', initiative: 'bestaat' },
      place: 'Tilburg †',
    });
    expect(faults).toEqual([
      expect.stringMatching(/^titel: Onbekend veld/),
      expect.stringMatching(/^status\.value: /),
      expect.stringMatching(/^status\.source: De bron 'c\.nl\/r' staat niet/),
      expect.stringMatching(/^success_factors\[0\]\.theme: /),
      expect.stringMatching(/^success_factors\[0\]\.statement: Een uitspraak is 10 tot 300 tekens/),
      expect.stringMatching(/^relations\[0\]\.initiative: 'bestaat-niet'/),
      expect.stringMatching(/^overlap\.decision: /),
      expect.stringMatching(/^place: Bevat een markering/),
      expect.stringMatching(/^notes: Het getal 2018 staat niet in de rij/),
      expect.stringMatching(/^notes: Het getal 300 staat niet in de rij/),
    ]);
  });
});

describe("the edition's word on a source (import review)", () => {
  const row = { id: 'x', sources: 'a.nl/p; b.nl/jan-jansen', notes: '' };
  const check = (entry: unknown) => checkEditionEntry(entry, row, new Set()).map((p) => `${p.field}: ${p.message}`);

  it("takes a Dutch title for one of the row's addresses, or marks one that names a person; nothing else", () => {
    expect(
      check({
        sources: [
          { address: 'a.nl/p', title: 'Een Nederlandse titel' },
          { address: 'https://b.nl/jan-jansen', person_in_address: true },
        ],
      }),
    ).toEqual([]);
    expect(
      check({ sources: [{ address: 'c.nl/r', title: 'Titel' }, { address: 'a.nl/p' }, { address: 'b.nl/jan-jansen', title: 'x' }] }),
    ).toEqual([
      expect.stringMatching(/^sources\[0\]\.address: De bron 'c\.nl\/r' staat niet/),
      expect.stringMatching(/^sources\[1\]: Geef een Nederlandse titel/),
      expect.stringMatching(/^sources\[2\]\.title: Een titel is 2 tot 300 tekens/),
    ]);
  });

  it('takes the date a page shows as the schema writes a date (day, month or year), and only so', () => {
    expect(check({ sources: [{ address: 'a.nl/p', published: '2017-11-30' }] })).toEqual([]);
    expect(check({ sources: [{ address: 'b.nl/jan-jansen', person_in_address: true, published: '2019' }] })).toEqual([]);
    // One entry per address: the importer would read only the first.
    expect(
      check({
        sources: [
          { address: 'a.nl/p', title: 'Titel' },
          { address: 'https://a.nl/p', published: '2019' },
        ],
      }),
    ).toEqual([expect.stringMatching(/^sources\[1\]\.address: Deze bron staat al eerder onder sources/)]);
    expect(
      check({
        sources: [
          { address: 'a.nl/p', published: '30 november 2017' },
          { address: 'b.nl/jan-jansen', published: 2019 },
        ],
      }),
    ).toEqual([
      expect.stringMatching(/^sources\[0\]\.published: Een datum als JJJJ-MM-DD/),
      expect.stringMatching(/^sources\[1\]\.published: Een datum als JJJJ-MM-DD/),
    ]);
    // The editors' reading of the page's date gives the source its date, also beside the companion file's.
    expect(sourceAsEdited({ url: 'https://a.nl/p' }, { address: 'a.nl/p', published: '2017-11' })).toEqual({
      url: 'https://a.nl/p',
      published: '2017-11',
    });
    expect(sourceAsEdited({ url: 'https://a.nl/p', published: '2016' }, { address: 'a.nl/p', published: '2017-11' })).toEqual({
      url: 'https://a.nl/p',
      published: '2017-11',
    });
  });

  it('gives the source its Dutch title, and keeps a source whose address names a person as its title, without the address', () => {
    const src = { url: 'https://www.b.nl/jan-jansen', title: 'Jan Jansen over de campus', published: '2022-11' };
    expect(sourceAsEdited(src, undefined)).toBe(src);
    expect(sourceAsEdited({ url: 'https://a.nl/p', title: 'English title' }, { address: 'a.nl/p', title: 'Nederlandse titel' })).toEqual({
      url: 'https://a.nl/p',
      title: 'Nederlandse titel',
    });
    expect(sourceAsEdited(src, { address: 'b.nl/jan-jansen', title: 'Directeur over de campus', person_in_address: true })).toEqual({
      title: 'Directeur over de campus (b.nl; naam van een persoon in het adres weggelaten)',
      published: '2022-11',
    });
    expect(sourceAsEdited({ url: 'https://b.nl/jan-jansen' }, { address: 'b.nl/jan-jansen', person_in_address: true })).toEqual({
      title: 'b.nl (naam van een persoon in het adres weggelaten)',
    });
  });
});

describe('a town that carries a province name (import review)', () => {
  const base = validateDataset(input([], []));
  // As in the real gazetteer: a location calls "Groningen" (and "Zeeland") an area, the province's centre.
  const places = [
    { name: 'Groningen', latitude: 53.25, longitude: 6.75, precision: 'area' as const },
    { name: 'Zeeland', latitude: 51.5, longitude: 3.8, precision: 'area' as const },
    { name: 'Emmen', latitude: 52.77917, longitude: 6.90694 },
    { name: 'Middelburg', latitude: 51.5, longitude: 3.61389 },
  ];
  // The open list of towns: the city of Groningen, and a village called Zeeland in Noord-Brabant.
  const towns = [
    { name: 'Groningen', latitude: 53.21917, longitude: 6.56667 },
    { name: 'Zeeland', latitude: 51.6975, longitude: 5.67639 },
    { name: 'Leiden', latitude: 52.15833, longitude: 4.49306 },
    // As in the real list: a district of Amsterdam.
    { name: 'Noord', latitude: 52.39, longitude: 4.91 },
  ];
  const row = (id: string, city_or_area: string, province: string) => ({
    id,
    name: `Initiatief ${id}`,
    type: 'PPS',
    lead: '—',
    partners: '—',
    city_or_area,
    province,
    sector_theme: '—',
    start_year: '—',
    website: '—',
    sources: 'voorbeeld.nl/bron',
    notes: '',
  });
  const rows = [
    row('stad', 'Groningen', 'Groningen†'),
    row('zernike', 'Groningen (Zernike complex)', 'Groningen†'),
    row('provincie', 'Groningen', 'Groningen'),
    row('lijst', 'Groningen / Emmen', 'Groningen / Drenthe'),
    row('internationaal', 'Groningen / Drenthe (regional roots); international partnership', 'Groningen / Drenthe'),
    row('landelijk', 'national', '—'),
    row('dorp', 'Middelburg, Zeeland', '—'),
    // Lead cells: a bracket that says more than the name needs the edition's wording; an abbreviation does not.
    { ...row('eenheid', '—', '—'), lead: 'Hogeschool Noord (lectoraat Leren met ict)' },
    { ...row('afkorting', '—', '—'), lead: 'Hogeschool van Arnhem en Nijmegen (HAN)' },
    // A new lead's place, read from its name: a municipality, a town at the end, never a province or two towns.
    { ...row('gemeentelijk', '—', '—'), lead: 'Gemeente Groningen' },
    { ...row('leids', '—', '—'), lead: 'Hogeschool Leiden' },
    { ...row('zeeuws', '—', '—'), lead: 'ROC Zeeland' },
    { ...row('tweesteden', '—', '—'), lead: 'Hogeschool Arnhem en Leiden' },
    // "(penvoerder)" says what the field says: no sentence, no wording needed.
    { ...row('rolwoord', '—', '—'), lead: 'Hogeschool Leiden (penvoerder)' },
  ];
  const edition = new Map<string, unknown>(
    rows.map((r) => [
      r.id,
      r.city_or_area === '—'
        ? {}
        : {
            place: r.city_or_area.replace(/regional roots\); international partnership/, 'regionale wortels); internationaal partnerschap'),
          },
    ]),
  );
  const plan = planReferenceImport(
    rows,
    { regionSet: base.regionSets[0]!, places, towns, initiatives: [], organisations: [] },
    new Map(),
    () => [],
    { edition },
  );
  const data = (id: string) => load(plan.files.find((f) => f.path === `data/initiatives/${id}.yaml`)!.text) as Initiative;
  const city = { latitude: 53.2192, longitude: 6.5667, precision: 'place' };

  it("gives a new lead the place its name says, with the sentence that it was derived; never a province's namesake or one of two towns", () => {
    const org = (id: string) => load(plan.files.find((f) => f.path === `data/organisations/${id}.yaml`)!.text) as Record<string, unknown>;
    expect(org('gemeente-groningen')).toEqual({
      name: 'Gemeente Groningen',
      kind: 'government',
      place: 'Groningen',
      latitude: 53.2192,
      longitude: 6.5667,
      notes: 'Soort afgeleid uit de naam. Vestigingsplaats afgeleid uit de naam.',
    });
    expect(org('hogeschool-leiden')).toMatchObject({ place: 'Leiden', latitude: 52.1583, longitude: 4.4931 });
    expect(org('roc-zeeland').place).toBeUndefined();
    // "Hogeschool Noord" (the row 'eenheid') names a direction, not Amsterdam-Noord.
    expect(org('hogeschool-noord').place).toBeUndefined();
    expect(org('hogeschool-arnhem-en-leiden').place).toBeUndefined();
    expect(org('roc-zeeland').notes).toBe('Soort afgeleid uit de naam.');
  });

  it('reads "(penvoerder)" in a lead cell as the role the field already gives: no sentence on the lead, no wording asked', () => {
    expect(data('rolwoord').lead_organisation).toBe('hogeschool-leiden');
    expect(data('rolwoord').notes ?? '').not.toMatch(/Penvoerder/);
    expect(plan.problems.filter((p) => p.file.includes('(rolwoord)') && p.field.includes('lead'))).toEqual([]);
    // A bracket that says more still asks for the edition's wording.
    expect(plan.problems.some((p) => p.file.includes('(eenheid)') && p.field.includes('lead'))).toBe(true);
  });

  it('is the town when the province was derived from the place, or when it stands among places', () => {
    expect(data('stad').locations).toEqual([{ place: 'Groningen', ...city }]);
    expect(data('zernike').locations).toEqual([{ place: 'Groningen (Zernike complex)', ...city }]);
    expect(data('lijst').locations).toEqual([
      { place: 'Groningen', ...city },
      { place: 'Emmen', latitude: 52.7792, longitude: 6.9069, precision: 'place' },
    ]);
  });

  it('stays the province where the row names the province itself, and never becomes a village elsewhere', () => {
    expect(data('provincie').locations).toEqual([{ place: 'Groningen', latitude: 53.25, longitude: 6.75, precision: 'area' }]);
    // Zeeland the province is an area; the village of Zeeland lies in Noord-Brabant: no point for it.
    expect(data('dorp').locations).toEqual([{ place: 'Middelburg', latitude: 51.5, longitude: 3.6139, precision: 'place' }]);
  });

  it('reports a lead cell whose bracket says more than the name when the edition has no wording for it (a unit, a place)', () => {
    const leadWarnings = plan.problems.filter((p) => p.field === 'Nederlandse editie: lead').map((p) => p.file);
    expect(leadWarnings).toEqual([expect.stringContaining('(eenheid)')]);
  });

  it('reads "national" as a word: an international partnership is no national scope', () => {
    expect(data('internationaal').scope).toBeUndefined();
    expect(data('internationaal').working_area?.regions).toEqual(['groningen', 'drenthe']);
    expect(data('internationaal').locations).toBeUndefined();
    expect(data('landelijk').scope).toBe('national');
  });
});
