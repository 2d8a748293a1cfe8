import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generate';
import { loadDataset } from '../../src/io/dataset';
import { buildStaticMap, staticMapBase } from '../../src/lib/map/static-map';
import { NL_BOUNDS } from '../../src/lib/map/projection';
import { buildSiteModel } from '../../src/lib/site-model';
import { DETAIL_MAP_NARROWEST_PX, initiativePage } from '../../src/lib/views/initiative-page';
import { organisationPage } from '../../src/lib/views/organisation-page';
import { CARDS_PER_KIND, regionPage } from '../../src/lib/views/region-page';
import { siteModelOf } from '../helpers/fixtures';

const dataset = await loadDataset();
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
    let listed = 0;
    for (const [region, list] of site.byRegion) {
      expect(new Set(list).size).toBe(list.length);
      for (let n = 1; n < list.length; n++)
        expect(list[n - 1]!.data.name.localeCompare(list[n]!.data.name, 'nl'), region).toBeLessThanOrEqual(0);
      listed += list.length;
    }
    for (const i of dataset.initiatives)
      for (const region of new Set(i.derived.locations.flatMap((l) => Object.values(l.regions))))
        expect(site.byRegion.get(region), `${i.id} in ${region}`).toContain(i);
    const expected = dataset.initiatives.reduce(
      (n, i) => n + new Set(i.derived.locations.flatMap((l) => Object.values(l.regions))).size,
      0,
    );
    expect(listed).toBe(expected);
  });

  it('knows relations in both directions', () => {
    const names = (id: string) => (site.relations.get(id) ?? []).map((i) => i.id).sort();
    // civ-agri-food and civ-tu both name civ-groen as where they merged into.
    expect(names('civ-groen')).toEqual(expect.arrayContaining(['civ-agri-food', 'civ-tu']));
    expect(names('civ-tu')).toEqual(['civ-tu']);
  });

  it('has the neighbours of every region set, by name', () => {
    expect(site.neighbours.get('provincie')?.get('utrecht')).toEqual(['flevoland', 'gelderland', 'noord-holland', 'zuid-holland']);
  });

  it('draws the detail map’s base layers once, exactly as a map drawn on its own', () => {
    const i = dataset.initiatives.find((x) => x.data.locations?.length)!;
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
    const page = initiativePage(site, 'civ-tu', new URL('https://example.org'));
    expect(page.lifecycle?.successorLink).toEqual({ href: '/atlas/initiatieven/civ-groen/', name: 'CIV Groen' });
    const withLead = dataset.initiatives.find((i) => i.data.lead_organisation && i.derived.locations.length)!;
    const v = initiativePage(site, withLead.id, new URL('https://example.org'));
    const lead = dataset.organisations.find((o) => o.id === withLead.data.lead_organisation)!;
    expect(v.lead).toEqual({ href: `/atlas/organisaties/${lead.id}/`, name: lead.data.name });
    const province = withLead.derived.locations[0]!.regions.provincie!;
    expect(v.regions).toContainEqual({ href: `/atlas/regio/${province}/`, name: site.regionNames[province] });
    expect(v.previewRegion).toBe(province);
    const ld = JSON.parse(v.jsonLd) as { url: string };
    expect(ld.url).toBe(`https://example.org/atlas/initiatieven/${withLead.id}/`);
    expect(() => initiativePage(site, 'bestaat-niet', undefined)).toThrow(/bestaat-niet/);
  });

  it('an organisation page splits what it leads from what it joins', () => {
    const [id, involved] = [...site.involvement].find(
      ([, list]) => list.some((x) => x.role === 'lead') && list.some((x) => x.role !== 'lead'),
    )!;
    const page = organisationPage(site, id);
    expect(page.leads.map((l) => l.name).sort()).toEqual(
      involved
        .filter((x) => x.role === 'lead')
        .map((x) => x.initiative.data.name)
        .sort(),
    );
    expect(page.joins).toHaveLength(involved.filter((x) => x.role !== 'lead').length);
    expect(page.initiativeCount).toBe(involved.length);
    expect(page.mapHref).toBe(`/atlas/?organisatie=${id}`);
    expect(() => organisationPage(site, 'bestaat-niet')).toThrow(/bestaat-niet/);
  });

  describe('a region page at scale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-region-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it(`shows at most ${CARDS_PER_KIND} cards per kind and links to the rest on the map`, async () => {
      generateDataset(1200, join(dir, 'data'));
      const big = siteModelOf(await loadDataset(join(dir, 'data')));
      const page = regionPage(big, 'provincie', 'zuid-holland');
      const here = big.byRegion.get('zuid-holland')!;
      expect(page.initiativeCount).toBe(here.length);
      const crowded = page.kinds.find((k) => k.count > CARDS_PER_KIND)!;
      expect(crowded.cards).toHaveLength(CARDS_PER_KIND);
      expect(crowded.moreHref).toBe(`/?provincie=zuid-holland&soort=${crowded.kind}`);
      expect(crowded.count).toBe(here.filter((i) => i.data.kind === crowded.kind).length);
      for (const k of page.kinds.filter((x) => x.count <= CARDS_PER_KIND)) expect(k.moreHref).toBeUndefined();
      expect(page.kinds.reduce((n, k) => n + k.count, 0)).toBe(here.length);
      expect(page.neighbours.map((n) => n.name)).toEqual(['Gelderland', 'Noord-Brabant', 'Noord-Holland', 'Utrecht', 'Zeeland']);
    });
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
