import { describe, expect, it } from 'vitest';
import { buildStaticMap, staticMapBase } from '../../src/lib/map/static-map';
import { NL_BOUNDS } from '../../src/lib/map/projection';
import { buildSiteModel } from '../../src/lib/site-model';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { DETAIL_MAP_NARROWEST_PX, initiativePage } from '../../src/lib/views/initiative-page';
import { organisationPage } from '../../src/lib/views/organisation-page';
import { CARDS_PER_KIND, regionPage } from '../../src/lib/views/region-page';
import { statusInBrief } from '../../src/lib/views/initiative-facts';
import { file, input, siteModelOf } from '../helpers/fixtures';

/*
 * Small datasets made for these tests (on the real province borders), so the tests say what
 * they need and do not change when the editors change data/.
 */
const PLACES = {
  utrecht: 'place: Utrecht\n    latitude: 52.09\n    longitude: 5.12',
  rotterdam: 'place: Rotterdam\n    latitude: 51.92\n    longitude: 4.48',
  middelburg: 'place: Middelburg\n    latitude: 51.5\n    longitude: 3.61',
  zeeland: 'place: Zeeland\n    latitude: 51.5\n    longitude: 3.8\n    precision: area',
} as const;
const organisation = (id: string, name: string, kind = 'mbo_institution') =>
  file(`data/organisations/${id}.yaml`, `name: ${name}\nkind: ${kind}\n`);
const initiative = (id: string, name: string, places: (keyof typeof PLACES)[], extra = '', kind = 'pps', status = 'active') =>
  file(
    `data/initiatives/${id}.yaml`,
    `name: ${name}\nkind: ${kind}\nstatus: ${status}\nsummary: Een initiatief dat voor deze test is gemaakt.\n${extra}` +
      (places.length ? `locations:\n${places.map((p) => `  - ${PLACES[p]}\n`).join('')}` : '') +
      'sources:\n  - title: Bron\n',
  );
const datasetOf = (initiatives: ReturnType<typeof file>[], organisations: ReturnType<typeof file>[] = []) => {
  const d = validateDataset(input(initiatives, organisations));
  const errors = d.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`The test dataset is invalid: ${JSON.stringify(errors)}`);
  return d;
};

/**
 * Names whose Dutch order differs from the order of their characters ("Één" after "apen", before
 * "Zorg"); one initiative in two provinces; a merge; a school that leads one initiative and joins another.
 */
const dataset = datasetOf(
  [
    initiative('a-zorg', 'Zorgcampus', ['utrecht']),
    initiative('een', 'Één Loket', ['utrecht', 'rotterdam']),
    initiative('zz-apen', 'apenheul leerwerk', ['utrecht']),
    initiative('nergens', 'Nergens Gevestigd', []),
    initiative('oud', 'Oud Centrum', ['middelburg'], 'relations:\n  - type: merged_into\n    initiative: nieuw\n', 'pps', 'merged'),
    initiative(
      'nieuw',
      'Nieuw Centrum',
      ['middelburg'],
      'lead_organisation: school\npartners:\n  - organisation: bedrijf\n    role: business\n',
    ),
    initiative(
      'ander',
      'Ander Centrum',
      ['rotterdam'],
      'lead_organisation: bedrijf\npartners:\n  - organisation: school\n    role: education\n',
    ),
  ],
  [organisation('school', 'Voorbeeldcollege'), organisation('bedrijf', 'Voorbeeld BV', 'company')],
);
const site = siteModelOf(dataset, '/atlas/');

describe('the site model', () => {
  it('binds every link to the base URL', () => {
    expect(site.links.initiative('civ-groen')).toBe('/atlas/initiatieven/civ-groen/');
    expect(site.links.organisation('x')).toBe('/atlas/organisaties/x/');
    expect(site.links.region('utrecht')).toBe('/atlas/regio/utrecht/');
    expect(siteModelOf(dataset, '/').links.region('utrecht')).toBe('/regio/utrecht/');
  });

  it('writes the date the data last changed once, as Dutch readers write it', () => {
    expect(site.lastChanged).toBe('2026-01-15');
    expect(site.lastChangedInWords).toBe('15 januari 2026');
    const summer = buildSiteModel(dataset, { base: '/', lastChanged: '2026-07-01', map: { bounds: NL_BOUNDS, aggregateAbove: 400 } });
    expect(summer.lastChangedInWords).toBe('1 juli 2026');
  });

  it('lists each region’s initiatives once, all that have a location there, in Dutch name order', () => {
    const ids = (region: string) => (site.byRegion.get(region) ?? []).map((i) => i.id);
    // Neither the order of the ids (a-zorg, een, zz-apen) nor of the characters (Zorg…, apen…, Één…).
    expect(ids('utrecht')).toEqual(['zz-apen', 'een', 'a-zorg']);
    expect(ids('zuid-holland')).toEqual(['ander', 'een']);
    expect(ids('zeeland')).toEqual(['nieuw', 'oud']);
    expect([...site.byRegion.values()].flat().filter((i) => i.id === 'nergens')).toEqual([]);
    expect([...site.byRegion.keys()].sort()).toEqual(['utrecht', 'zeeland', 'zuid-holland']);
  });

  it('knows relations in both directions: for each initiative, the files that hold its relations', () => {
    const names = (id: string) => (site.relations.get(id) ?? []).map((i) => i.id).sort();
    // Only 'oud' names the relation; 'nieuw' finds it there too.
    expect(names('nieuw')).toEqual(['oud']);
    expect(names('oud')).toEqual(['oud']);
    expect(names('a-zorg')).toEqual([]);
  });

  it('has the neighbours of every region set, by name', () => {
    expect(site.neighbours.get('provincie')?.get('utrecht')).toEqual(['flevoland', 'gelderland', 'noord-holland', 'zuid-holland']);
  });

  it('draws the detail map’s base layers once, exactly as a map drawn on its own', () => {
    const i = dataset.initiatives.find((x) => x.id === 'een')!;
    const page = initiativePage(site, i.id, new URL('https://example.org'));
    const alone = buildStaticMap({
      bounds: site.map.bounds,
      width: 300,
      narrowestPx: DETAIL_MAP_NARROWEST_PX,
      regionSet: site.primary,
      backdrops: dataset.backdrops.map((b) => b.collection),
      initiatives: [i],
      hrefOfInitiative: site.links.initiative,
      hrefOfRegion: site.links.region,
    });
    expect(page.map?.model).toEqual(alone);
    expect(site.detailMapBase.regions).toHaveLength(12);
    expect(site.detailMapBase).toEqual(
      staticMapBase({
        bounds: site.map.bounds,
        width: 300,
        regionSet: site.primary,
        backdrops: dataset.backdrops.map((b) => b.collection),
        hrefOfRegion: site.links.region,
      }),
    );
  });
});

describe('page views', () => {
  it('an initiative page names its organisations, regions and successor with links', () => {
    const page = initiativePage(site, 'oud', new URL('https://example.org'));
    expect(page.lifecycle?.successorLink).toEqual({ href: '/atlas/initiatieven/nieuw/', name: 'Nieuw Centrum' });
    const v = initiativePage(site, 'nieuw', new URL('https://example.org'));
    expect(v.lead).toEqual({ href: '/atlas/organisaties/school/', name: 'Voorbeeldcollege' });
    expect(v.regions).toContainEqual({ href: '/atlas/regio/zeeland/', name: 'Zeeland' });
    expect(v.previewRegion).toBe('zeeland');
    const ld = JSON.parse(v.jsonLd) as { url: string };
    expect(ld.url).toBe('https://example.org/atlas/initiatieven/nieuw/');
    expect(() => initiativePage(site, 'bestaat-niet', undefined)).toThrow(/bestaat-niet/);
  });

  it('an area that is its region itself is not named twice ("Zeeland, Zeeland"); a city of the same name is', () => {
    const one = siteModelOf(datasetOf([initiative('gebied', 'Gebied', ['zeeland', 'middelburg', 'utrecht'])]));
    expect(initiativePage(one, 'gebied', new URL('https://example.org')).locations).toEqual([
      { place: 'Zeeland', precision: 'area', placeHref: '/regio/zeeland/' },
      { place: 'Middelburg', region: { href: '/regio/zeeland/', name: 'Zeeland' } },
      // The city of Utrecht in the province of Utrecht: a place and its province, both named.
      { place: 'Utrecht', region: { href: '/regio/utrecht/', name: 'Utrecht' } },
    ]);
  });

  it('a scope alone shows the "Waar" section, with the scope in words', () => {
    const one = siteModelOf(datasetOf([initiative('breed', 'Breed', [], 'scope: provinces\n')]));
    expect(initiativePage(one, 'breed', new URL('https://example.org'))).toMatchObject({ showsWhere: true, scopeOnly: true });
    // With a place, a working area, or national: the page says where (or that it is everywhere).
    const placed = siteModelOf(
      datasetOf([
        initiative('geplaatst', 'Geplaatst', ['utrecht'], 'scope: provinces\n'),
        initiative('gebied', 'Gebied', [], 'scope: provinces\nworking_area:\n  regions:\n    - zeeland\n'),
        initiative('overal', 'Overal', [], 'scope: national\n'),
      ]),
    );
    for (const id of ['geplaatst', 'gebied', 'overal'])
      expect(initiativePage(placed, id, new URL('https://example.org')).scopeOnly, id).toBe(false);
    const none = siteModelOf(datasetOf([initiative('nergens', 'Nergens', [])]));
    expect(initiativePage(none, 'nergens', new URL('https://example.org')).showsWhere).toBe(false);
  });

  it('an organisation page splits what it leads from what it joins', () => {
    const page = organisationPage(site, 'school');
    expect(page.leads.map((l) => l.name)).toEqual(['Nieuw Centrum']);
    expect(page.joins).toHaveLength(1);
    // Each with its status in brief, as every list of initiatives.
    const all = [...page.leads, ...page.joins];
    for (const l of all) expect(l.status).toBe(statusInBrief(site.initiatives.get(l.href.split('/').at(-2)!)!.data));
    expect(all.every((l) => l.status.length > 0)).toBe(true);
    expect(page.initiativeCount).toBe(2);
    expect(page.mapHref).toBe('/atlas/?organisatie=school');
    expect(organisationPage(site, 'bedrijf').leads.map((l) => l.name)).toEqual(['Ander Centrum']);
    expect(() => organisationPage(site, 'bestaat-niet')).toThrow(/bestaat-niet/);
  });

  it("related initiatives and the lists outside every province name each initiative's status, as every list of initiatives", () => {
    // An ended or merged initiative must not read as a current one beside a link to it.
    const statusOf = (href: string) => statusInBrief(site.initiatives.get(href.split('/').at(-2)!)!.data);
    const fromOld = initiativePage(site, 'oud', new URL('https://example.org')).related;
    const fromNew = initiativePage(site, 'nieuw', new URL('https://example.org')).related;
    expect(fromOld.map((r) => [r.name, r.status])).toEqual([['Nieuw Centrum', 'Actief']]);
    expect(fromNew.map((r) => [r.name, r.status])).toEqual([['Oud Centrum', statusOf('/atlas/initiatieven/oud/')]]);
    expect(fromNew[0]!.status).toMatch(/^Opgegaan/);
    const outside = regionPage(site, 'provincie', 'utrecht').outside.flatMap((o) => o.links);
    expect(outside.map((l) => l.name)).toContain('Nergens Gevestigd');
    for (const l of outside) expect(l.status).toBe(statusOf(l.href));
  });

  it('an organisation page counts a co-lead among what it leads, marked, not among what it joins', () => {
    const one = siteModelOf(
      datasetOf(
        [
          initiative(
            'samen',
            'Samen',
            ['utrecht'],
            'lead_organisation: school\npartners:\n  - organisation: omroep\n    role: co_lead\n    note: Als stichting mede-oprichter\n  - organisation: bedrijf\n    role: business\n',
          ),
        ],
        [organisation('school', 'School'), organisation('omroep', 'Omroep', 'other'), organisation('bedrijf', 'Bedrijf', 'company')],
      ),
    );
    expect(organisationPage(one, 'omroep')).toMatchObject({
      leads: [{ name: 'Samen', co: true, note: 'Als stichting mede-oprichter' }],
      joins: [],
    });
    expect(organisationPage(one, 'school').leads).toEqual([{ href: expect.any(String), name: 'Samen', status: expect.any(String) }]);
    // The lead's own note (the name the source used) is said on its page as on the initiative's.
    const named = siteModelOf(
      datasetOf(
        [initiative('oud', 'Oud', ['utrecht'], 'lead_organisation: school\nlead_note: "In de bron: Oude School (een eerdere naam)"\n')],
        [organisation('school', 'School')],
      ),
    );
    expect(organisationPage(named, 'school').leads).toMatchObject([{ name: 'Oud', note: 'In de bron: Oude School (een eerdere naam)' }]);
    expect(initiativePage(named, 'oud', new URL('https://example.org')).lead).toMatchObject({
      name: 'School',
      note: 'In de bron: Oude School (een eerdere naam)',
    });
    expect(organisationPage(one, 'bedrijf')).toMatchObject({ leads: [], joins: [{ name: 'Samen', role: 'business' }] });
  });

  it('an organisation page names the sources of its facts, each page once, with their date', () => {
    const merged = siteModelOf(
      datasetOf(
        [initiative('samen', 'Samen', ['utrecht'], 'lead_organisation: school\n')],
        [
          file(
            'data/organisations/school.yaml',
            'name: School\nformer_names:\n  - Oude School\nkind: mbo_institution\nsources:\n  - url: https://nieuws.nl/fusie/\n    title: Twee scholen gaan samen\n    published: 2019-06-01\n' +
              'last_verified: 2026-11-01\nverified_by: editors\nverified_source:\n  url: https://www.nieuws.nl/fusie\n',
          ),
        ],
      ),
    );
    expect(organisationPage(merged, 'school').sources).toEqual([
      { href: 'https://nieuws.nl/fusie/', text: 'Twee scholen gaan samen', urlShown: false, published: '1 juni 2019' },
    ]);
    expect(organisationPage(siteModelOf(datasetOf([], [organisation('kaal', 'Kaal')])), 'kaal').sources).toEqual([]);
  });

  it(`a region page shows at most ${CARDS_PER_KIND} cards per kind and links to the rest on the map`, () => {
    // One kind with one initiative more than fits, one that fits exactly, one with a single initiative.
    const crowd = datasetOf([
      ...Array.from({ length: CARDS_PER_KIND + 1 }, (_, n) => initiative(`civ-${n}`, `CIV ${n}`, ['rotterdam'], '', 'civ')),
      ...Array.from({ length: CARDS_PER_KIND }, (_, n) => initiative(`coe-${n}`, `CoE ${n}`, ['rotterdam'], '', 'coe')),
      initiative('pps-0', 'PPS 0', ['rotterdam']),
      initiative('elders', 'Elders', ['utrecht'], '', 'civ'),
      // Here through its working area only: the filtered list the link leads to shows it too.
      initiative('werkgebied', 'Werkgebied', [], 'working_area:\n  regions:\n    - zuid-holland\n', 'civ'),
    ]);
    const big = siteModelOf(crowd);
    const page = regionPage(big, 'provincie', 'zuid-holland');
    expect(page.initiativeCount).toBe(2 * CARDS_PER_KIND + 3);
    const byKind = Object.fromEntries(page.kinds.map((k) => [k.kind, k]));
    expect(byKind.civ).toMatchObject({
      count: CARDS_PER_KIND + 1,
      moreHref: '/?provincie=zuid-holland&soort=civ',
      moreCount: CARDS_PER_KIND + 2,
    });
    expect(byKind.civ!.cards).toHaveLength(CARDS_PER_KIND);
    expect(byKind.coe!.count).toBe(CARDS_PER_KIND);
    expect(byKind.coe!.cards).toHaveLength(CARDS_PER_KIND);
    expect(byKind.coe!.moreHref).toBeUndefined();
    expect(byKind.pps).toMatchObject({ count: 1 });
    expect(byKind.pps!.moreHref).toBeUndefined();
    expect(page.neighbours.map((n) => n.name)).toEqual(['Gelderland', 'Noord-Brabant', 'Noord-Holland', 'Utrecht', 'Zeeland']);
  });
});

describe('the CMS page’s own CSP', () => {
  it('allows the local editing proxy only on the dev server, and the OAuth proxy by its origin', async () => {
    const { adminCsp } = await import('../../src/lib/cms/admin-csp');
    const published = adminCsp({ authBaseUrl: 'https://auth.example.org/oauth/start', dev: false });
    expect(published).toContain("connect-src 'self' https://api.github.com https://auth.example.org;");
    expect(published).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(adminCsp({ dev: true })).toContain("connect-src 'self' https://api.github.com http://127.0.0.1:* http://localhost:*;");
    expect(published).toContain("form-action 'none'");
  });
});
