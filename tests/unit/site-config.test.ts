import { describe, expect, it } from 'vitest';
import { checkSiteConfig } from '../../src/lib/site-config-check';
import { siteConfig } from '../../src/site.config';

describe('site configuration check', () => {
  it('accepts the bundled configuration', () => {
    expect(checkSiteConfig(siteConfig)).toBe(siteConfig);
  });

  it('names every wrong value in one Dutch message', () => {
    const bad = { ...siteConfig, base: 'atlas', theme: 'src/styles/bestaat-niet.css', owner: { name: '', email: 'redactie' } };
    let message = '';
    try {
      checkSiteConfig(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("base 'atlas' moet met een / beginnen");
    expect(message).toContain("theme: 'src/styles/bestaat-niet.css' is geen bestaand CSS-bestand");
    expect(message).toContain('owner.name moet een niet-lege tekst zijn');
    expect(message).toContain("owner.email 'redactie' is geen e-mailadres");
  });
});
