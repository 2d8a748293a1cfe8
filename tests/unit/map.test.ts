import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStaticMap } from '../../src/lib/map/static-map';
import { buildMapStyle } from '../../src/lib/map/style';
import { boundsOf, makeProjection, NL_BOUNDS, pathFromGeometry } from '../../src/lib/map/projection';
import { buildMapData } from '../../src/lib/explore/build-index';
import { mapLabels } from '../../src/lib/map/labels';
import { previewSvg } from '../../src/lib/map/preview-image';
import { lightTokens } from '../../src/lib/map/preview-colours';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { validateDataset, type InitiativeRecord } from '../../src/lib/validate/validate-dataset';
import { input } from '../helpers/fixtures';

const tokens = {
  water: '#dcebf7',
  land: '#e9edf2',
  landLine: '#8a96a8',
  region: '#ffffff',
  regionLine: '#8a96a8',
  text: '#1b1f24',
  halo: '#ffffff',
  cluster: '#0b5394',
  clusterText: '#ffffff',
};
const style = (basemap?: Parameters<typeof buildMapStyle>[0]['basemap']) =>
  buildMapStyle({
    tokens,
    backdropUrl: '/data/achtergrond.geojson',
    regionsUrl: '/data/regio.geojson',
    points: { type: 'FeatureCollection', features: [] },
    kinds: ['pps', 'civ'],
    ...(basemap ? { basemap } : {}),
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
    id: `i-${k}`,
    file: '',
    derived: { locations: [{ regions: { provincie: 'utrecht' } }] },
    data: {
      name: `I ${k}`,
      kind: 'pps',
      status: 'active',
      summary: 'x'.repeat(20),
      sources: [{ title: 'b' }],
      locations: [{ place: 'U', latitude: 52.0 + (k % 10) * 0.01, longitude: 5.1 + Math.floor(k / 10) * 0.01 }],
    },
  }));
}

describe('static map', () => {
  const d = validateDataset(input([], []));
  const opts = (initiatives: InitiativeRecord[], aggregateAbove = 400) => ({
    bounds: NL_BOUNDS,
    regionSet: d.regionSets[0]!,
    backdrops: d.backdrops.map((b) => b.collection),
    initiatives,
    aggregateAbove,
    hrefOfInitiative: (id: string) => `/initiatieven/${id}/`,
    hrefOfRegion: (id: string) => `/regio/${id}/`,
  });

  it('draws every province as a link and every location as a point with a name', () => {
    // Only points on one spot merged here (a picture without targets); nearby ones are the next tests'.
    const m = buildStaticMap({ ...opts(fakeInitiatives(5)), narrowestPx: Infinity });
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

  const at = (id: string, lon: number, lat: number, place = 'Leeuwarden'): InitiativeRecord => ({
    id,
    file: '',
    derived: { locations: [{ regions: { provincie: 'fryslan' } }] },
    data: {
      name: `Initiatief ${id}`,
      kind: 'pps',
      status: 'active',
      summary: 'x'.repeat(20),
      sources: [{ title: 'b' }],
      locations: [{ place, latitude: lat, longitude: lon }],
    },
  });

  it('draws initiatives that share a spot as one counted point linking to a list of all of them', () => {
    const m = buildStaticMap(opts([at('a', 5.8, 53.2), at('b', 5.8, 53.2), at('c', 5.8, 53.2), at('d', 4.9, 52.37, 'Amsterdam')]));
    expect(m.points).toHaveLength(2);
    const spot = m.points.find((p) => p.count === 3)!;
    expect(spot.ids.sort()).toEqual(['a', 'b', 'c']);
    expect(spot.href).toMatch(/^#plek-/);
    expect(spot.label).toBe('3 initiatieven in Leeuwarden: Initiatief a, Initiatief b, Initiatief c');
    expect(spot.group!.members.map((x) => x.href)).toEqual(['/initiatieven/a/', '/initiatieven/b/', '/initiatieven/c/']);
    expect(m.points.find((p) => p.count === 1)!.group).toBeUndefined();
  });

  it('names a town once in a counted point, and a name that says its town gets no second one (a reader review)', () => {
    const campus = { ...at('b', 5.8, 53.2, 'Leeuwarden (Campus Noord)'), data: { ...at('b', 5.8, 53.2).data, name: 'Lab (Leeuwarden)' } };
    const m = buildStaticMap(opts([at('a', 5.8, 53.2), campus, at('c', 5.801, 53.2, 'Franeker')]));
    const spot = m.points.find((p) => p.count > 1)!;
    expect(spot.group!.place).toBe('Leeuwarden en Franeker');
    expect(spot.label).toBe(
      '3 initiatieven in Leeuwarden en Franeker: Initiatief a (Leeuwarden), Lab (Leeuwarden), Initiatief c (Franeker)',
    );
    // A town named as a word only: "Edelstenenlab" does not say Ede.
    const edeAt = at('e', 5.8, 53.2, 'Ede');
    const ede = { ...edeAt, data: { ...edeAt.data, name: 'Edelstenenlab' } };
    const two = buildStaticMap(opts([ede, at('f', 5.801, 53.2, 'Franeker')])).points.find((p) => p.count > 1)!;
    expect(two.label).toContain('Edelstenenlab (Ede)');
  });

  it('says the middle of an area as such in a group: "Raalte en Overijssel" are not two towns (a reader review)', () => {
    const b = at('b', 5.8, 53.2, 'Overijssel');
    const area = {
      ...b,
      data: { ...b.data, locations: [{ place: 'Overijssel', latitude: 53.2, longitude: 5.8, precision: 'area' as const }] },
    };
    const spot = buildStaticMap(opts([at('a', 5.8, 53.2, 'Raalte'), area])).points.find((p) => p.count === 2)!;
    expect(spot.group!.place).toBe('Raalte en Overijssel (midden van het gebied)');
    expect(spot.label).toBe(
      '2 initiatieven in Raalte en Overijssel (midden van het gebied): Initiatief a (Raalte), Initiatief b (Overijssel, midden van het gebied)',
    );
    // One initiative's own points, one in a town and one the middle of an area.
    const own = { ...b, data: { ...b.data, locations: [{ place: 'Raalte', latitude: 53.2, longitude: 5.8 }, area.data.locations[0]!] } };
    const one = buildStaticMap(opts([own])).points;
    expect(one.map((p) => p.label)).toEqual(['Initiatief b, Raalte en Overijssel (midden van het gebied)']);
  });

  it('gives every marker a 24 px target at the narrowest width: markers nearer than that are merged', () => {
    const m = buildStaticMap(opts([at('a', 5.0, 52.0), at('b', 5.02, 52.0, 'Utrecht'), at('c', 6.5, 53.3)]));
    // 600 units drawn 340 px wide: a target of 24 px is 42.4 units across.
    const px = 340 / m.width;
    const c = m.points.find((p) => p.id === 'c')!;
    expect(2 * c.hit * px).toBeGreaterThanOrEqual(23.9);
    expect(2 * c.hit * px).toBeLessThanOrEqual(24);
    const ab = m.points.find((p) => p.count === 2)!;
    expect(m.points).toHaveLength(2);
    expect(ab.ids).toEqual(['a', 'b']);
    expect(ab.label).toBe('2 initiatieven in Leeuwarden en Utrecht: Initiatief a (Leeuwarden), Initiatief b (Utrecht)');
    expect(ab.group!.place).toBe('Leeuwarden en Utrecht');
  });

  it('leaves no two targets closer than 24 px at the narrowest width, whatever the crowd', () => {
    for (const narrowestPx of [340, 200]) {
      const m = buildStaticMap({ ...opts(fakeInitiatives(100)), narrowestPx });
      const gap = (24 * m.width) / narrowestPx;
      expect(m.points.reduce((s, p) => s + p.count, 0)).toBe(100);
      for (const [n, p] of m.points.entries()) {
        expect(2 * p.hit).toBeGreaterThanOrEqual(Math.min(gap, 2 * 7) - 0.1);
        for (const q of m.points.slice(n + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(gap);
      }
    }
  });

  it('names at most about 400 characters of initiatives in a counted point, then says how many more', () => {
    const many = Array.from({ length: 30 }, (_, n) => at(`i${n}`, 5.8, 53.2));
    const spot = buildStaticMap(opts(many)).points[0]!;
    expect(spot.label.length).toBeLessThan(480);
    expect(spot.label).toMatch(/^30 initiatieven in Leeuwarden: Initiatief i0, .* en \d+ andere$/);
    expect(spot.group!.members).toHaveLength(30);
  });

  it("one initiative's nearby places are one marker for that initiative, naming each place", () => {
    const two: InitiativeRecord = {
      ...at('x', 4.36, 52.01, 'Delft'),
      derived: { locations: [{ regions: { provincie: 'zuid-holland' } }, { regions: { provincie: 'zuid-holland' } }] },
    };
    two.data = { ...two.data, locations: [two.data.locations![0]!, { place: 'Rijswijk', latitude: 52.04, longitude: 4.32 }] };
    const m = buildStaticMap(opts([two]));
    expect(m.points).toHaveLength(1);
    expect(m.points[0]).toMatchObject({ count: 1, ids: ['x'], href: '/initiatieven/x/', label: 'Initiatief x, Delft en Rijswijk' });
    expect(m.points[0]!.group).toBeUndefined();
  });

  it('a zoomed-in map leaves out what lies wholly outside the picture, the national map keeps every region', () => {
    const zeeland = d.regionSets[0]!.regions.find((r) => r.id === 'zeeland')!;
    const zoomed = buildStaticMap({ ...opts([]), bounds: boundsOf([zeeland.geometry], 0.15), width: 480, highlightRegion: 'zeeland' });
    const ids = zoomed.regions.map((r) => r.id);
    expect(ids).toContain('zeeland');
    expect(ids).not.toContain('groningen');
    expect(zoomed.regions.every((r) => r.d.length > 0)).toBe(true);
    expect(buildStaticMap(opts([])).regions).toHaveLength(d.regionSets[0]!.regions.length);
  });

  it('links on a zoomed-in map only the regions the reader can see: each has a corner inside the picture (WCAG 2.4.7)', () => {
    let drawnUnlinked = 0;
    for (const region of d.regionSets[0]!.regions) {
      const bounds = boundsOf([region.geometry], 0.15);
      const zoomed = buildStaticMap({ ...opts([]), bounds, width: 480, highlightRegion: region.id });
      const p = makeProjection(bounds, 480);
      for (const linked of zoomed.regions.filter((r) => r.href)) {
        const g = d.regionSets[0]!.regions.find((r) => r.id === linked.id)!.geometry;
        const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly[0]!);
        const inside = rings.some((ring) =>
          ring.some(([lon, lat]) => {
            const [x, y] = p.project(lon!, lat!);
            return x >= 0 && y >= 0 && x <= p.width && y <= p.height;
          }),
        );
        expect(inside, `${region.id} links ${linked.id}`).toBe(true);
      }
      expect(zoomed.regions.find((r) => r.id === region.id)?.href).toBeDefined();
      drawnUnlinked += zoomed.regions.filter((r) => !r.href && r.d.length > 0).length;
    }
    // Neighbours that only reach into the margin stay drawn (the picture is the same), unlinked.
    expect(drawnUnlinked).toBeGreaterThan(0);
  });

  it('projects the bounds onto the SVG box and draws closed paths', () => {
    const p = makeProjection(NL_BOUNDS, 600);
    expect(p.project(NL_BOUNDS.west, NL_BOUNDS.north)).toEqual([0, 0]);
    expect(p.project(NL_BOUNDS.east, NL_BOUNDS.south)).toEqual([600, p.height]);
    expect(pathFromGeometry(d.regionSets[0]!.regions[0]!.geometry, p)).toMatch(/^M[\d.]+ [\d.]+l.*Z$/);
  });

  it('draws each outline within half a unit of the true one, with fewer points', () => {
    const p = makeProjection(NL_BOUNDS, 600);
    for (const region of d.regionSets[0]!.regions) {
      const rings = (region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates).flat();
      const drawn = readPath(pathFromGeometry(region.geometry, p));
      const all = rings.flatMap((ring) => ring.map(([lon, lat]) => p.project(lon!, lat!)));
      // Every drawn point is a true (projected) point: relative steps add up without drift.
      for (const ring of drawn)
        for (const q of ring)
          expect(
            all.some((t) => Math.hypot(t[0] - q[0], t[1] - q[1]) < 1e-6),
            `${region.id} ${q}`,
          ).toBe(true);
      // Every true point of a drawn ring lies within the tolerance of its drawn outline.
      for (const ring of rings) {
        const projected = ring.map(([lon, lat]) => p.project(lon!, lat!));
        const mine = drawn.find((r) => r.some((q) => q[0] === projected[0]![0] && q[1] === projected[0]![1]));
        if (!mine) continue; // a ring too small to draw (under a triangle once simplified)
        for (const t of projected) expect(distanceToRing(t, mine), `${region.id}: ${t}`).toBeLessThanOrEqual(0.5 + 1e-9);
      }
      expect(drawn.flat().length, region.id).toBeLessThan(all.length);
    }
  });
});

/** Reads path data of closed rings (M, then l steps, Z) back into absolute points. */
function readPath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.split('Z').filter(Boolean)) {
    const m = /^M(-?[\d.]+) (-?[\d.]+)l(.*)$/.exec(part);
    if (!m) throw new Error(`unreadable ring: ${part.slice(0, 40)}`);
    const nums = (m[3]!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x, y] = [Number(m[1]), Number(m[2])];
    const ring: [number, number][] = [[x, y]];
    for (let i = 0; i < nums.length; i += 2) {
      [x, y] = [Math.round((x + nums[i]!) * 10) / 10, Math.round((y + nums[i + 1]!) * 10) / 10];
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}

/** The distance from a point to a closed polyline. */
function distanceToRing(t: number[], ring: [number, number][]): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[(i + 1) % ring.length]!];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len = dx * dx + dy * dy;
    const u = len ? Math.max(0, Math.min(1, ((t[0]! - a[0]) * dx + (t[1]! - a[1]) * dy) / len)) : 0;
    best = Math.min(best, Math.hypot(t[0]! - (a[0] + u * dx), t[1]! - (a[1] + u * dy)));
  }
  return best;
}

describe('map data', () => {
  it('packs each location into four numbers', () => {
    const data = buildMapData(fakeInitiatives(3));
    expect(data.ids).toEqual(['i-0', 'i-1', 'i-2']);
    expect(data.points).toHaveLength(12);
    expect(data.points.slice(0, 4)).toEqual([5.1, 52, data.kinds.indexOf('pps'), 0]);
  });
});

describe('map labels', () => {
  const d = validateDataset(input([], []));
  const set = d.regionSets[0]!;
  it('puts every region name inside its region, also for coastal and island provinces', () => {
    const labels = mapLabels(set, []);
    expect(labels.filter((l) => l.type === 'region')).toHaveLength(set.regions.length);
    for (const r of set.regions) {
      const l = labels.find((x) => x.name === r.name)!;
      expect(booleanPointInPolygon([l.lon, l.lat], r.geometry), r.name).toBe(true);
    }
  });

  it('names the places that several initiatives share, most first', () => {
    const rec = (id: string, place: string, lon: number): InitiativeRecord => ({
      id,
      file: '',
      derived: { locations: [] },
      data: {
        name: id,
        kind: 'pps',
        status: 'active',
        summary: 'x'.repeat(20),
        sources: [{ title: 'b' }],
        locations: [{ place, latitude: 53, longitude: lon }],
      },
    });
    const places = mapLabels(set, [
      rec('a', 'Sneek', 5.6),
      rec('b', 'Sneek', 5.7),
      rec('c', 'Joure', 5.8),
      rec('d', 'Emmen', 6.9),
      rec('e', 'Emmen', 6.9),
      rec('f', 'Emmen', 6.9),
    ]).filter((l) => l.type === 'place');
    expect(places.map((p) => p.name)).toEqual(['Emmen', 'Sneek']);
    expect(places[1]!.lon).toBeCloseTo(5.65);
  });
});

/** WCAG relative luminance and contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('kind colours', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const light = lightTokens(css);
  const dark = { ...light, ...lightTokens(css.slice(css.indexOf('prefers-color-scheme: dark')).replace(/^[^{]*\{/, '')) };
  const kinds = Object.keys(light).filter((k) => k.startsWith('atlas-color-kind-'));

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('stand out at 3:1 against provinces and land in %s mode (WCAG 1.4.11)', (_mode, t) => {
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    for (const k of kinds) {
      for (const bg of ['atlas-color-province', 'atlas-color-land', 'atlas-color-bg']) {
        expect(contrast(t[k]!, t[bg]!), `${k} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('link-preview image', () => {
  it('draws the map with every point, clipped to its frame, without text', () => {
    const d = validateDataset(input([], []));
    const model = buildStaticMap({
      bounds: NL_BOUNDS,
      regionSet: d.regionSets[0]!,
      backdrops: d.backdrops.map((b) => b.collection),
      initiatives: fakeInitiatives(7),
      hrefOfInitiative: (id) => id,
      hrefOfRegion: (id) => id,
    });
    const svg = previewSvg(model, {
      band: '#0b5394',
      water: '#dcebf7',
      land: '#e9edf2',
      province: '#ffffff',
      line: '#8a96a8',
      highlight: '#ffe9a8',
      kinds: { pps: '#0b5394' },
      fallbackKind: '#000000',
    });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg.match(/<circle /g)).toHaveLength(model.points.length);
    expect(svg).toContain('clip-path="url(#frame)"');
    expect(svg).not.toMatch(/<text/);
  });
});
