import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../src/lib/schema/types.generated';
import { checkSiteConfig, siteConfigProblems } from '../../src/lib/site-config-check';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { siteConfig } from '../../src/site.config';

/** Only what a test asserts on. */
const brief = (ps: { file: string; line: number; field: string; message: string }[]) =>
  ps.map(({ file, line, field, message }) => ({ file, line, field, message }));

describe('site configuration check', () => {
  it('accepts the bundled configuration', () => {
    expect(siteConfigProblems(siteConfig)).toEqual([]);
    expect(checkSiteConfig(siteConfig)).toBe(siteConfig);
  });

  it("checks through the schema, with the data files' Dutch messages, naming each field", () => {
    const bad = { ...siteConfig, base: 'atlas', owner: { name: '', email: 'redactie' }, cms: { ...siteConfig.cms, localPort: 80 } };
    expect(brief(siteConfigProblems(bad))).toEqual([
      {
        file: 'src/site.config.ts',
        line: 1,
        field: 'base',
        message: "de tekst 'atlas' heeft niet de juiste vorm (Basispad).",
      },
      { file: 'src/site.config.ts', line: 1, field: 'owner.name', message: 'Te kort (Naam van de beheerder): minstens 1 teken(s).' },
      {
        file: 'src/site.config.ts',
        line: 1,
        field: 'owner.email',
        message: "de tekst 'redactie' is geen e-mailadres (E-mailadres van de redactie).",
      },
      {
        file: 'src/site.config.ts',
        line: 1,
        field: 'cms.localPort',
        message: 'Moet minstens 1024 zijn (Poort van het lokale invoerscherm), maar is 80.',
      },
    ]);
    // The hint says what the right form is, from the schema's x-pattern-message.
    expect(siteConfigProblems(bad)[0]!.hint).toContain("'/atlas/'");
  });

  it('refuses a basemap whose server name is a placeholder: the page policy can name one server only', () => {
    const withTiles = (tiles: string[]) => ({ ...siteConfig, map: { ...siteConfig.map, basemap: { tiles, attribution: 'Kaart' } } });
    expect(siteConfigProblems(withTiles(['https://service.pdok.nl/brt/{z}/{x}/{y}.png']))).toEqual([]);
    const problems = siteConfigProblems(withTiles(['https://{s}.tile.example.org/{z}/{x}/{y}.png']));
    expect(problems.map((p) => p.field)).toEqual(['map.basemap.tiles[0]']);
    expect(problems[0]!.message + (problems[0]!.hint ?? '')).toContain('de servernaam zelf zonder {…}');
  });

  it('refuses a key the schema does not know, with the nearest one suggested', () => {
    const typo = { ...siteConfig, tittle: 'Atlas' } as unknown as SiteConfig;
    expect(siteConfigProblems(typo)).toMatchObject([
      { field: 'tittle', message: "Onbekend veld 'tittle'.", hint: expect.stringContaining("'title'") },
    ]);
  });

  it('checks what a schema cannot: bounds in order, an existing theme, known vocabularies and values', () => {
    const bad: SiteConfig = {
      ...siteConfig,
      theme: 'src/styles/bestaat-niet.css',
      map: { ...siteConfig.map, bounds: { west: 8, south: 50, east: 3, north: 54 } },
      vocabularyLabels: { soorten: { pps: 'x' }, initiative_kind: { ppss: 'x' } },
    };
    expect(brief(siteConfigProblems(bad)).map((p) => [p.field, p.message])).toEqual([
      ['map.bounds', 'West moet kleiner zijn dan east en south kleiner dan north.'],
      ['theme', "Het themabestand 'src/styles/bestaat-niet.css' bestaat niet."],
      ['vocabularyLabels.soorten', "Onbekende vocabulaire 'soorten'."],
      ['vocabularyLabels.initiative_kind.ppss', "Onbekende waarde 'ppss'."],
    ]);
  });

  it("names the overlay file's line for a field the ATLAS_CONFIG overlay sets, and src/site.config.ts for the rest", () => {
    const text = '{\n  "title": "Zorgatlas",\n  "lang": "nederlands"\n}\n';
    const overlay = { file: 'fork.json', positions: parseDataFile(text, 'fork.json').positions };
    const merged = { ...siteConfig, ...(JSON.parse(text) as object), repository: 'geen repository' };
    expect(brief(siteConfigProblems(merged, { overlay })).map((p) => [p.file, p.line, p.field])).toEqual([
      ['fork.json', 3, 'lang'],
      ['src/site.config.ts', 1, 'repository'],
    ]);
  });

  it('throws one message that lists every problem, file and line first', () => {
    expect(() => checkSiteConfig({ ...siteConfig, lang: 'Nederlands' })).toThrow(
      /De siteconfiguratie \(src\/site\.config\.ts of ATLAS_CONFIG\) klopt niet:\nsrc\/site\.config\.ts:1:1 {2}fout {2}lang: de tekst 'Nederlands' heeft niet de juiste vorm \(Taal\)\./,
    );
  });
});
