import { describe, expect, it } from 'vitest';
import CSP from '../../src/lib/security/csp.json';
import { publicCsp } from '../../src/lib/security/public-csp';

describe('the public pages’ CSP', () => {
  it('is csp.json’s strict policy in the build, and allows the dev server’s inline styles in dev only', () => {
    expect(publicCsp(false)).toBe(CSP.publicPages);
    expect(publicCsp(false)).not.toContain('unsafe-inline');
    expect(publicCsp(true)).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(publicCsp(true)).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });
});
