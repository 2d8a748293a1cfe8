/**
 * What each validation rule says, word for word: the message and the plain-Dutch hint a
 * contributor reads in CI or the CMS, and the boundaries of each rule (a year exactly at the
 * limit, today's date). validation-rules.test.ts pins where each problem lands; this file
 * pins what it tells the person who fixes it.
 */
import { describe, expect, it } from 'vitest';
import type { RegionSet } from '../../src/lib/regions/region-sets';
import type { Initiative } from '../../src/lib/schema/types.generated';
import type { CheckContext } from '../../src/lib/validate/records';
import { certaintyNeedsYear, futureDates, futureYears, mergeStatus, yearOrder } from '../../src/lib/validate/rules/initiative';
import { coordinatePair, missingLocation, pointInside, workingAreaRegions } from '../../src/lib/validate/rules/locations';
import { sameOrganisationName } from '../../src/lib/validate/rules/organisations';
import {
  newOrganisations,
  organisationReferences,
  partnersOnce,
  proposedLeads,
  relationCycles,
  relationReferences,
  relationToSelf,
  suggestId,
} from '../../src/lib/validate/rules/references';
import { chooseRegionSets, readRegionFiles, someRegionSet, uniqueRegionIds } from '../../src/lib/validate/rules/region-files';
import { datasetRuleProblems, fileRuleProblems, RULES, type DatasetView, type TypedRecord } from '../../src/lib/validate/rules/table';
import { verificationRules } from '../../src/lib/validate/rules/verification';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { parsedInitiative } from '../helpers/fixtures';

const ctx: CheckContext = { currentYear: 2026, today: '2026-11-22' };

const rec = parsedInitiative;
/** Message and hint only (hint absent when the rule gives none). */
const said = (ps: { message: string; hint?: string }[]) => ps.map((p) => ({ message: p.message, hint: p.hint }));
const run = <T>(rule: (t: ReturnType<typeof rec>, data: Initiative, c: CheckContext) => T, yaml: string) => {
  const r = rec(yaml);
  return rule(r, r.data, ctx);
};

/** A region set with only ids, for the rules that read nothing else. */
const set = (id: string, regionIds: string[]): RegionSet =>
  ({
    id,
    name: id,
    name_plural: id,
    file: `data/regions/${id}.geojson`,
    regions: regionIds.map((r) => ({ id: r })),
  }) as unknown as RegionSet;

describe('one initiative on its own', () => {
  it('mergeStatus: each of its three problems in words, and one merged_into with status merged is fine', () => {
    expect(said(run(mergeStatus, 'status: merged\n'))).toEqual([
      {
        message: 'Status is "Opgegaan in ander initiatief", maar er is geen relatie "merged_into".',
        hint: 'Voeg bij Relaties toe: type merged_into, met het id van het initiatief waarin dit is opgegaan.',
      },
    ]);
    const two = 'status: merged\nrelations:\n  - type: merged_into\n    initiative: bb\n  - type: merged_into\n    initiative: cc\n';
    expect(said(run(mergeStatus, two))).toEqual([{ message: 'Een initiatief kan maar in één ander initiatief opgaan.', hint: undefined }]);
    const active = 'status: active\nrelations:\n  - type: merged_into\n    initiative: bb\n';
    expect(said(run(mergeStatus, active))).toEqual([
      { message: 'Er is een relatie "merged_into", maar de status is \'active\'.', hint: "Zet de status op 'merged'." },
    ]);
    expect(run(mergeStatus, 'status: merged\nrelations:\n  - type: merged_into\n    initiative: bb\n')).toEqual([]);
    expect(run(mergeStatus, 'status: active\nrelations:\n  - type: part_of\n    initiative: bb\n')).toEqual([]);
  });

  it('yearOrder: the end year before the start year, with both years; the same year is fine', () => {
    expect(said(run(yearOrder, 'start_year: 2020\nend_year: 2019\n'))).toEqual([
      { message: 'Het eindjaar (2019) ligt voor het startjaar (2020).', hint: undefined },
    ]);
    expect(run(yearOrder, 'start_year: 2020\nend_year: 2020\n')).toEqual([]);
    expect(run(yearOrder, 'end_year: 2019\n')).toEqual([]);
    expect(run(yearOrder, 'start_year: 2020\n')).toEqual([]);
  });

  it('futureYears: a start two years ahead is a plan, three is too far; an ended initiative ends by this year', () => {
    expect(run(futureYears, 'start_year: 2028\n')).toEqual([]);
    expect(said(run(futureYears, 'start_year: 2029\n'))).toEqual([
      { message: 'Het startjaar 2029 ligt te ver in de toekomst.', hint: 'Hooguit 2028 (plannen voor de komende twee jaar).' },
    ]);
    expect(said(run(futureYears, 'status: ended\nend_year: 2027\n'))).toEqual([
      { message: 'Het initiatief is beëindigd, maar het eindjaar 2027 ligt in de toekomst.', hint: undefined },
    ]);
    expect(run(futureYears, 'status: merged\nend_year: 2027\n')).toHaveLength(1);
    expect(run(futureYears, 'status: ended\nend_year: 2026\n')).toEqual([]);
    // An active initiative may plan its end.
    expect(run(futureYears, 'status: active\nend_year: 2027\n')).toEqual([]);
  });

  it('futureYears: a figure of this year is fine, of next year not, each figure on its own', () => {
    const figures =
      'figures:\n  - measure: companies\n    value: 1\n    year: 2026\n  - measure: companies\n    value: 2\n    year: 2027\n';
    expect(run(futureYears, figures).map((p) => [p.field, p.message])).toEqual([
      ['figures[1].year', 'Het peiljaar 2027 ligt in de toekomst.'],
    ]);
  });

  it('certaintyNeedsYear: a certainty without a year, in words', () => {
    expect(said(run(certaintyNeedsYear, 'start_year_certainty: approximate\n'))).toEqual([
      { message: 'Zekerheid van het startjaar is ingevuld, maar het startjaar niet.', hint: 'Vul het startjaar in of maak dit veld leeg.' },
    ]);
    expect(run(certaintyNeedsYear, 'start_year: 2019\nstart_year_certainty: approximate\n')).toEqual([]);
    expect(run(certaintyNeedsYear, 'start_year: 2019\n')).toEqual([]);
  });

  it('futureDates: a source consulted today is fine, tomorrow is not; a source without a date is fine', () => {
    const sources = 'sources:\n  - title: A\n    consulted: 2026-11-22\n  - title: B\n    consulted: 2026-11-23\n  - title: C\n';
    expect(run(futureDates, sources).map((p) => [p.field, p.message, p.line])).toEqual([
      ['sources[1].consulted', 'De datum 2026-11-23 ligt in de toekomst.', 5],
    ]);
    expect(run(futureDates, 'name: A\n')).toEqual([]);
  });
});

describe('who checked and when', () => {
  const check = (data: Record<string, string>) => verificationRules(rec('name: A\n'), data, ctx);

  it('says what is missing, with the Dutch words for who checked', () => {
    expect(said(check({ last_verified: '2026-01-01' }))).toEqual([
      {
        message: 'Er staat een controledatum (2026-01-01), maar niet wie er controleerde.',
        hint: "Vul 'verified_by' in: editors (De redactie), initiative (Het initiatief zelf) of organisation (De organisatie zelf).",
      },
    ]);
    expect(said(check({ verified_by: 'initiative' }))).toEqual([
      {
        message: 'Er staat wie er controleerde, maar niet wanneer.',
        hint: "Vul 'last_verified' in met de datum van de controle (JJJJ-MM-DD), of maak 'verified_by' leeg.",
      },
    ]);
    expect(said(check({ last_verified: '2026-01-01', verified_by: 'editors' }))).toEqual([
      {
        message: 'De redactie controleerde, maar tegen welke bron staat er niet.',
        hint: "Vul 'verified_source' in met het webadres (url) of de titel (title) van de bron.",
      },
    ]);
    expect(said(check({ last_verified: '2026-01-01', verified_source: 'https://a.example/' }))[1]).toEqual({
      message: 'Er staat een bron van de controle, maar niet wie er controleerde.',
      hint: "Vul 'verified_by' in (editors) en 'last_verified' met de datum.",
    });
  });

  it('a check today is fine, tomorrow is in the future; a complete check says nothing', () => {
    expect(check({ last_verified: '2026-11-22', verified_by: 'initiative' })).toEqual([]);
    expect(check({ last_verified: '2026-11-22', verified_by: 'editors', verified_source: 'x' })).toEqual([]);
    expect(said(check({ last_verified: '2026-11-23', verified_by: 'initiative' }))).toEqual([
      { message: 'De controledatum 2026-11-23 ligt in de toekomst.', hint: undefined },
    ]);
  });
});

describe('what an initiative names', () => {
  it('suggestId: within three edits or a third of the length, or one containing the other', () => {
    expect(suggestId('abcdef', ['abcxyz'])).toBe('abcxyz');
    expect(suggestId('abcdef', ['abwxyz'])).toBeUndefined();
    // 15 characters: five edits still count as a typo, six do not.
    expect(suggestId('abcdefghijklmno', ['abcdefghijvwxyz'])).toBe('abcdefghijvwxyz');
    expect(suggestId('abcdefghijklmno', ['abcdefghiuvwxyz'])).toBeUndefined();
    expect(suggestId('twente', ['roc-van-twente-hengelo'])).toBe('roc-van-twente-hengelo');
    expect(suggestId('roc-van-twente-hengelo', ['twente'])).toBe('twente');
  });

  it('organisationReferences: a suggestion, or how to make the organisation', () => {
    const r = rec('lead_organisation: scaldaa\npartners:\n  - organisation: onbekend-bedrijf\n');
    expect(said(organisationReferences(r, r.data, new Set(['scalda'])))).toEqual([
      { message: "Organisatie 'scaldaa' bestaat niet.", hint: "Bedoelde u 'scalda'? Of maak data/organisations/scaldaa.yaml aan." },
      {
        message: "Organisatie 'onbekend-bedrijf' bestaat niet.",
        hint: 'Maak eerst data/organisations/onbekend-bedrijf.yaml aan (npm run new -- organisation "Naam").',
      },
    ]);
  });

  it('partnersOnce: the lead again and a partner twice, in words', () => {
    const r = rec('lead_organisation: aa\npartners:\n  - organisation: aa\n  - organisation: bb\n  - organisation: bb\n');
    expect(said(partnersOnce(r, r.data))).toEqual([
      {
        message: "'aa' is al penvoerder en hoort niet ook bij de partners.",
        hint: 'Verwijder deze partnerregel; gebruik rol "Mede-penvoerder" voor een tweede penvoerder.',
      },
      { message: "'bb' staat twee keer bij de partners.", hint: 'Verwijder één van de twee.' },
    ]);
    // The lead listed twice as partner: two problems of the lead kind, none of the twice kind.
    const lead = rec('lead_organisation: aa\npartners:\n  - organisation: aa\n  - organisation: aa\n');
    expect(partnersOnce(lead, lead.data).map((p) => p.message)).toEqual([
      "'aa' is al penvoerder en hoort niet ook bij de partners.",
      "'aa' is al penvoerder en hoort niet ook bij de partners.",
    ]);
  });

  it('relationToSelf and relationReferences, in words', () => {
    const r = rec('relations:\n  - type: works_with\n    initiative: aa\n  - type: works_with\n    initiative: qqqqqqqqqqqq\n');
    expect(said(relationToSelf(r, r.data))).toEqual([{ message: 'Een initiatief kan geen relatie met zichzelf hebben.', hint: undefined }]);
    expect(said(relationReferences(r, r.data, new Set(['bb'])))).toEqual([
      {
        message: "Initiatief 'qqqqqqqqqqqq' bestaat niet.",
        hint: 'Controleer het id: dat is de bestandsnaam in data/initiatives/ zonder .yaml.',
      },
    ]);
    const typo = rec('relations:\n  - type: works_with\n    initiative: bbb\n');
    expect(said(relationReferences(typo, typo.data, new Set(['bb'])))[0]!.hint).toBe("Bedoelde u 'bb'?");
  });

  it('newOrganisations: where to choose an organisation that exists (as lead or partner), and what a maintainer does with a new one', () => {
    const r = rec(
      'new_organisations:\n  - name: Nieuw BV\n    role: lead\n  - name: Scalda\n    role: lead\n  - name: SCALDA\n    role: partner\n',
    );
    expect(said(newOrganisations(r, r.data, new Map([['scalda', 'scalda-id']])))).toEqual([
      {
        message: "Nieuwe organisatie 'Nieuw BV' staat nog niet in de atlas.",
        hint: 'Beheerder: npm run adopt:organisations maakt er een organisatiebestand van en zet haar bij Penvoerder of Partners.',
      },
      {
        message: "'Scalda' staat al in de atlas (scalda-id).",
        hint: 'Kies haar bij Penvoerder; npm run adopt:organisations doet dat ook.',
      },
      { message: "'SCALDA' staat al in de atlas (scalda-id).", hint: 'Kies haar bij Partners; npm run adopt:organisations doet dat ook.' },
    ]);
  });

  it('proposedLeads: two proposed leads, and a proposed lead beside a chosen one, in words', () => {
    const r = rec('lead_organisation: aa\nnew_organisations:\n  - name: A\n    role: lead\n  - name: B\n    role: lead\n');
    expect(said(proposedLeads(r, r.data))).toEqual([
      { message: 'Er kan maar één penvoerder zijn.', hint: 'Zet de andere op Partner (met rol Mede-penvoerder).' },
      { message: 'Er is al een penvoerder gekozen.', hint: 'Zet deze nieuwe organisatie op Partner, of maak Penvoerder leeg.' },
    ]);
    const one = rec('lead_organisation: aa\nnew_organisations:\n  - name: A\n    role: partner\n  - name: B\n    role: lead\n');
    expect(proposedLeads(one, one.data).map((p) => [p.field, p.line])).toEqual([['new_organisations[1].role', 6]]);
    const none = rec('lead_organisation: aa\nnew_organisations:\n  - name: A\n    role: partner\n');
    expect(proposedLeads(none, none.data)).toEqual([]);
  });

  it('relationCycles: the hint says how to break the cycle', () => {
    const a = rec('relations:\n  - type: merged_into\n    initiative: bb\n', 'aa');
    const b = rec('relations:\n  - type: merged_into\n    initiative: aa\n', 'bb');
    const found = relationCycles(
      new Map([
        ['aa', a],
        ['bb', b],
      ]),
      'merged_into',
    );
    expect(said(found)).toEqual([
      {
        message: "Kringverwijzing in 'merged_into': aa → bb → aa.",
        hint: 'Een initiatief kan niet (via andere) in zichzelf opgaan of onderdeel van zichzelf zijn. Haal één relatie weg.',
      },
    ]);
  });
});

describe('where things are', () => {
  it('coordinatePair: in words, at the line of the given one, named by the missing one', () => {
    const r = rec('name: A\nlongitude: 5\n');
    expect(coordinatePair(r, { longitude: 5 }).map((p) => [p.field, p.line, p.message])).toEqual([
      ['latitude', 2, 'Vul breedte- én lengtegraad in, of geen van beide.'],
    ]);
  });

  it('pointInside: a point inside gives its regions and no problem; one outside says where it is and what to check', () => {
    const ring = [
      [4, 51],
      [6, 51],
      [6, 53],
      [4, 53],
      [4, 51],
    ];
    const main = {
      id: 'provincie',
      name: 'Provincie',
      name_plural: 'Provincies',
      file: 'data/regions/p.geojson',
      regions: [
        { id: 'midden', name: 'Midden', set: 'provincie', bbox: [4, 51, 6, 53], geometry: { type: 'Polygon', coordinates: [ring] } },
      ],
    } as unknown as RegionSet;
    const r = rec('locations:\n  - place: X\n    latitude: 52\n    longitude: 9\n');
    expect(pointInside(r, '/locations/0/latitude', 'locations[0]', [main], 5, 52)).toEqual({
      location: { regions: { provincie: 'midden' } },
      problems: [],
    });
    const out = pointInside(r, '/locations/0/latitude', 'locations[0]', [main], 9, 52);
    expect(out.location).toBeUndefined();
    expect(said(out.problems)).toEqual([
      {
        message: 'De coördinaten (52, 9) liggen niet in Nederland (meer dan 5 km buiten elke provincie).',
        hint: 'Controleer de coördinaten; breedtegraad en lengtegraad niet verwisseld? Een plaats aan de kust of grens mag tot 5 km buiten de vereenvoudigde grens liggen.',
      },
    ]);
  });

  it('missingLocation: the hint names the three ways out, with the Dutch word for national', () => {
    const r = rec('name: A\n');
    expect(said(missingLocation(r, {}))).toEqual([
      {
        message: 'Er is geen locatie en geen werkgebied; het initiatief staat niet op de kaart en hoort bij geen provincie.',
        hint: 'Voeg een locatie toe (plaats met coördinaten), vul bij "Werkgebied in provincies" de provincie(s) uit de bron in, of zet Werkgebied op "Landelijk".',
      },
    ]);
    expect(missingLocation(r, { locations: [], working_area: { regions: [] } })).toHaveLength(1);
  });

  it('workingAreaRegions: without a near id, the hint lists every id of the set in order', () => {
    const set = {
      name: 'Provincie',
      name_plural: 'Provincies',
      file: 'data/regions/p.geojson',
      regions: [{ id: 'zeeland' }, { id: 'drenthe' }],
    };
    const r = rec('working_area:\n  regions:\n    - qqqqqqqqqqqq\n');
    expect(said(workingAreaRegions(r, r.data, set as unknown as RegionSet))).toEqual([
      {
        message: "Provincie 'qqqqqqqqqqqq' bestaat niet.",
        hint: 'Kies een id uit de provincies (data/regions/p.geojson): drenthe, zeeland.',
      },
    ]);
  });
});

describe('organisations together', () => {
  it('sameOrganisationName: names both, earliest file first whatever the order given, and says what to do', () => {
    const org = (id: string, name: string) => {
      const file = `data/organisations/${id}.yaml`;
      return { id, file, positions: parseDataFile(`name: ${name}\n`, file).positions, data: { name } };
    };
    const found = sameOrganisationName([org('cc', 'Licht'), org('bb', 'LICHT'), org('aa', 'licht')]);
    expect(found.map((p) => [p.file, p.message])).toEqual([
      [
        'data/organisations/bb.yaml',
        "Twee organisaties met dezelfde naam: 'licht' in data/organisations/aa.yaml en 'LICHT' in data/organisations/bb.yaml.",
      ],
      [
        'data/organisations/cc.yaml',
        "Twee organisaties met dezelfde naam: 'licht' in data/organisations/aa.yaml en 'Licht' in data/organisations/cc.yaml.",
      ],
    ]);
    expect(found[0]!.hint).toBe(
      'Is het dezelfde organisatie? Verwijs dan overal naar één van de twee en verwijder de andere. Zo niet, maak de namen verschillend (bijvoorbeeld met de plaats erbij).',
    );
  });
});

describe('region files', () => {
  it('chooseRegionSets: every missing set is reported, by name, with the sets there are', () => {
    const found = chooseRegionSets([set('provincie', []), set('amr', [])], ['gemeente', 'provincie', 'coropgebied']);
    expect(found.regionSets.map((s) => s.id)).toEqual(['provincie']);
    expect(said(found.problems)).toEqual([
      { message: "Regio-indeling 'gemeente' staat in de configuratie maar niet in data/regions/.", hint: 'Beschikbaar: provincie, amr.' },
      {
        message: "Regio-indeling 'coropgebied' staat in de configuratie maar niet in data/regions/.",
        hint: 'Beschikbaar: provincie, amr.',
      },
      // A set in data/regions/ the configuration leaves out is not used: said, as a warning.
      {
        message: "De regio-indeling 'amr' wordt niet gebruikt: regionSets in src/site.config.ts noemt haar niet.",
        hint: "Zet 'amr' bij regionSets om haar regio's op de site te tonen, of haal het bestand weg.",
      },
    ]);
    expect(found.problems.map((p) => p.severity)).toEqual(['error', 'error', 'warning']);
    expect(chooseRegionSets([], ['gemeente']).problems[0]!.hint).toBe('Beschikbaar: geen.');
    expect(chooseRegionSets([set('a', [])], ['a']).problems).toEqual([]);
  });

  it('uniqueRegionIds: names the file that had the id first, and every later clash', () => {
    const found = uniqueRegionIds([set('a', ['x', 'y']), set('b', ['x']), set('c', ['y', 'x'])]);
    expect(found.map((p) => [p.file, p.field, p.message])).toEqual([
      ['data/regions/b.geojson', 'x', "Regio-id 'x' komt ook voor in data/regions/a.geojson; regio-pagina's zouden botsen."],
      ['data/regions/c.geojson', 'y', "Regio-id 'y' komt ook voor in data/regions/a.geojson; regio-pagina's zouden botsen."],
      ['data/regions/c.geojson', 'x', "Regio-id 'x' komt ook voor in data/regions/b.geojson; regio-pagina's zouden botsen."],
    ]);
    expect(found[0]!.hint).toBe("Geef de regio's van deze indeling een voorvoegsel, bijvoorbeeld 'amr-'.");
  });

  it('someRegionSet: says which file to add', () => {
    expect(said(someRegionSet([]))).toEqual([
      {
        message: 'Er is geen regio-indeling gevonden.',
        hint: 'Zet minstens provincies.geojson (met een region_set-lid) in data/regions/.',
      },
    ]);
  });

  it('readRegionFiles: a broken file says why, and the next file is still read', () => {
    const res = readRegionFiles([
      { path: 'data/regions/kapot.geojson', text: '{"type":' },
      { path: 'data/regions/kaart.geojson', text: '{"type":"FeatureCollection","features":[]}' },
    ]);
    expect(res.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Geen geldige JSON: .+/)]);
    expect(res.backdrops.map((b) => b.file)).toEqual(['data/regions/kaart.geojson']);
    expect(res.regionSets).toEqual([]);
  });
});

describe('the rule table', () => {
  it('runs the one-file rules of the given kind only', () => {
    const r = rec('name: A\nlatitude: 52\nstart_year: 2029\n');
    // An organisation is checked for its coordinates; an initiative is not, but its start year is.
    expect(fileRuleProblems('organisation', r, { name: 'A', latitude: 52 } as never, ctx).map((p) => p.field)).toEqual(['longitude']);
    expect(fileRuleProblems('initiative', r, r.data, ctx).map((p) => p.field)).toEqual(['start_year', '']);
  });

  it('runs every rule between files, and none when there is nothing to check', () => {
    const a = rec(
      'lead_organisation: onbekend\nworking_area:\n  regions:\n    - atlantis\nrelations:\n  - type: part_of\n    initiative: nergens\n',
      'aa',
    );
    const view: DatasetView = {
      initiatives: new Map([['aa', a as TypedRecord<Initiative>]]),
      organisations: new Map(),
      initiativeIds: new Set(['aa']),
      organisationIds: new Set(),
      regionSets: [set('provincie', ['zeeland'])],
    };
    expect(datasetRuleProblems(view).map((p) => p.field)).toEqual([
      'lead_organisation',
      'working_area.regions[0]',
      'relations[0].initiative',
    ]);
    expect(datasetRuleProblems({ ...view, regionSets: [] }).map((p) => p.message)).toEqual([
      "Organisatie 'onbekend' bestaat niet.",
      "Initiatief 'nergens' bestaat niet.",
      'Er is geen regio-indeling gevonden.',
    ]);
    expect(RULES.filter((r) => r.scope === 'file').length + RULES.filter((r) => r.scope === 'dataset').length).toBe(RULES.length);
  });
});
