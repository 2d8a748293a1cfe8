import { describe, expect, it } from 'vitest';
import { boundedBody, boundedText, fieldChanges, reviewSummary, type KnownEntry, type PlaceContext } from '../../src/lib/review/summary';
import { similarNames } from '../../src/lib/text/similar-names';

const before = `name: CIV Wind op Zee
kind: civ
status: unknown
summary: Centrum voor Innovatief Vakmanschap voor offshore wind, met Scalda als penvoerder.
levels:
  - mbo
website: https://www.windopzee.nl/
sources:
  - url: https://www.rijksoverheid.nl/nieuws/rif-2019
  - title: Jaarverslag 2020
`;
const after = `name: CIV Wind op Zee
kind: civ
status: active
summary: Centrum voor Innovatief Vakmanschap voor offshore wind, met Scalda als penvoerder.
levels:
  - mbo
  - hbo
start_year: 2019
website: https://www.civ-wind.example/
sources:
  - url: https://www.rijksoverheid.nl/nieuws/rif-2019
`;
const known: KnownEntry[] = [
  { kind: 'initiative', id: 'civ-wind-op-zee', name: 'CIV Wind op Zee', website: 'https://www.windopzee.nl/', points: [[3.89, 51.5]] },
  { kind: 'organisation', id: 'scalda', name: 'Scalda', points: [] },
];

describe('review summary', () => {
  it('lists changed fields by their Dutch labels, with vocabulary labels for values', () => {
    const lines = fieldChanges(
      'initiative',
      { status: 'unknown', levels: ['mbo'] },
      { status: 'active', levels: ['mbo', 'hbo'], start_year: 2019 },
    );
    expect(lines).toEqual(['**Status**: Onbekend → Actief', '**Onderwijsniveaus**: toegevoegd: hbo', '**Startjaar**: (leeg) → 2019']);
  });

  it('summarises a realistic change with the warnings a reviewer needs', () => {
    const md = reviewSummary(
      [
        { path: 'data/initiatives/civ-wind-op-zee.yaml', status: 'modified', before, after },
        {
          path: 'data/initiatives/wind-op-zee-zeeland.yaml',
          status: 'added',
          after:
            'name: Wind op Zee Zeeland\nkind: civ\nstatus: active\nsummary: Nog een centrum voor wind op zee in Zeeland.\nwebsite: https://www.windopzee.nl/over\nlocations:\n  - place: Vlissingen\n    latitude: 51.45\n    longitude: 3.58\nsources:\n  - title: Bron\n',
        },
        { path: 'data/organisations/scalda-college.yaml', status: 'added', after: 'name: Scalda College\nkind: mbo_institution\n' },
        { path: 'data/organisations/oud.yaml', status: 'deleted', before: 'name: Oud\nkind: other\n' },
        { path: 'README.md', status: 'modified', before: 'a', after: 'b' },
      ],
      known,
    );
    expect(md).toContain('1 initiatief nieuw, 1 organisatie nieuw, 1 initiatief gewijzigd, 1 organisatie verwijderd; 8 aandachtspunten.');
    // Both initiatives become Actief without the page that says so.
    expect(md.match(/De status wordt "Actief" zonder bron van de status/g)).toHaveLength(2);
    expect(md).toContain('### Initiatief gewijzigd: CIV Wind op Zee (civ-wind-op-zee)');
    expect(md).toContain('- **Status**: Onbekend → Actief');
    expect(md).toContain('> ⚠️ Bronnen verwijderd: Jaarverslag 2020. Klopt dat?');
    expect(md).toContain('> ⚠️ De website verhuist naar een ander domein: windopzee.nl → civ-wind.example.');
    expect(md).toContain('Mogelijk dubbel met initiatief CIV Wind op Zee (civ-wind-op-zee): zelfde website (windopzee.nl).');
    expect(md).toContain('Mogelijk dubbel met organisatie Scalda (scalda): lijkende naam.');
    expect(md).toContain('### Organisatie verwijderd: Oud (oud)');
    expect(md).toContain('verandert ook code of instellingen');
    expect(md).toContain('- README.md (gewijzigd)');
    expect(md).not.toMatch(/YAML|yaml:/);
  });

  it('counts a new initiative as new, not as changed', () => {
    const md = reviewSummary(
      [{ path: 'data/organisations/nieuw.yaml', status: 'added', after: 'name: Nieuw Bedrijf\nkind: company\n' }],
      [],
    );
    expect(md).toContain('1 organisatie nieuw; 0 aandachtspunten.');
    expect(md).not.toContain('gewijzigd;');
  });

  describe('flags where a maintainer must act ("0 aandachtspunten" would be wrong)', () => {
    const places: PlaceContext = {
      isKnownPlace: (n) => ['Vlissingen', "'s-Hertogenbosch"].includes(n),
      regionOf: (lon, lat) => (lon > 3 && lon < 7.3 && lat > 50.7 && lat < 53.6 ? 'Groningen' : undefined),
    };
    const initiative = (extra: string) =>
      `name: Zeewierkwekerij Voorbeeld\nkind: pps\nstatus: unknown\nsummary: Een proeftuin voor zeewier met scholen en bedrijven.\n${extra}sources:\n  - title: Bron\n`;
    const one = (after: string, before?: string) =>
      reviewSummary(
        [{ path: 'data/initiatives/zeewier.yaml', status: before ? 'modified' : 'added', ...(before ? { before } : {}), after }],
        [],
        places,
      );

    it('new organisations not yet adopted, by name, with the command that adopts them', () => {
      const md = one(initiative('new_organisations:\n  - name: Zeewier Noord BV\n    kind: company\n    role: lead\n'));
      expect(md).toContain('1 initiatief nieuw; 1 aandachtspunt.');
      expect(md).toContain('> ⚠️ Een nieuwe organisatie is nog niet overgenomen: Zeewier Noord BV.');
      expect(md).toContain('`npm run adopt:organisations -- --write`');
    });

    it('a location at a place the picker does not know: its coordinates and its province, or "geen provincie"', () => {
      const md = one(initiative('locations:\n  - place: Pieterburen\n    latitude: 53.4\n    longitude: 6.45\n    precision: address\n'));
      expect(md).toContain('1 aandachtspunt.');
      expect(md).toContain('Locatie Pieterburen is geen bekende plaats: coördinaten 53.4, 6.45 (provincie Groningen).');
      const out = one(initiative('locations:\n  - place: Helgoland\n    latitude: 54.18\n    longitude: 7.88\n'));
      expect(out).toContain('coördinaten 54.18, 7.88 (geen provincie)');
      // A known place is no point of attention, and neither is an unchanged location.
      expect(one(initiative('locations:\n  - place: Vlissingen\n    latitude: 51.45\n    longitude: 3.58\n'))).toContain(
        '0 aandachtspunten.',
      );
      const loc = initiative('locations:\n  - place: Pieterburen\n    latitude: 53.4\n    longitude: 6.45\n');
      expect(one(loc.replace('proeftuin', 'kweektuin'), loc)).toContain('0 aandachtspunten.');
    });

    it('a check claimed for the editors or the initiative, and a status without its source (a newcomer review)', () => {
      const byEditors = one(initiative('last_verified: 2026-12-01\nverified_by: editors\nverified_source:\n  title: Bron\n'));
      expect(byEditors).toContain('1 aandachtspunt.');
      expect(byEditors).toContain(
        'zegt dat de redactie de gegevens controleerde (2026-12-01). Alleen de redactie zet dat, na een eigen controle tegen de bron: controleer of het klopt',
      );
      const byItself = one(initiative('last_verified: 2026-12-01\nverified_by: initiative\n'));
      expect(byItself).toContain(
        'zegt dat het initiatief zelf de gegevens controleerde (2026-12-01). Ga na dat het voorstel echt van het initiatief komt.',
      );
      // An unchanged check is no claim of this proposal.
      const checked = initiative('last_verified: 2026-12-01\nverified_by: editors\nverified_source:\n  title: Bron\n');
      expect(one(checked.replace('proeftuin', 'kweektuin'), checked)).toContain('0 aandachtspunten.');
      const active = one(initiative('').replace('status: unknown', 'status: active'), initiative(''));
      expect(active).toContain('De status wordt "Actief" zonder bron van de status');
      const sourced = initiative('').replace('status: unknown', 'status: active\nstatus_source:\n  url: https://voorbeeld.nl/nieuws\n');
      expect(one(sourced, initiative(''))).toContain('0 aandachtspunten.');
      // A new status resting on the page that said the old one.
      expect(one(sourced.replace('status: active', 'status: ended'), sourced)).toContain(
        'De status wordt "Beëindigd", maar de bron van de status blijft dezelfde pagina als voor de oude status',
      );
      // An organisation's check, claimed on an initiative's page, names the organisation.
      expect(one(initiative('last_verified: 2026-12-01\nverified_by: organisation\n'))).toContain('echt van de organisatie komt.');
      // The same check with its keys in another order is no new claim.
      const src = 'last_verified: 2026-12-01\nverified_by: editors\nverified_source:\n  title: Bron\n  url: https://a.nl/\n';
      expect(
        one(
          initiative(src).replace('proeftuin', 'kweektuin'),
          initiative(src.replace('  title: Bron\n  url: https://a.nl/\n', '  url: https://a.nl/\n  title: Bron\n')),
        ),
      ).toContain('0 aandachtspunten.');
    });

    it('a correction parked in Opmerkingen, which the site publishes as "Opmerking van de redactie"', () => {
      const before = initiative('');
      const md = one(initiative('notes: "Correctie gemeld (issue #7, 2026-12-01): het startjaar is 2018."\n'), before);
      expect(md).toContain('1 initiatief gewijzigd; 1 aandachtspunt.');
      expect(md).toContain('de site toont dit als "Opmerking van de redactie"');
      expect(md).toContain('Correctie gemeld (issue #7, 2026-12-01): het startjaar is 2018.');
    });
  });

  it('says so when only formatting changed', () => {
    const md = reviewSummary(
      [
        {
          path: 'data/organisations/scalda.yaml',
          status: 'modified',
          before: 'name: Scalda\nkind: mbo_institution\n',
          after: "name: 'Scalda'\nkind: mbo_institution\n",
        },
      ],
      known,
    );
    expect(md).toContain('Alleen opmaak gewijzigd, geen waarden.');
  });

  it('finds names that are alike but not unrelated ones', () => {
    expect(similarNames('Scalda', 'Scalda College')).toBe(true);
    expect(similarNames('Centre of Expertise Groen', 'Centre of Expertise Groen ')).toBe(true);
    expect(similarNames('Hogeschool Utrecht', 'Hogeschool Rotterdam')).toBe(false);
    expect(similarNames('CIV Water', 'CIV Groen')).toBe(false);
  });
});

describe('bounded texts for GitHub (a body over 65,536 characters is refused, a job summary over 1 MiB dropped whole)', () => {
  it('keeps a text that fits as it is', () => {
    expect(boundedText('kort\n', 100)).toBe('kort\n');
    expect(boundedBody('kop\n', 'kort\n', 100)).toBe('kop\nkort\n');
  });
  it('cuts a long text at a line end within the limit, keeps its start and says it was cut', () => {
    const text = ['> ⚠️ waarschuwing bovenaan', ...Array.from({ length: 500 }, (_, i) => `- regel ${i}`)].join('\n');
    const out = boundedText(text, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.startsWith('> ⚠️ waarschuwing bovenaan\n- regel 0\n')).toBe(true);
    expect(out).toContain('Ingekort');
    expect(out).not.toMatch(/- regel \d+_?\(/);
    const body = boundedBody('Closes #3\n\n', text, 1000);
    expect(body.length).toBeLessThanOrEqual(1000);
    expect(body.startsWith('Closes #3\n\n> ⚠️')).toBe(true);
  });
});

describe('what a proposal publishes beyond its data files (a hostile review)', () => {
  const region = (names: Record<string, string>, setName = 'Provincie') =>
    JSON.stringify({
      type: 'FeatureCollection',
      region_set: { id: 'provincie', name: setName, name_plural: 'Provincies' },
      features: Object.entries(names).map(([id, name]) => ({ type: 'Feature', properties: { id, name }, geometry: null })),
    });

  it('shows a changed region file near the top, as a warning, with each name that changes', () => {
    const md = reviewSummary(
      [
        { path: 'data/organisations/x.yaml', status: 'added', after: 'name: X\nkind: other\n' },
        {
          path: 'data/regions/provincies.geojson',
          status: 'modified',
          before: region({ groningen: 'Groningen', drenthe: 'Drenthe', zeeland: 'Zeeland' }),
          after: region({ groningen: '=HYPERLINK("x") **vet**', drenthe: 'Drenthe', limburg: 'Limburg' }, 'Provincies'),
        },
      ],
      [],
    );
    const warning = md.indexOf('verandert een regio-indeling');
    expect(warning).toBeGreaterThan(-1);
    expect(warning).toBeLessThan(md.indexOf('### Organisatie nieuw'));
    expect(md).toContain('  - regio \'groningen\': Groningen → =HYPERLINK("x") \\*\\*vet\\*\\*');
    expect(md).toContain("  - regio 'limburg' nieuw: Limburg");
    expect(md).toContain("  - regio 'zeeland' weg: Zeeland");
    expect(md).toContain('  - de naam van de indeling: Provincie → Provincies');
    expect(md).not.toContain('### Andere bestanden in data/');
    expect(md).toContain('1 organisatie nieuw; 1 aandachtspunt.');
  });

  it('shows a changed backdrop (no region set, names without ids) by its names', () => {
    const backdrop = (names: string[]) =>
      JSON.stringify({
        type: 'FeatureCollection',
        features: names.map((name) => ({ type: 'Feature', properties: { name }, geometry: null })),
      });
    const md = reviewSummary(
      [
        {
          path: 'data/regions/landen.geojson',
          status: 'modified',
          before: backdrop(['België', 'Duitsland']),
          after: backdrop(['België', 'jan@x.nl']),
        },
      ],
      [],
    );
    expect(md).toContain('  - achtergrond nieuw: jan@x.nl');
    expect(md).toContain('  - achtergrond weg: Duitsland');
  });

  it('lists every commit description, saying which the site would show, and never repeats contact details', () => {
    const md = reviewSummary([{ path: 'data/organisations/x.yaml', status: 'added', after: 'name: X\nkind: other\n' }], [], undefined, [
      'Correctie: de naam van **X**',
      'Fix a typo',
      'Tikfout in beschrijving Bouwteam Breda verbeterd',
      'Correctie: bel 06-12345678',
    ]);
    expect(md).toContain('### Wat de site over deze wijziging zegt');
    expect(md).toContain('- Correctie: de naam van \\*\\*X\\*\\* (komt op de site)');
    expect(md).toContain('- Fix a typo (niet op de site: niet herkend als Nederlands)');
    // Plain Dutch without the common little words (a maintainer review found it left out).
    expect(md).toContain('- Tikfout in beschrijving Bouwteam Breda verbeterd (komt op de site)');
    expect(md).toContain('- (beschrijving met contactgegevens, niet herhaald; niet op de site)');
    expect(md).not.toContain('06-12345678');
    expect(md).toContain('contactgegevens in de beschrijving');
    expect(md).toContain('1 organisatie nieuw; 1 aandachtspunt.');
    expect(reviewSummary([], [], undefined, [])).not.toContain('Wat de site over deze wijziging zegt');
  });
});

describe('a new file that doubles an existing one by its short or former name', () => {
  it('is pointed out, as a possible duplicate (a maintainer review merged a second HZ)', () => {
    const hz: KnownEntry = {
      kind: 'organisation',
      id: 'hz-university',
      name: 'HZ University of Applied Sciences',
      points: [],
      otherNames: ['HZ', 'Hogeschool Zeeland'],
    };
    const md = reviewSummary(
      [{ path: 'data/organisations/hz.yaml', status: 'added', after: 'name: HZ\nkind: university_of_applied_sciences\n' }],
      [hz],
    );
    expect(md).toContain(
      'Mogelijk dubbel met organisatie HZ University of Applied Sciences (hz-university): lijkt op een korte of eerdere naam ervan.',
    );
    const other = reviewSummary(
      [{ path: 'data/organisations/roc.yaml', status: 'added', after: 'name: ROC Zeeland Zuid\nkind: mbo_institution\n' }],
      [hz],
    );
    expect(other).not.toContain('Mogelijk dubbel');
  });
});

describe('an organisation the atlas does not have', () => {
  it('is pointed out in the summary, not only by validate (a maintainer review)', () => {
    const after =
      'name: Proef\nkind: pps\nstatus: unknown\nsummary: Een proef voor de samenvatting van een voorstel.\nlead_organisation: scalda\npartners:\n  - organisation: nhl-stendne\nsources:\n  - title: Bron\n';
    const md = reviewSummary([{ path: 'data/initiatives/proef.yaml', status: 'added', after }], known);
    expect(md).toContain('> ⚠️ Organisatie nhl-stendne bestaat niet in de atlas (of heeft zelf fouten).');
    expect(md).not.toContain('Organisatie scalda bestaat niet');
  });
});
