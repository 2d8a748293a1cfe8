/**
 * pointInRegion gives exactly turf's booleanPointInPolygon answer (boundary inside), only
 * faster: compared on the atlas's own boundaries and on shapes made to be awkward (holes,
 * horizontal edges, vertices on a strip's border), at every vertex, on and beside every edge and
 * at thousands of seeded random points.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointInRegion } from '../../src/lib/regions/point-in-region';
import { ROOT } from '../helpers/fixtures';

type Geometry = Polygon | MultiPolygon;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ringsOf = (g: Geometry) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

/** Points that test the edges of the method: on, next to and between vertices, and anywhere. */
function probes(g: Geometry, rnd: () => number, many: number): [number, number][] {
  const out: [number, number][] = [];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(g))
    for (let i = 0; i < ring.length - 1; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      [x0, y0, x1, y1] = [Math.min(x0, ax), Math.min(y0, ay), Math.max(x1, ax), Math.max(y1, ay)];
      out.push([ax, ay], [(ax + bx) / 2, (ay + by) / 2], [ax + (bx - ax) / 3, ay + (by - ay) / 3]);
      for (const d of [1e-12, 1e-9, 1e-6]) out.push([ax + d, ay], [ax - d, ay], [ax, ay + d], [ax, ay - d]);
    }
  const w = x1 - x0,
    h = y1 - y0;
  for (let i = 0; i < many; i++) {
    // Anywhere around the shape, and on the latitude of a vertex (a ray through a vertex).
    out.push([x0 - w * 0.1 + w * 1.2 * rnd(), y0 - h * 0.1 + h * 1.2 * rnd()]);
    const ring = ringsOf(g)[Math.floor(rnd() * ringsOf(g).length)]!;
    const v = ring[Math.floor(rnd() * ring.length)]!;
    out.push([x0 + w * rnd(), v[1]!]);
  }
  return out;
}

function compare(g: Geometry, points: [number, number][]): { inside: number; outside: number; mismatches: string[] } {
  let inside = 0,
    outside = 0;
  const mismatches: string[] = [];
  for (const [x, y] of points) {
    const want = booleanPointInPolygon([x, y], g);
    if (want) inside++;
    else outside++;
    if (pointInRegion(g, x, y) !== want) mismatches.push(`${x},${y}: turf ${want}`);
  }
  return { inside, outside, mismatches };
}

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

/** Shapes with holes, horizontal edges, spikes, and parts side by side. */
const AWKWARD: Record<string, Geometry> = {
  'square with a hole': { type: 'Polygon', coordinates: [square(0, 0, 10), square(3, 3, 4).reverse()] },
  comb: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 5],
        [8, 5],
        [8, 1],
        [6, 1],
        [6, 5],
        [4, 5],
        [4, 1],
        [2, 1],
        [2, 5],
        [0, 5],
        [0, 0],
      ],
    ],
  },
  spike: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [2, 0.000001],
        [4, 2],
        [2, 2],
        [2, 8],
        [1.999999, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  },
  'square with a vertex halfway along each horizontal side': {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [5, 0],
        [10, 0],
        [10, 10],
        [5, 10],
        [0, 10],
        [0, 0],
      ],
    ],
  },
  'a flat ring (every latitude the same)': {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [3, 0],
        [0, 0],
      ],
    ],
  },
  'two combs side by side (strips in each part)': {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [4, 0],
          [4, 3],
          [3, 3],
          [3, 1],
          [2, 1],
          [2, 3],
          [1, 3],
          [1, 1],
          [0.5, 1],
          [0.5, 3],
          [0, 3],
          [0, 0],
        ],
      ],
      [
        [
          [5, 0],
          [9, 0],
          [9, 3],
          [8, 3],
          [8, 1],
          [7, 1],
          [7, 3],
          [6, 3],
          [6, 1],
          [5.5, 1],
          [5.5, 3],
          [5, 3],
          [5, 0],
        ],
      ],
    ],
  },
  'two squares touching at a corner, and one far off': {
    type: 'MultiPolygon',
    coordinates: [[square(0, 0, 1)], [square(1, 1, 1)], [square(10, -5, 0.5)]],
  },
};

describe('whether a point lies in a region', () => {
  it("gives turf's answer on the atlas's own boundaries", () => {
    const rnd = random(28);
    for (const file of ['provincies.geojson', 'context-countries.geojson']) {
      const fc = JSON.parse(readFileSync(join(ROOT, 'data', 'regions', file), 'utf8')) as { features: { geometry: Geometry }[] };
      let inside = 0,
        outside = 0;
      for (const f of fc.features) {
        const res = compare(f.geometry, probes(f.geometry, rnd, 400));
        expect(res.mismatches, file).toEqual([]);
        inside += res.inside;
        outside += res.outside;
      }
      // Both answers were asked for, many times, so agreeing means something.
      expect(inside, file).toBeGreaterThan(1000);
      expect(outside, file).toBeGreaterThan(1000);
    }
  });

  it("gives turf's answer on shapes made to be awkward", () => {
    const rnd = random(7);
    for (const [name, g] of Object.entries(AWKWARD)) {
      const res = compare(g, probes(g, rnd, 2000));
      expect(res.mismatches, name).toEqual([]);
      // A flat ring has only its boundary inside (its vertices and the points on it).
      expect(res.inside, name).toBeGreaterThan(name.startsWith('a flat ring') ? 5 : 100);
      expect(res.outside, name).toBeGreaterThan(100);
    }
  });

  it("gives turf's answer for coordinates that are not numbers, and honours a geometry's bbox as turf does", () => {
    const g = AWKWARD['square with a hole']!;
    for (const [x, y] of [
      [NaN, 5],
      [5, NaN],
      [NaN, NaN],
      [Infinity, 5],
      [1, -Infinity],
    ] as [number, number][])
      expect(pointInRegion(g, x, y), `${x},${y}`).toBe(booleanPointInPolygon([x, y], g));
    const boxed: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10)], bbox: [0, 0, 1, 1] };
    expect(booleanPointInPolygon([5, 5], boxed)).toBe(false);
    expect(pointInRegion(boxed, 5, 5)).toBe(false);
    expect(pointInRegion(boxed, 0.5, 0.5)).toBe(true);
  });

  it('counts a point on the boundary as inside, and a hole as outside', () => {
    const g = AWKWARD['square with a hole']!;
    expect(pointInRegion(g, 0, 5)).toBe(true);
    expect(pointInRegion(g, 3, 5)).toBe(true);
    expect(pointInRegion(g, 5, 5)).toBe(false);
    expect(pointInRegion(g, 1, 1)).toBe(true);
    expect(pointInRegion(g, 10.0000001, 5)).toBe(false);
  });
});
