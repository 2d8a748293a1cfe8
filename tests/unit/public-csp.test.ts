import { describe, expect, it } from 'vitest';
import CSP from '../../src/lib/security/csp.json';
import { publicCsp, tileOrigins } from '../../src/lib/security/public-csp';

describe('the public pages’ CSP', () => {
  it('is csp.json’s strict policy in the build, and allows the dev server’s inline styles in dev only', () => {
    expect(publicCsp(false)).toBe(CSP.publicPages);
    expect(publicCsp(false)).not.toContain('unsafe-inline');
    expect(publicCsp(true)).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(publicCsp(true)).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });

  it("adds a configured basemap's tile origin to img-src and connect-src, and changes nothing else", () => {
    const tiles = ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'];
    const policy = publicCsp(false, tiles);
    expect(policy).toContain("img-src 'self' https://service.pdok.nl data: blob:;");
    expect(policy).toContain("connect-src 'self' https://service.pdok.nl;");
    expect(policy.replaceAll(' https://service.pdok.nl', '')).toBe(CSP.publicPages);
    expect(publicCsp(false, [])).toBe(CSP.publicPages);
    expect(tileOrigins([...tiles, 'https://b.tiles.example/{z}/{x}/{y}.png', tiles[0]!])).toEqual([
      'https://service.pdok.nl',
      'https://b.tiles.example',
    ]);
  });
});
