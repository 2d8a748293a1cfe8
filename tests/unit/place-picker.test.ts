import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { pointEdits } from '../../src/lib/cms/chosen-points';
import { buildGazetteer } from '../../src/lib/cms/gazetteer';
import { isPicked, markPicked, nearestPlace, placeOfClick, precisionOfClick, unmarked } from '../../src/lib/cms/picked-place';
import { adoptNewOrganisations, coordinatesOf } from '../../src/lib/intake/adopt-organisations';
import { buildPickerStyle } from '../../src/lib/map/picker-style';
import type { Initiative } from '../../src/lib/schema/types.generated';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input } from '../helpers/fixtures';

describe('a point picked on the map says so', () => {
  it('marks the place text, and reads the mark back', () => {
    expect(markPicked('Pieterburen')).toBe('Pieterburen (aangewezen op de kaart)');
    expect(markPicked('Pieterburen (aangewezen op de kaart)')).toBe('Pieterburen (aangewezen op de kaart)');
    expect(isPicked('Pieterburen (aangewezen op de kaart)')).toBe(true);
    expect(isPicked('Leeuwarden (WaterCampus)')).toBe(false);
    expect(unmarked('Pieterburen (aangewezen op de kaart)')).toBe('Pieterburen');
  });

  it('claims the middle of a place only when zoomed in, the middle of an area otherwise, never an address', () => {
    expect(precisionOfClick(6)).toBe('area');
    expect(precisionOfClick(9.9)).toBe('area');
    expect(precisionOfClick(10)).toBe('place');
    expect(precisionOfClick(15)).toBe('place');
  });

  it('names a click without a typed name after the nearest place', () => {
    const places = [
      { name: 'Winsum', latitude: 53.33, longitude: 6.5167 },
      { name: 'Warffum', latitude: 53.3917, longitude: 6.5597 },
    ];
    expect(nearestPlace(places, 53.4, 6.55)?.name).toBe('Warffum');
    expect(placeOfClick('', 'Warffum')).toBe('bij Warffum (aangewezen op de kaart)');
    expect(placeOfClick('Pieterburen', 'Warffum')).toBe('Pieterburen (aangewezen op de kaart)');
  });
});

describe('coordinates chosen in a place picker reach the saved entry', () => {
  const chosen = new Map<string, { latitude: number; longitude: number } | null>([
    ['Pieterburen (aangewezen op de kaart)', { latitude: 53.4, longitude: 6.45 }],
    ['Nergenshuizen', null],
  ]);
  const lookup = (p: string) => chosen.get(p);

  it("sets each new organisation's coordinates from its own place", () => {
    const data = {
      name: 'x',
      new_organisations: [
        { name: 'A', place: 'Arnhem', latitude: 51.98, longitude: 5.91 },
        { name: 'B', place: 'Pieterburen (aangewezen op de kaart)' },
      ],
    };
    expect(pointEdits(data, lookup)).toEqual([
      { path: ['new_organisations', 1, 'latitude'], value: 53.4 },
      { path: ['new_organisations', 1, 'longitude'], value: 6.45 },
    ]);
  });

  it("sets an organisation's own coordinates, and removes them for a typed place without a point", () => {
    expect(pointEdits({ place: 'Pieterburen (aangewezen op de kaart)' }, lookup)).toHaveLength(2);
    expect(pointEdits({ place: 'Nergenshuizen', latitude: 52, longitude: 5 }, lookup)).toEqual([
      { path: ['latitude'] },
      { path: ['longitude'] },
    ]);
    expect(pointEdits({ place: 'Leeuwarden', latitude: 53.2, longitude: 5.8 }, lookup)).toEqual([]);
  });
});

describe("the picker's map style", () => {
  const style = (basemap?: { tiles: string[]; attribution: string }) =>
    buildPickerStyle({
      backdropUrl: '/data/achtergrond.geojson',
      regionsUrl: '/data/regio.geojson',
      places: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [6.52, 53.33] }, properties: { name: 'Winsum' } }],
      },
      chosen: { type: 'FeatureCollection', features: [] },
      ...(basemap ? { basemap } : {}),
    });

  it('is valid, draws place names from local fonts, and asks no other host unless a basemap is configured', () => {
    expect(validateStyleMin(style())).toEqual([]);
    expect(style().glyphs).toBeUndefined();
    expect(JSON.stringify(style())).not.toMatch(/https?:\/\//);
    const ids = style().layers.map((l) => l.id);
    expect(ids).toContain('place-labels');
    expect(ids.at(-1)).toBe('chosen');
    const pdok = style({
      tiles: ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'],
      attribution: 'Kadaster / PDOK',
    });
    expect(validateStyleMin(pdok)).toEqual([]);
    expect(pdok.layers.map((l) => l.id)).toContain('basemap');
  });
});

describe('adoption says where a new organisation’s coordinates came from', () => {
  const open = [{ name: 'Winsum', latitude: 53.33, longitude: 6.5167 }];
  const clicked = (id: string) =>
    file(
      `data/initiatives/${id}.yaml`,
      `name: ${id}\nkind: pps\nstatus: active\nsummary: Een samenwerking voor de test van aangeklikte plaatsen.\nlocations:\n  - place: Pieterburen (aangewezen op de kaart)\n    latitude: 53.4\n    longitude: 6.45\n    precision: place\nsources:\n  - title: Bron\n`,
    );
  const d = validateDataset(input([clicked('zeehonden')], []));
  const places = buildGazetteer(d, d.regionSets[0]!, { west: 3.2, east: 7.3, south: 50.7, north: 53.6 }, 480, open).places;

  it("a contributor's map click: says it was clicked on the map, not looked up", () => {
    const c = coordinatesOf({ place: 'Pieterburen (aangewezen op de kaart)', latitude: 53.4012, longitude: 6.4488 }, places);
    expect(c).toMatchObject({ latitude: 53.4012, longitude: 6.4488 });
    expect(c!.origin).toMatch(/aangewezen op de kaart door wie het voorstel deed/);
    expect(c!.origin).not.toMatch(/opgezocht|midden van/);
  });

  it('a place chosen from the list by the contributor, and one looked up at adoption (GeoNames or the atlas)', () => {
    expect(coordinatesOf({ place: 'Winsum', latitude: 53.33, longitude: 6.5167 }, places)!.origin).toBe(
      'het midden van Winsum, gekozen uit de plaatsenlijst door wie het voorstel deed',
    );
    expect(coordinatesOf({ place: 'Winsum' }, places)!.origin).toBe('het midden van Winsum volgens GeoNames, opgezocht bij het overnemen');
    const atlas = coordinatesOf({ place: 'Pieterburen' }, places)!.origin;
    expect(atlas).toMatch(
      /^bij het overnemen opgezocht: overgenomen van de locatie 'Pieterburen \(aangewezen op de kaart\)' van initiatief zeehonden/,
    );
    expect(atlas).not.toMatch(/het midden van/);
  });

  it('writes the origin into the new organisation, with the point the contributor clicked', () => {
    const proposal: Initiative = {
      name: 'Zeehondenzorg Noord',
      kind: 'pps',
      status: 'active',
      summary: 'Een samenwerking rond dierverzorging in Pieterburen met een nieuwe partner.',
      new_organisations: [
        {
          name: 'Zeehondencentrum Voorbeeld',
          kind: 'other',
          role: 'lead',
          place: 'Pieterburen (aangewezen op de kaart)',
          latitude: 53.4012,
          longitude: 6.4488,
        },
      ],
      sources: [{ title: 'Aanmelding' }],
    };
    const org = adoptNewOrganisations([{ id: 'zeehondenzorg', data: proposal }], [], places).find((a) =>
      a.path.includes('organisations/'),
    )!;
    expect(org.text).toMatch(/^latitude: 53\.4012$/m);
    expect(org.text.replace(/\n\s+/g, ' ')).toContain('Coördinaten: aangewezen op de kaart door wie het voorstel deed, bij Pieterburen');
    expect(org.text).not.toMatch(/opgezocht bij het overnemen/);
  });
});

describe('PDOK in the CMS: configuration only, off by default', () => {
  it('is off by default: no PDOK host in the admin CSP, and the site config has it unset', async () => {
    const { adminCsp } = await import('../../src/lib/cms/admin-csp');
    const { siteConfig } = await import('../../src/site.config');
    expect(siteConfig.cms.pdok ?? false).toBe(false);
    expect(adminCsp({ dev: false })).not.toMatch(/pdok/);
    // Images from GitHub only for the login's avatar: a description's image is not fetched from raw.githubusercontent.com.
    expect(adminCsp({ dev: false })).toMatch(/img-src 'self' data: blob: https:\/\/avatars\.githubusercontent\.com;/);
    expect(adminCsp({ dev: false, pdok: false })).not.toMatch(/pdok/);
  });

  it('switched on, the admin CSP allows exactly its tile host as images and its search host as a fetch', async () => {
    const { adminCsp } = await import('../../src/lib/cms/admin-csp');
    const csp = adminCsp({ dev: false, pdok: true });
    expect(csp).toMatch(/img-src [^;]*https:\/\/service\.pdok\.nl(;|$)/);
    expect(csp).toMatch(/connect-src [^;]*https:\/\/api\.pdok\.nl(;|$)/);
    expect(csp).not.toMatch(/script-src [^;]*pdok/);
    const { checkSiteConfig } = await import('../../src/lib/site-config-check');
    const { siteConfig } = await import('../../src/site.config');
    expect(checkSiteConfig({ ...siteConfig, cms: { ...siteConfig.cms, pdok: true } }).cms.pdok).toBe(true);
    expect(() => checkSiteConfig({ ...siteConfig, cms: { ...siteConfig.cms, pdok: 'ja' as unknown as boolean } })).toThrow();
  });

  it('asks the Locatieserver for addresses, postcodes and towns, and gives each the precision it honestly has', async () => {
    const { parsePdokSearch, pdokSearchUrl } = await import('../../src/lib/cms/pdok');
    const url = new URL(pdokSearchUrl(' Hoofdstraat 1 Pieterburen '));
    expect(url.origin).toBe('https://api.pdok.nl');
    expect(url.searchParams.get('q')).toBe('Hoofdstraat 1 Pieterburen');
    expect(url.searchParams.get('fq')).toBe('type:(adres OR postcode OR woonplaats)');
    const found = parsePdokSearch({
      response: {
        docs: [
          { type: 'adres', weergavenaam: 'Hoofdstraat 94A, 9968AG Pieterburen', centroide_ll: 'POINT(6.44962 53.40028)' },
          { type: 'postcode', weergavenaam: '9968AG Pieterburen', centroide_ll: 'POINT(6.45 53.4)' },
          { type: 'woonplaats', weergavenaam: 'Pieterburen, Het Hogeland, Groningen', centroide_ll: 'POINT(6.4488 53.4012)' },
          { type: 'gemeente', weergavenaam: 'Het Hogeland', centroide_ll: 'POINT(6.5 53.3)' },
          { type: 'adres', weergavenaam: 'kapot', centroide_ll: 'POINT(x y)' },
        ],
      },
    });
    expect(found.map((f) => f.precision)).toEqual(['address', 'area', 'place']);
    expect(found[0]).toEqual({ name: 'Hoofdstraat 94A, 9968AG Pieterburen', latitude: 53.40028, longitude: 6.44962, precision: 'address' });
    expect(parsePdokSearch(undefined)).toEqual([]);
  });
});

describe("the CMS's form for new organisations", () => {
  it('gives their place the same picker, with its coordinates in hidden fields', async () => {
    const { fieldsFor } = await import('../../src/lib/cms/config');
    const list = fieldsFor('initiative').find((f) => f.name === 'new_organisations')!;
    const fields = list.fields as { name: string; widget: string; required: boolean }[];
    expect(fields.find((f) => f.name === 'place')).toMatchObject({ widget: 'atlas-place', required: false });
    expect(fields.filter((f) => f.name === 'latitude' || f.name === 'longitude').map((f) => f.widget)).toEqual(['hidden', 'hidden']);
  });
});
