/**
 * The review summary's points of attention one by one, on entries made up for each case:
 * when two entries are "vlak bij elkaar" (under 2 km, north-south, east-west and diagonal),
 * when a duplicate is suspected at all, and the warnings on a changed or deleted file.
 */
import { describe, expect, it } from 'vitest';
import { fieldChanges, markdownText, reviewSummary, warningsFor, type KnownEntry } from '../../src/lib/review/summary';
import { similarNames } from '../../src/lib/text/similar-names';

// At latitude 52° one degree of latitude is 110.57 km and one degree of longitude 111.32 × cos 52° ≈ 68.5 km.
const HOME: [number, number] = [5, 52];
const known = (points: [number, number][], extra: Partial<KnownEntry> = {}): KnownEntry[] => [
  { kind: 'initiative', id: 'bestaand', name: 'Groene Campus', website: 'https://www.groen.example/', points, ...extra },
];
/** The warnings for a new initiative with the same website as the known one, at these points. */
const newAt = (points: [number, number][], knownPoints: [number, number][] = [HOME]) =>
  warningsFor(
    'initiative',
    'nieuw',
    { path: 'data/initiatives/nieuw.yaml', status: 'added' },
    undefined,
    {
      name: 'Iets Heel Anders',
      website: 'https://groen.example/over',
      locations: points.map(([longitude, latitude]) => ({ place: 'X', latitude, longitude })),
    },
    known(knownPoints),
  );
const SAME_SITE = 'Mogelijk dubbel met initiatief Groene Campus (bestaand): zelfde website (groen.example).';
const NEAR = 'Mogelijk dubbel met initiatief Groene Campus (bestaand): zelfde website (groen.example), vlak bij elkaar.';

describe('"vlak bij elkaar": under 2 km', () => {
  it('north-south: 1.5 km is near, 2.5 km is not', () => {
    expect(newAt([[5, 52 + 1.5 / 110.57]])).toEqual([NEAR]);
    expect(newAt([[5, 52 - 1.5 / 110.57]])).toEqual([NEAR]);
    expect(newAt([[5, 52 + 2.5 / 110.57]])).toEqual([SAME_SITE]);
    expect(newAt([[5, 52 - 2.5 / 110.57]])).toEqual([SAME_SITE]);
  });

  it('east-west, with degrees of longitude narrower than degrees of latitude: 0.025° is 1.7 km, 0.035° is 2.4 km', () => {
    expect(newAt([[5.025, 52]])).toEqual([NEAR]);
    expect(newAt([[4.975, 52]])).toEqual([NEAR]);
    expect(newAt([[5.035, 52]])).toEqual([SAME_SITE]);
    expect(newAt([[4.965, 52]])).toEqual([SAME_SITE]);
    // Far from the equator a degree of longitude is shorter still: at 70° 0.05° is 1.9 km.
    expect(newAt([[5.05, 70]], [[5, 70]])).toEqual([NEAR]);
    expect(newAt([[5.05, 52]], [[5, 52]])).toEqual([SAME_SITE]);
  });

  it('diagonally both distances count: 1.5 km north and 1.5 km east is 2.1 km, 1.2 and 1.2 is 1.7 km', () => {
    const lon = (km: number) => km / (111.32 * Math.cos((52 * Math.PI) / 180));
    const lat = (km: number) => km / 110.57;
    expect(newAt([[5 + lon(1.5), 52 + lat(1.5)]])).toEqual([SAME_SITE]);
    expect(newAt([[5 + lon(1.2), 52 + lat(1.2)]])).toEqual([NEAR]);
    expect(newAt([[5 - lon(1.5), 52 - lat(1.5)]])).toEqual([SAME_SITE]);
  });

  it('any point of the new entry near any point of the known one will do', () => {
    const far: [number, number] = [6, 53];
    expect(newAt([far, [5, 52.001]])).toEqual([NEAR]);
    expect(newAt([[5, 52.001], far])).toEqual([NEAR]);
    expect(newAt([[5, 52.001]], [far, HOME])).toEqual([NEAR]);
    expect(newAt([[5, 52.001]], [HOME, far])).toEqual([NEAR]);
    expect(newAt([far])).toEqual([SAME_SITE]);
    expect(newAt([])).toEqual([SAME_SITE]);
  });

  it('is never a reason on its own: a neighbour with another name and website is no duplicate', () => {
    const w = warningsFor(
      'initiative',
      'nieuw',
      { path: 'data/initiatives/nieuw.yaml', status: 'added' },
      undefined,
      { name: 'Iets Heel Anders', website: 'https://anders.example/', locations: [{ place: 'X', latitude: 52, longitude: 5 }] },
      known([HOME]),
    );
    expect(w).toEqual([]);
  });

  it('places an organisation by its own coordinates, and a similar name is reason enough', () => {
    const orgKnown: KnownEntry[] = [{ kind: 'organisation', id: 'scalda', name: 'Scalda', points: [[3.58, 51.45]] }];
    const change = { path: 'data/organisations/scalda-vlissingen.yaml', status: 'added' } as const;
    const org = (extra: Record<string, unknown>) =>
      warningsFor('organisation', 'scalda-vlissingen', change, undefined, { name: 'Scalda Vlissingen', ...extra }, orgKnown);
    expect(org({ latitude: 51.451, longitude: 3.581 })).toEqual([
      'Mogelijk dubbel met organisatie Scalda (scalda): lijkende naam, vlak bij elkaar.',
    ]);
    expect(org({ latitude: 52, longitude: 5 })).toEqual(['Mogelijk dubbel met organisatie Scalda (scalda): lijkende naam.']);
    // Without both coordinates an organisation has no point.
    expect(org({ latitude: 51.451 })).toEqual(['Mogelijk dubbel met organisatie Scalda (scalda): lijkende naam.']);
    expect(org({ longitude: 3.581 })).toEqual(['Mogelijk dubbel met organisatie Scalda (scalda): lijkende naam.']);
  });
});

describe('who is a possible duplicate', () => {
  const added = (kind: 'initiative' | 'organisation', id: string, after: Record<string, unknown>, entries: KnownEntry[]) =>
    warningsFor(kind, id, { path: `data/x/${id}.yaml`, status: 'added' }, undefined, after, entries);

  it('never the entry itself (its own id), nor an entry of the other kind', () => {
    const entries: KnownEntry[] = [
      { kind: 'initiative', id: 'groen', name: 'Groene Campus', points: [] },
      { kind: 'organisation', id: 'groene-campus', name: 'Groene Campus', points: [] },
    ];
    expect(added('initiative', 'groen', { name: 'Groene Campus' }, entries)).toEqual([]);
    expect(added('initiative', 'andere', { name: 'Groene Campus' }, entries)).toEqual([
      'Mogelijk dubbel met initiatief Groene Campus (groen): lijkende naam.',
    ]);
  });

  it('compares websites by host without www, and ignores a missing or broken address', () => {
    const entries: KnownEntry[] = [{ kind: 'initiative', id: 'a', name: 'Aap', website: 'https://www.a.example/x', points: [] }];
    expect(added('initiative', 'b', { name: 'Noot', website: 'http://a.example/y' }, entries)).toEqual([
      'Mogelijk dubbel met initiatief Aap (a): zelfde website (a.example).',
    ]);
    expect(added('initiative', 'b', { name: 'Noot', website: 'geen adres' }, [{ ...entries[0]!, website: 'geen adres' }])).toEqual([]);
    expect(added('initiative', 'b', { name: 'Noot' }, [{ kind: 'initiative', id: 'a', name: 'Aap', points: [] }])).toEqual([]);
    expect(added('initiative', 'b', { name: 'Noot', website: 'https://b.example/' }, entries)).toEqual([]);
  });

  it('only for a new file: a change to an existing one is no duplicate', () => {
    const entries: KnownEntry[] = [{ kind: 'initiative', id: 'a', name: 'Groene Campus', points: [] }];
    const w = warningsFor(
      'initiative',
      'b',
      { path: 'data/initiatives/b.yaml', status: 'modified' },
      { name: 'X' },
      { name: 'Groene Campus' },
      entries,
    );
    expect(w).toEqual([]);
  });
});

describe('warnings on a changed or deleted file', () => {
  const modified = { path: 'data/initiatives/a.yaml', status: 'modified' } as const;

  it('names every removed source, and only removed ones', () => {
    const w = warningsFor(
      'initiative',
      'a',
      modified,
      { sources: [{ title: 'Een' }, { url: 'https://twee.example/', title: 'Twee' }, { title: 'Drie' }] },
      { sources: [{ title: 'Drie' }, { title: 'Vier' }] },
      [],
    );
    expect(w).toEqual(['Bronnen verwijderd: Een; https://twee.example/, Twee. Klopt dat?']);
    expect(warningsFor('initiative', 'a', modified, { sources: [{ title: 'Een' }] }, { sources: [{ title: 'Een' }] }, [])).toEqual([]);
    expect(warningsFor('initiative', 'a', modified, {}, {}, [])).toEqual([]);
  });

  it('flags a website that moves to another domain, not one that moves within it or appears', () => {
    const w = (b?: string, a?: string) => warningsFor('initiative', 'a', modified, { website: b }, { website: a }, []);
    expect(w('https://www.oud.example/', 'https://nieuw.example/')).toEqual([
      'De website verhuist naar een ander domein: oud.example → nieuw.example.',
    ]);
    expect(w('https://www.oud.example/a', 'https://oud.example/b')).toEqual([]);
    expect(w(undefined, 'https://nieuw.example/')).toEqual([]);
    expect(w('https://oud.example/', undefined)).toEqual([]);
  });

  it('asks whether a status is not better than deleting, with the Dutch status labels', () => {
    const w = warningsFor(
      'initiative',
      'a',
      { path: 'data/initiatives/a.yaml', status: 'deleted' },
      { name: 'A', notes: 'x' },
      undefined,
      [],
    );
    expect(w).toEqual([
      'Een bestand verwijderen breekt links en verwijzingen. Is het opgegaan in een ander bestand, zet dan \'a\' bij Eerdere adressen (`former_ids`) daarvan: dan blijft het oude adres werken. Of is status "Beëindigd" of "Opgegaan in ander initiatief" beter?',
    ]);
  });

  it('points out an old address a proposal takes over: only the editors merge two files (a code review)', () => {
    const changed = { path: 'data/organisations/vista.yaml', status: 'modified' as const };
    expect(
      warningsFor('organisation', 'vista', changed, { name: 'V', former_ids: ['a'] }, { name: 'V', former_ids: ['a', 'oud'] }, []),
    ).toEqual([
      'Dit voorstel neemt het oude adres over van oud (Eerdere adressen). Alleen de redactie zet dat, bij het samenvoegen van twee bestanden over hetzelfde: ga na dat het om hetzelfde gaat en dat bronnen en namen zijn overgenomen.',
    ]);
    expect(warningsFor('organisation', 'vista', changed, { name: 'V', former_ids: ['a'] }, { name: 'W', former_ids: ['a'] }, [])).toEqual(
      [],
    );
  });

  it('names the file a deleted one went into (its former ids), and asks an organisation about no status', () => {
    const deleted = { path: 'data/organisations/oud.yaml', status: 'deleted' as const };
    const into = { kind: 'organisation' as const, id: 'vista', name: 'Vista College', points: [], formerIds: ['oud'] };
    expect(warningsFor('organisation', 'oud', deleted, { name: 'Oud' }, undefined, [into])).toEqual([
      'Opgegaan in organisatie Vista College (vista): het oude adres leidt daarheen (Eerdere adressen). Ga na dat het om hetzelfde gaat en dat bronnen en namen zijn overgenomen.',
    ]);
    // An initiative with that former id is another kind: it does not count.
    expect(warningsFor('organisation', 'oud', deleted, { name: 'Oud' }, undefined, [{ ...into, kind: 'initiative' }])).toEqual([
      "Een bestand verwijderen breekt links en verwijzingen. Is het opgegaan in een ander bestand, zet dan 'oud' bij Eerdere adressen (`former_ids`) daarvan: dan blijft het oude adres werken.",
    ]);
  });

  it('says "gewijzigd" for a changed note and "ingevuld" for a new one; an unchanged or emptied note is no point', () => {
    const note = (b: string | undefined, a: string | undefined) => warningsFor('initiative', 'a', modified, { notes: b }, { notes: a }, []);
    expect(note(undefined, ' Nieuw ')[0]).toMatch(/^Opmerkingen ingevuld; de site toont dit als "Opmerking van de redactie": "Nieuw"\. /);
    expect(note('Oud', 'Nieuw')[0]).toMatch(/^Opmerkingen gewijzigd; .*: "Nieuw"\. Staat hier een correctie of een vraag/);
    expect(note('Zelfde', ' Zelfde ')).toEqual([]);
    expect(note('Oud', '')).toEqual([]);
    expect(note('Oud', '   ')).toEqual([]);
  });

  it('counts several new organisations in the plural, names each, and escapes their names', () => {
    const w = warningsFor('initiative', 'a', modified, {}, { new_organisations: [{ name: 'Aap *BV*' }, { name: 'Noot' }] }, []);
    expect(w).toEqual([
      '2 nieuwe organisaties zijn nog niet overgenomen: Aap \\*BV\\*, Noot. Draai op de branch van het voorstel `npm run adopt:organisations -- --write` en kies daarna de soort als die niet klopt.',
    ]);
  });
});

describe('field changes in words', () => {
  it('shows lists of objects item by item with labels and names, leaving out coordinates', () => {
    const names = new Map([['scalda', 'Scalda']]);
    expect(
      fieldChanges(
        'initiative',
        { partners: [{ organisation: 'roc', role: 'partner' }] },
        {
          partners: [
            { organisation: 'roc', role: 'partner' },
            { organisation: 'scalda', role: 'co_lead' },
          ],
        },
        names,
      ),
    ).toEqual(['**Partners**: toegevoegd: Scalda, Mede-penvoerder']);
    expect(fieldChanges('initiative', {}, { locations: [{ place: 'Goes', latitude: 51.5, longitude: 3.9, precision: 'place' }] })).toEqual([
      '**Locaties**: toegevoegd: Goes, Midden van de plaats',
    ]);
  });

  it('says the order changed when only the order changed, and counts items of a changed object list', () => {
    expect(fieldChanges('initiative', { levels: ['mbo', 'hbo'] }, { levels: ['hbo', 'mbo'] })).toEqual([
      '**Onderwijsniveaus**: volgorde gewijzigd',
    ]);
    expect(fieldChanges('initiative', { levels: ['mbo'] }, { levels: [] })).toEqual(['**Onderwijsniveaus**: verwijderd: mbo']);
    expect(fieldChanges('initiative', { lead_organisation: 'scalda' }, {}, new Map([['scalda', 'Scalda']]))).toEqual([
      '**Penvoerder**: Scalda → (leeg)',
    ]);
    expect(fieldChanges('initiative', { onbekend: { a: 'x', b: 'y' } }, { onbekend: { a: 'x' } })).toEqual(['**onbekend**: x, y → x']);
  });
});

describe('a value that changes between one value and a list (a proposal need not be valid yet)', () => {
  it('reads the single value as a list of one instead of failing', () => {
    expect(fieldChanges('initiative', { levels: 'mbo' }, { levels: ['mbo', 'hbo'] })).toEqual(['**Onderwijsniveaus**: toegevoegd: hbo']);
    expect(fieldChanges('initiative', { levels: ['mbo', 'hbo'] }, { levels: 'hbo' })).toEqual(['**Onderwijsniveaus**: verwijderd: mbo']);
  });
});

describe('names alike', () => {
  it('needs six letters before containing counts, and allows one edit in five', () => {
    expect(similarNames('Groen', 'Groene Campus')).toBe(false);
    expect(similarNames('Groene', 'Groene Campus')).toBe(true);
    expect(similarNames('Campus Groen', 'Groene Campus')).toBe(false);
    expect(similarNames('Aquaduct', 'Aquaduck')).toBe(true);
    expect(similarNames('Aquaduct', 'Akwaduck')).toBe(false);
    expect(similarNames('', '')).toBe(false);
    expect(similarNames('!!', 'Groen')).toBe(false);
    expect(similarNames('ＣＩＶ Groen', 'civ-groen')).toBe(true);
  });
});

describe('text a contributor typed is inert Markdown', () => {
  it('turns line breaks into spaces, drops invisible characters and escapes HTML and inline syntax', () => {
    expect(markdownText('a\nb\r\nc')).toBe('a b c');
    // No one is notified from a contributor's text ('#12' stays a link: it notifies no one); an e-mail-like text stays as it is.
    expect(markdownText('cc @octocat en @org/team, zie #12')).toBe('cc `@octocat` en `@org/team`, zie #12');
    expect(markdownText('info@voorbeeld.nl, C#12')).toBe('info@voorbeeld.nl, C#12');
    expect(markdownText('x\u200By\u2028z')).toBe('xy z');
    expect(markdownText('<!-- & -->')).toBe('&lt;\\!-- &amp; --&gt;');
    expect(markdownText('[a](b) *c* `d` _e_ ~f~ |g| !h \\i {j}')).toBe(
      '\\[a\\](b) \\*c\\* \\`d\\` \\_e\\_ \\~f\\~ \\|g\\| \\!h \\\\i \\{j\\}',
    );
  });
});

describe('the summary as a whole', () => {
  it('says when no data file changed, and names other files in data/ apart', () => {
    const md = reviewSummary([{ path: 'data/regions/README.md', status: 'added', after: 'Uitleg' }], []);
    expect(md.split('\n').slice(0, 4)).toEqual(['## Wijzigingen in de data', '', 'Geen databestanden gewijzigd; 0 aandachtspunten.', '']);
    expect(md).toContain('Deze wijziging raakt geen initiatieven of organisaties.');
    expect(md).toContain('### Andere bestanden in data/\n\n- data/regions/README.md (nieuw)');
    // A region file is a warning of its own (review-summary.test.ts), not one of the other files.
    const region = reviewSummary([{ path: 'data/regions/extra.geojson', status: 'added', after: '{}' }], []);
    expect(region).toContain('Geen databestanden gewijzigd; 1 aandachtspunt.');
    expect(region).toContain('- data/regions/extra.geojson (nieuw)\n  - alleen grenzen of andere eigenschappen, geen namen');
    expect(md).not.toContain('code of instellingen');
  });

  it('says a file is no readable YAML, and counts two of a kind in the plural', () => {
    const md = reviewSummary(
      [
        { path: 'data/initiatives/a.yaml', status: 'modified', before: 'name: A\n', after: 'name: [' },
        { path: 'data/initiatives/b.yaml', status: 'modified', before: 'name: B\n', after: 'name: C\n' },
      ],
      [],
    );
    expect(md).toContain('2 initiatieven gewijzigd; 0 aandachtspunten.');
    expect(md).toContain('### Initiatief gewijzigd: A (a)\n\n- Dit bestand is geen leesbare YAML; zie de controle van de data.');
    expect(md).toContain('### Initiatief gewijzigd: C (b)\n\n- **Naam**: B → C');
  });

  it('lists a new file’s fields without "(leeg) →", and a deleted file without its fields', () => {
    const md = reviewSummary(
      [
        { path: 'data/organisations/n.yaml', status: 'added', after: 'name: Nieuw\nkind: company\n' },
        { path: 'data/organisations/o.yaml', status: 'deleted', before: 'name: Oud\nkind: company\n' },
      ],
      [],
    );
    expect(md).toContain('### Organisatie nieuw: Nieuw (n)\n\n- **Naam**: Nieuw\n- **Soort organisatie**: Bedrijf\n');
    expect(md).toMatch(/### Organisatie verwijderd: Oud \(o\)\n+> ⚠️ Een bestand verwijderen/);
    expect(md).toContain('1 organisatie nieuw, 1 organisatie verwijderd; 1 aandachtspunt.');
  });
});
