/**
 * regionOfPoint answers each point of a region set once (many initiatives share a place): the
 * same point gives the same answer object, a point in another region its own, and the answers
 * are those of the polygons.
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

  it('is worked out once per point and region set', () => {
    const set = read();
    const first = regionOfPoint(set, 5.1214, 52.0907);
    expect(regionOfPoint(set, 5.1214, 52.0907)).toBe(first);
    expect(regionOfPoint(set, 4.4777, 51.9244)).not.toBe(first);
    // Another set (even read from the same file) has its own answers.
    const other = read();
    expect(regionOfPoint(other, 5.1214, 52.0907)).not.toBe(first);
    expect(regionOfPoint(other, 5.1214, 52.0907)?.region.id).toBe('utrecht');
  });
});
