import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStaticMap } from '../../src/lib/map/static-map';
import { buildMapStyle } from '../../src/lib/map/style';
import { makeProjection, NL_BOUNDS, pathFromGeometry } from '../../src/lib/map/projection';
import { buildMapData } from '../../src/lib/explore/build-index';
import { validateDataset, type InitiativeRecord } from '../../src/lib/validate/validate-dataset';
import { input } from '../helpers/fixtures';

const tokens = { water: '#dcebf7', land: '#e9edf2', landLine: '#8a96a8', region: '#ffffff', regionLine: '#8a96a8', text: '#1b1f24', halo: '#ffffff', cluster: '#0b5394', clusterText: '#ffffff' };
const style = (basemap?: Parameters<typeof buildMapStyle>[0]['basemap']) => buildMapStyle({
  tokens, backdropUrl: '/data/achtergrond.geojson', regionsUrl: '/data/regio.geojson',
  points: { type: 'FeatureCollection', features: [] }, kinds: ['pps', 'civ'], ...(basemap ? { basemap } : {}),
});

describe('map style', () => {
  it('is valid against the MapLibre style spec', () => {
    expect(validateStyleMin(style())).toEqual([]);
  });

  it('has no glyphs, sprites or remote sources unless a basemap is configured', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(JSON.stringify(s)).not.toMatch(/https?:\/\//);
    const withBase = style({ tiles: ['https://tiles.example/{z}/{x}/{y}.png'], attribution: 'Kaart: voorbeeld' });
    expect(validateStyleMin(withBase)).toEqual([]);
    expect(withBase.layers.map((l) => l.id)).toContain('basemap');
  });

  it('lists layers bottom to top with points above regions', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids.indexOf('regions-line')).toBeLessThan(ids.indexOf('clusters'));
    expect(ids.at(-1)).toBe('initiatives');
  });
});

function fakeInitiatives(n: number): InitiativeRecord[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `i-${k}`, file: '', derived: { locations: [{ regions: { provincie: 'utrecht' } }] },
    data: { name: `I ${k}`, kind: 'pps', status: 'active', summary: 'x'.repeat(20), sources: [{ title: 'b' }], locations: [{ place: 'U', latitude: 52.0 + (k % 10) * 0.01, longitude: 5.1 + Math.floor(k / 10) * 0.01 }] },
  }));
}

describe('static map', () => {
  const d = validateDataset(input([], []));
  const opts = (initiatives: InitiativeRecord[], aggregateAbove = 400) => ({
    bounds: NL_BOUNDS, regionSet: d.regionSets[0]!, backdrops: d.backdrops.map((b) => b.collection), initiatives, aggregateAbove,
    hrefOfInitiative: (id: string) => `/initiatieven/${id}/`, hrefOfRegion: (id: string) => `/regio/${id}/`,
  });

  it('draws every province as a link and every location as a point with a name', () => {
    const m = buildStaticMap(opts(fakeInitiatives(5)));
    expect(m.regions.map((r) => r.href)).toContain('/regio/zeeland/');
    expect(m.points).toHaveLength(5);
    expect(m.points[0]).toMatchObject({ label: 'I 0', href: '/initiatieven/i-0/', count: 1 });
  });

  it('merges nearby points above the threshold, keeping every initiative reachable', () => {
    const many = fakeInitiatives(100);
    const m = buildStaticMap(opts(many, 50));
    expect(m.aggregated).toBe(true);
    expect(m.points.length).toBeLessThan(100);
    expect(m.points.reduce((s, p) => s + p.count, 0)).toBe(100);
    expect(new Set(m.points.flatMap((p) => p.ids)).size).toBe(100);
    const cluster = m.points.find((p) => p.count > 1)!;
    expect(cluster.label).toMatch(/^\d+ initiatieven in Utrecht$/);
    expect(cluster.href).toBe('/regio/utrecht/');
  });

  it('projects the bounds onto the SVG box and draws closed paths', () => {
    const p = makeProjection(NL_BOUNDS, 600);
    expect(p.project(NL_BOUNDS.west, NL_BOUNDS.north)).toEqual([0, 0]);
    expect(p.project(NL_BOUNDS.east, NL_BOUNDS.south)).toEqual([600, p.height]);
    expect(pathFromGeometry(d.regionSets[0]!.regions[0]!.geometry, p)).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
  });
});

describe('map data', () => {
  it('packs each location into four numbers', () => {
    const data = buildMapData(fakeInitiatives(3));
    expect(data.ids).toEqual(['i-0', 'i-1', 'i-2']);
    expect(data.points).toHaveLength(12);
    expect(data.points.slice(0, 4)).toEqual([5.1, 52, data.kinds.indexOf('pps'), 0]);
  });
});
