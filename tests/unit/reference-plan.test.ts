/**
 * The decisions planReferenceImport makes for one row, each on its own (the whole import is
 * pinned in reference-import.test.ts and by reproducing reference/ in the integration test).
 */
import { describe, expect, it } from 'vitest';
import { levelsOf } from '../../src/lib/import/reference-classification';
import { keepEditorialWork } from '../../src/lib/import/reference-initiative';
import { namesAndSourcesToAdd } from '../../src/lib/import/reference-merge';
import { leadFields } from '../../src/lib/import/reference-organisations';
import { starterRelationType } from '../../src/lib/import/reference-relations';
import { summaryOf } from '../../src/lib/import/reference-summary';
import type { Initiative } from '../../src/lib/schema/types.generated';

describe('a row that is the same initiative as a file', () => {
  const current = { name: 'Zorgpact Twente', short_name: 'ZT', sources: [{ url: 'https://zorgpact.nl/' }, { title: 'Jaarverslag' }] };

  it('adds its name as a former name, and only the sources the file does not cite', () => {
    const sources = [{ url: 'http://zorgpact.nl/' }, { title: 'Jaarverslag' }, { url: 'https://nieuw.nl/' }];
    expect(namesAndSourcesToAdd(current, 'Zorgpact Twente Oost', sources)).toEqual({
      fields: { former_names: ['Zorgpact Twente Oost'], sources: [...current.sources, { url: 'https://nieuw.nl/' }] },
      added: ["naam 'Zorgpact Twente Oost' bij former_names", '1 bron(nen)'],
    });
  });

  it('adds nothing when the file knows the name (also as short or former name) and every source', () => {
    expect(namesAndSourcesToAdd(current, 'zorgpact twente', [{ title: 'Jaarverslag' }])).toEqual({ fields: {}, added: [] });
    expect(namesAndSourcesToAdd(current, 'ZT', [])).toEqual({ fields: {}, added: [] });
    expect(namesAndSourcesToAdd({ ...current, former_names: ['Oud Pact'] }, 'Oud pact', []).added).toEqual([]);
  });

  it('keeps the former names it had', () => {
    expect(namesAndSourcesToAdd({ name: 'A', former_names: ['B'] }, 'C', []).fields).toEqual({ former_names: ['B', 'C'] });
  });
});

describe('the fields a row fixes', () => {
  it('levels: a CoE is hbo, a CIV or a RIF grant mbo, and the levels the type names', () => {
    expect(levelsOf('coe', 'Centre of Expertise', [])).toEqual(['hbo']);
    expect(levelsOf('civ', 'CIV', [])).toEqual(['mbo']);
    expect(levelsOf('pps', 'PPS', [{ scheme: 'rif' }])).toEqual(['mbo']);
    expect(levelsOf('pps', 'PPS vmbo-mbo (WO partner)', [])).toEqual(['vmbo', 'mbo', 'wo']);
    expect(levelsOf('pps', 'PPS', [{ scheme: 'nationaal-groeifonds' }])).toEqual([]);
    expect(levelsOf('pps', 'Hbomonitor', [])).toEqual([]);
    // The theme cell states levels too, but not one it only plans.
    expect(levelsOf('pps', 'PPS (green education)', [], 'Poultry sector (mbo, later hbo)')).toEqual(['mbo']);
    expect(levelsOf('pps', 'PPS', [], 'Zorg (mbo-4 en hbo)')).toEqual(['mbo', 'hbo']);
    expect(levelsOf('pps', 'PPS', [], 'Techniek; planned wo track')).toEqual([]);
  });

  it('the first lead is the lead organisation, the others co-leads, never the lead twice', () => {
    expect(leadFields([])).toEqual({});
    expect(leadFields([{ id: 'a' }])).toEqual({ lead_organisation: 'a' });
    expect(leadFields([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual({
      lead_organisation: 'a',
      partners: [{ organisation: 'b', role: 'co_lead' }],
    });
    expect(leadFields([{ id: 'a' }, { id: 'a' }])).toEqual({ lead_organisation: 'a' });
  });

  it('a lead the source names by a former name says that name; two merged since are one lead with both names', () => {
    expect(leadFields([{ id: 'vista', namedAs: 'Arcus College' }, { id: 'gilde' }])).toEqual({
      lead_organisation: 'vista',
      lead_note: 'In de bron: Arcus College (een eerdere naam)',
      partners: [{ organisation: 'gilde', role: 'co_lead' }],
    });
    expect(leadFields([{ id: 'vista', namedAs: 'Arcus College' }, { id: 'gilde' }, { id: 'vista', namedAs: 'ROC Leeuwenborgh' }])).toEqual({
      lead_organisation: 'vista',
      lead_note: 'In de bron: Arcus College en ROC Leeuwenborgh (eerdere namen)',
      partners: [{ organisation: 'gilde', role: 'co_lead' }],
    });
    expect(leadFields([{ id: 'gilde' }, { id: 'vista', namedAs: 'Arcus College' }])).toEqual({
      lead_organisation: 'gilde',
      partners: [{ organisation: 'vista', role: 'co_lead', note: 'In de bron: Arcus College (een eerdere naam)' }],
    });
  });

  it('a starter record the notes name: merged into it only with the merged status and no stated merger, part of it, working with it where the sentence says so, or else only related', () => {
    expect(starterRelationType('Continued as starter record x.', true, false)).toBe('merged_into');
    expect(starterRelationType('Continued as starter record x.', true, true)).toBe('related');
    expect(starterRelationType('Merged with starter record x.', false, false)).toBe('related');
    expect(starterRelationType('Part of starter record x.', false, false)).toBe('part_of');
    expect(starterRelationType('Based at starter record x.', true, true)).toBe('part_of');
    expect(starterRelationType('See starter record x.', false, false)).toBe('related');
    expect(starterRelationType("Related to starter record 'x' (same school).", false, false)).toBe('related');
    expect(starterRelationType("Works with starter record 'x'.", false, false)).toBe('works_with');
    expect(starterRelationType("Cooperates with starter record 'x'.", false, false)).toBe('works_with');
    expect(starterRelationType("Partner in starter record 'x'.", false, false)).toBe('works_with');
  });
});

describe('the Dutch summary', () => {
  const base = { kind: 'civ' as const, sectors: [], placeNames: undefined, national: false, leads: [] };
  it('says only the kind when the row says no more, without the abbreviation in brackets', () => {
    expect(summaryOf(base)).toBe('Centrum voor Innovatief Vakmanschap.');
  });
  it('names sectors, places, a national working area and the lead(s) the row gives', () => {
    expect(
      summaryOf({
        ...base,
        sectors: ['water', 'zorg-welzijn'],
        placeNames: 'Leeuwarden',
        national: true,
        leads: [{ name: 'Friesland College' }],
      }),
    ).toBe(
      'Centrum voor Innovatief Vakmanschap op het gebied van water en zorg en welzijn in Leeuwarden met een landelijk werkgebied, met Friesland College als penvoerder.',
    );
    expect(summaryOf({ ...base, kind: 'coe', leads: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] })).toBe(
      'Centre of Expertise, met A, B en C samen als penvoerders.',
    );
  });
  it('reads as Dutch where a label does not: a maritime sector, a network that works nationwide (a reader review)', () => {
    expect(summaryOf({ ...base, kind: 'pps', sectors: ['maritiem'], placeNames: 'Werkendam' })).toBe(
      'Publiek-private samenwerking op het gebied van de maritieme sector in Werkendam.',
    );
    expect(summaryOf({ ...base, kind: 'regional_network', sectors: ['energie'], national: true })).toBe(
      'Netwerk of pact op het gebied van energie en energietransitie met een landelijk werkgebied.',
    );
    expect(summaryOf({ ...base, kind: 'regional_network', sectors: ['energie'] })).toBe(
      'Regionaal netwerk of pact op het gebied van energie en energietransitie.',
    );
    // Without a sector, the edition's theme says what it is about; a sector wins, and a long theme stays out.
    expect(summaryOf({ ...base, kind: 'regional_network', theme: 'Veiligheid (instroom bij de politie)' })).toBe(
      'Regionaal netwerk of pact over veiligheid (instroom bij de politie).',
    );
    expect(summaryOf({ ...base, kind: 'regional_network', sectors: ['energie'], theme: 'Veiligheid' })).not.toContain('veiligheid');
    expect(summaryOf({ ...base, kind: 'regional_network', theme: 'x'.repeat(81) })).toBe('Regionaal netwerk of pact.');
    // A long theme gives its subject before the brackets; an adjective theme is said as one.
    expect(summaryOf({ ...base, kind: 'regional_network', theme: `Leven lang ontwikkelen (${'korte cursussen '.repeat(5)})` })).toBe(
      'Regionaal netwerk of pact over leven lang ontwikkelen.',
    );
    expect(summaryOf({ ...base, kind: 'regional_network', theme: `${'x'.repeat(81)} (uitleg)` })).toBe('Regionaal netwerk of pact.');
    expect(summaryOf({ ...base, kind: 'regional_network', theme: 'Sectoroverstijgend (talent)' })).toBe(
      'Regionaal netwerk of pact (sectoroverstijgend).',
    );
  });
});

describe('an update keeps editorial work', () => {
  const data = (): Initiative => ({ name: 'N', kind: 'pps', status: 'active', summary: 'S', sources: [{ url: 'https://a.nl/' }] });

  it('keeps fields the list does not carry, never one it sets or leaves empty on purpose', () => {
    const d = data();
    keepEditorialWork(d, { description: 'Door een redacteur.', notes: 'Oud', website: 'https://oud.nl', name: 'Oud' });
    expect(d).toEqual({ ...data(), description: 'Door een redacteur.' });
  });

  it('keeps a source added to the file once, and a row\'s own address with "www." in front as the row\'s own', () => {
    const d = data();
    keepEditorialWork(d, { sources: [{ url: 'https://www.a.nl/' }, { url: 'https://www.b.nl/' }] }, ['a.nl/']);
    expect(d.sources).toEqual([{ url: 'https://a.nl/' }, { url: 'https://www.b.nl/' }]);
  });

  it("keeps a source added to the file, once, also one with a title only; a row's address kept as a title is the row's", () => {
    const d = data();
    keepEditorialWork(d, {
      sources: [
        { url: 'http://a.nl/' },
        { url: 'https://b.nl/' },
        { title: 'Jaarverslag 2019 (…; naam van een persoon in titel en adres weggelaten)', published: '2019' },
        { title: 'Teampagina (p.nl; naam van een persoon in het adres weggelaten)' },
      ],
    });
    expect(d.sources).toEqual([
      { url: 'https://a.nl/' },
      { url: 'https://b.nl/' },
      { title: 'Jaarverslag 2019 (…; naam van een persoon in titel en adres weggelaten)', published: '2019' },
    ]);
    // Once: a title the row gives already is not added twice.
    const e: Initiative = { ...data(), sources: [{ url: 'https://a.nl/' }, { title: 'Eigen titel' }] };
    keepEditorialWork(e, { sources: [{ title: 'Eigen titel' }] });
    expect(e.sources).toEqual([{ url: 'https://a.nl/' }, { title: 'Eigen titel' }]);
  });

  it('lets the row decide its own addresses: a source the edition took the address from does not come back', () => {
    // The row cites p.nl/jan-jansen; the edition keeps it as a title only (the address names a person).
    const d: Initiative = {
      ...data(),
      sources: [{ url: 'https://a.nl/' }, { title: 'Teampagina (p.nl; naam van een persoon in het adres weggelaten)' }],
    };
    keepEditorialWork(d, { sources: [{ url: 'https://a.nl/' }, { url: 'https://p.nl/jan-jansen' }, { url: 'https://b.nl/' }] }, [
      'a.nl/',
      'p.nl/jan-jansen',
    ]);
    expect(d.sources.map((s) => s.url ?? s.title)).toEqual([
      'https://a.nl/',
      'Teampagina (p.nl; naam van een persoon in het adres weggelaten)',
      'https://b.nl/',
    ]);
  });

  it('keeps the status source to the row: an old one never stays when the edition names none', () => {
    const d = data();
    keepEditorialWork(d, { status_source: { url: 'https://oud.nl/' } });
    expect(d.status_source).toBeUndefined();
  });

  it('keeps a status the editors found in a page outside the list while the list says nothing', () => {
    const found = { status: 'ended', status_source: { url: 'https://nieuws.nl/gestopt', published: '2022-03' }, end_year: 2021 };
    const d: Initiative = { ...data(), status: 'unknown' };
    keepEditorialWork(d, found, ['a.nl/']);
    expect(d).toMatchObject(found);
    // The edition's own status wins over it.
    const e = data();
    keepEditorialWork(e, found, ['a.nl/']);
    expect(e.status).toBe('active');
    expect(e.status_source).toBeUndefined();
    expect(e.end_year).toBeUndefined();
  });

  it('keeps a working area the editors found on a page of its own while the row names no province and no national scope', () => {
    const found = {
      working_area: {
        regions: ['gelderland'],
        certainty: 'exact',
        note: 'In Gelderland',
        source: { url: 'https://magazine.nl/kopgroep', published: '2018-01' },
      },
    };
    const d = data();
    keepEditorialWork(d, found, ['a.nl/']);
    expect(d.working_area).toEqual(found.working_area);
    // The row's own area (from the province column) wins, and a national row has none.
    const own = { ...data(), working_area: { regions: ['utrecht'], certainty: 'exact' as const } };
    keepEditorialWork(own, found, ['a.nl/']);
    expect(own.working_area).toEqual({ regions: ['utrecht'], certainty: 'exact' });
    const national: Initiative = { ...data(), scope: 'national' };
    keepEditorialWork(national, found, ['a.nl/']);
    expect(national.working_area).toBeUndefined();
    // A row that now gives a point says where the initiative is itself (a code review).
    const placed: Initiative = { ...data(), locations: [{ place: 'Arnhem', latitude: 51.98, longitude: 5.91 }] };
    keepEditorialWork(placed, found, ['a.nl/']);
    expect(placed.working_area).toBeUndefined();
    // An area without a source is the import's own: gone when the row no longer names it.
    const imported = data();
    keepEditorialWork(imported, { working_area: { regions: ['utrecht'], certainty: 'exact' } }, ['a.nl/']);
    expect(imported.working_area).toBeUndefined();
  });

  it("keeps such a status from a page kept without its address (it names a person); the row's own pages are the row's to decide", () => {
    const titled = {
      status: 'active',
      status_source: { title: 'Aan het woord: … (a.nl/…; naam van een persoon weggelaten)', published: '2023' },
    };
    const d: Initiative = { ...data(), status: 'unknown' };
    keepEditorialWork(d, titled, ['a.nl/']);
    expect(d).toMatchObject(titled);
    const rowTitle = 'Teampagina (p.nl/…; naam van een persoon in het adres weggelaten)';
    for (const existing of [
      { status: 'active', status_source: { url: 'http://a.nl/' } },
      // The same page with "www." in front is still the row's own (a second search cited it so).
      { status: 'active', status_source: { url: 'https://www.a.nl/' } },
      { status: 'active', status_source: { title: rowTitle } },
      { status: 'active' },
    ]) {
      const e: Initiative = { ...data(), status: 'unknown', sources: [{ url: 'https://a.nl/' }, { title: rowTitle }] };
      keepEditorialWork(e, existing, ['a.nl/', 'p.nl/jan-jansen']);
      expect(e.status).toBe('unknown');
      expect(e.status_source).toBeUndefined();
    }
  });

  it('keeps the lead and its note to the row: a note on a former name never outlives the lead it was about', () => {
    const d: Initiative = { ...data(), lead_organisation: 'gilde' };
    keepEditorialWork(d, { lead_organisation: 'vista', lead_note: 'In de bron: Arcus College (een eerdere naam)' });
    expect(d.lead_note).toBeUndefined();
  });

  it("keeps an edition's note on a status, or the editors' note while the status rests on the same page", () => {
    const found = { status: 'active', status_source: { url: 'https://nieuws.nl/a', published: '2024' }, status_note: 'Loopt nog.' };
    // The same page (with www.): the note stays.
    const same: Initiative = { ...data(), status_source: { url: 'https://www.nieuws.nl/a' } };
    keepEditorialWork(same, found, ['a.nl/']);
    expect(same.status_note).toBe('Loopt nog.');
    // The same page kept by title (it names a person): the note stays too.
    const titled: Initiative = { ...data(), status_source: { title: 'Interview (naam weggelaten)' } };
    keepEditorialWork(titled, { ...found, status_source: { title: 'Interview (naam weggelaten)' } }, ['a.nl/']);
    expect(titled.status_note).toBe('Loopt nog.');
    // Another page: its words are not this page's.
    const other: Initiative = { ...data(), status_source: { url: 'https://ander.nl/b' } };
    keepEditorialWork(other, found, ['a.nl/']);
    expect(other.status_note).toBeUndefined();
    // The edition's own note wins.
    const own: Initiative = { ...data(), status_source: { url: 'https://nieuws.nl/a' }, status_note: 'Volgens de editie.' };
    keepEditorialWork(own, found, ['a.nl/']);
    expect(own.status_note).toBe('Volgens de editie.');
  });

  it('changes nothing for a new file', () => {
    const d = data();
    keepEditorialWork(d, undefined);
    expect(d).toEqual(data());
  });
});
