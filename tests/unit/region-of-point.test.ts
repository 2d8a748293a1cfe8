/**
 * regionOfPoint: the region that holds a point, or the nearest within the coast tolerance. A
 * point inside a region gets that region's one answer object; a point outside every region is
 * worked out once per point and region set (measuring distances is the slow part).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegionFile, regionOfPoint } from '../../src/lib/regions/region-sets';
import { ROOT } from '../helpers/fixtures';

const read = () =>
  parseRegionFile(JSON.parse(readFileSync(join(ROOT, 'data', 'regions', 'provincies.geojson'), 'utf8')), 'data/regions/provincies.geojson')
    .set!;

describe('the region of a point', () => {
  it('is the province that holds it, or none far out at sea', () => {
    const set = read();
    expect(regionOfPoint(set, 5.1214, 52.0907)?.region.id).toBe('utrecht');
    expect(regionOfPoint(set, 4.4777, 51.9244)?.region.id).toBe('zuid-holland');
    expect(regionOfPoint(set, 3.0, 53.5)).toBeUndefined();
  });

  it('is the nearest province within the coast tolerance for a point just off the coast', () => {
    const hit = regionOfPoint(read(), 4.52, 52.46);
    expect(hit?.region.id).toBe('noord-holland');
    expect(hit?.distanceKm).toBeGreaterThan(0);
    expect(hit?.distanceKm).toBeLessThan(5);
  });

  it('shares one answer per region for points inside, and works out a point off the coast once', () => {
    const set = read();
    const first = regionOfPoint(set, 5.1214, 52.0907);
    expect(regionOfPoint(set, 5.1214, 52.0907)).toBe(first);
    expect(regionOfPoint(set, 5.0, 52.1)).toBe(first); // Utrecht too
    expect(regionOfPoint(set, 4.4777, 51.9244)).not.toBe(first);
    const offCoast = regionOfPoint(set, 4.52, 52.46);
    expect(regionOfPoint(set, 4.52, 52.46)).toBe(offCoast);
    // Another set (even read from the same file) has its own answers.
    const other = read();
    expect(regionOfPoint(other, 5.1214, 52.0907)).not.toBe(first);
    expect(regionOfPoint(other, 5.1214, 52.0907)?.region.id).toBe('utrecht');
    expect(regionOfPoint(other, 4.52, 52.46)).not.toBe(offCoast);
    expect(regionOfPoint(other, 4.52, 52.46)).toEqual(offCoast);
  });
});
