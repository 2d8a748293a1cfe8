import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, childEnv } from '../helpers/fixtures';
import { skipBrowser, startServer } from '../helpers/site';
import { launchBrowser } from '../../scripts/lib/chromium';

/** Per vocabulary: the value the fork's data uses and the fork's own word for it. */
const FORK_WORDS: Record<string, [string, string]> = {
  initiative_kind: ['pps', 'Zorgsamenwerking'],
  status: ['active', 'Loopt nog (vork)'],
  phase: ['starten', 'Opstartfase (vork)'],
  education_level: ['vmbo', 'Voorbereidend (vork)'],
  sector: ['zorg-welzijn', 'Zorg en zorgzaamheid (vork)'],
  partner_role: ['co_lead', 'Mede-trekker (vork)'],
  new_organisation_role: ['lead', 'Trekker (vork)'],
  relation_type: ['merged_into', 'Samengegaan met (vork)'],
  funding_scheme: ['rif', 'Regiofonds (vork)'],
  figure_measure: ['companies', 'Bedrijven en instellingen (vork)'],
  certainty: ['approximate', 'circa (vork)'],
  figure_qualifier: ['at_least', 'ten minste (vork)'],
  factor_theme: ['trust_culture', 'Onderling vertrouwen (vork)'],
  location_precision: ['area', 'In het gebied (vork)'],
  scope: ['regional', 'In de regio (vork)'],
  organisation_kind: ['vmbo_school', 'Vmbo-locatie (vork)'],
};
const NOORD = `name: Zorgnetwerk Noord
kind: pps
status: active
phase: starten
summary: Een samenwerking voor zorgonderwijs in het noorden van het land.
levels:
  - vmbo
sectors:
  - zorg-welzijn
lead_organisation: zorgschool
partners:
  - organisation: vmbo-oost
    role: co_lead
locations:
  - place: Zwolle
    latitude: 52.5168
    longitude: 6.083
    precision: area
scope: regional
start_year: 2019
start_year_certainty: approximate
funding:
  - scheme: rif
    year: 2019
figures:
  - measure: companies
    value: 40
    qualifier: at_least
    year: 2023
    source:
      title: Jaarverslag 2023
success_factors:
  - theme: trust_culture
    statement: Vaste contactpersonen bij de zorginstellingen.
    source:
      title: Jaarverslag 2023
sources:
  - title: Jaarverslag
`;
const ZUID = `name: Zorgnetwerk Zuid
kind: regional_network
status: merged
summary: Een netwerk voor zorgonderwijs in het zuiden van het land.
locations:
  - place: Eindhoven
    latitude: 51.4416
    longitude: 5.4697
relations:
  - type: merged_into
    initiative: zorgnetwerk-noord
    year: 2024
sources:
  - title: Jaarverslag
`;

/** The fork's own organisation colour: its theme file differs from ours in this token only. */
const FORK_ACCENT = '#7a1f5c';

/**
 * A fork changes configuration and data/ and nothing else. This builds an atlas with another
 * name, another region set (made with `npm run add:regions`) and another vocabulary label.
 */
describe('a fork with its own configuration and data', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-fork-'));
  const data = join(tmp, 'data');
  const out = join(tmp, 'dist');
  let build: ReturnType<typeof spawnSync>;
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  beforeAll(() => {
    for (const d of ['initiatives', 'organisations', 'regions']) mkdirSync(join(data, d), { recursive: true });
    copyFileSync(join(ROOT, 'data', 'regions', 'context-countries.geojson'), join(data, 'regions', 'context-countries.geojson'));
    const add = spawnSync(
      'npm',
      [
        'run',
        'add:regions',
        '--',
        join(ROOT, 'tests', 'fixtures', 'regions', 'gebieden-bron.geojson'),
        '--id',
        'gebied',
        '--name',
        'Gebied',
        '--plural',
        'Gebieden',
        '--id-property',
        'statcode',
        '--name-property',
        'statnaam',
      ],
      { cwd: ROOT, encoding: 'utf8', env: childEnv({ ATLAS_DATA_DIR: data }) },
    );
    expect(add.status, add.stderr).toBe(0);
    writeFileSync(join(data, 'organisations', 'zorgschool.yaml'), 'name: Zorgschool Oost\nkind: mbo_institution\n');
    writeFileSync(join(data, 'organisations', 'vmbo-oost.yaml'), 'name: Vmbo Oost\nkind: vmbo_school\n');
    // The fork's data uses a value of every vocabulary, each relabelled below.
    writeFileSync(join(data, 'initiatives', 'zorgnetwerk-noord.yaml'), NOORD);
    writeFileSync(join(data, 'initiatives', 'zorgnetwerk-zuid.yaml'), ZUID);
    const theme = join(tmp, 'zorg-tokens.css');
    writeFileSync(
      theme,
      readFileSync(join(ROOT, 'src', 'styles', 'tokens.css'), 'utf8').replace(
        '--atlas-color-accent: #0b5394;',
        `--atlas-color-accent: ${FORK_ACCENT};`,
      ),
    );
    const config = join(tmp, 'site.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        title: 'Zorgatlas Test',
        tagline: 'Samenwerking in zorgonderwijs',
        repository: 'voorbeeld/zorgatlas',
        // Only part of coverage: the rest keeps its default, as with every nested setting.
        coverage: { name: 'Zorgland', keywords: ['zorgonderwijs'] },
        regionSets: ['gebied'],
        // A basemap, configured as the README says: the policy must let its tiles in by itself.
        map: { basemap: { tiles: ['https://tegels.voorbeeld.nl/kaart/{z}/{x}/{y}.png'], attribution: 'Kaart: Voorbeeld' } },
        vocabularyLabels: Object.fromEntries(Object.entries(FORK_WORDS).map(([v, [value, word]]) => [v, { [value]: word }])),
        theme,
      }),
    );
    build = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
      env: childEnv({
        ATLAS_CONFIG: config,
        ATLAS_DATA_DIR: data,
        ATLAS_OUT_DIR: out,
        ATLAS_BASE: '/zorg/',
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
    });
  }, 300_000);

  it('builds', () => {
    expect(build.status, String(build.stdout).slice(-3000) + String(build.stderr).slice(-3000)).toBe(0);
  });

  it('uses its own name and base path', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<title>Zorgatlas Test</title>');
    expect(home).toContain('Samenwerking in zorgonderwijs');
    expect(home).toContain('href="/zorg/initiatieven/zorgnetwerk-noord/"');
    expect(home).toContain('https://github.com/voorbeeld/zorgatlas');
    // Its icon and its CMS login mark in its own accent colour, not the original blue.
    for (const file of ['favicon.svg', join('admin', 'logo.svg')]) {
      expect(readFileSync(join(out, file), 'utf8'), file).toContain(`fill="${FORK_ACCENT}"`);
      expect(readFileSync(join(out, file), 'utf8'), file).not.toContain('#0b5394');
    }
    // Its own area in the map's name and in the open data's description (coverage).
    expect(home).toContain('Kaart van Zorgland met');
    const pkg = JSON.parse(readFileSync(join(out, 'data', 'datapackage.json'), 'utf8')) as { keywords: string[] };
    expect(pkg.keywords).toEqual(['zorgonderwijs', 'Zorgland']);
  });

  it("lets its basemap's tiles in through the pages' policy, and the preview server says the same policy", async () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(home)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("connect-src 'self' https://tegels.voorbeeld.nl;");
    expect(csp).toMatch(/img-src 'self' https:\/\/tegels\.voorbeeld\.nl data: blob:;/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const server = await startServer(out, '/zorg/');
    try {
      const res = await fetch(server.url);
      expect(res.headers.get('content-security-policy')).toBe(csp);
    } finally {
      server.stop();
    }
  });

  it('asks re-users to name the fork, not the original atlas, on /data/ and in every download that asks', () => {
    for (const file of [
      'data/index.html',
      'data/initiatieven.json',
      'data/organisaties.json',
      'data/initiatieven.geojson',
      'data/datapackage.json',
    ]) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).toContain('Vermeld bij hergebruik graag de Zorgatlas Test als bron.');
      expect(text, file).not.toContain('Samenwerkingsatlas als bron');
    }
  });

  it('has pages, filters and figures for its own region set, and none for provinces', () => {
    expect(readFileSync(join(out, 'regio', 'gebied-noord', 'index.html'), 'utf8')).toContain('Zorgnetwerk Noord');
    expect(readFileSync(join(out, 'regio', 'gebied-zuid', 'index.html'), 'utf8')).toContain('Zorgnetwerk Zuid');
    expect(existsSync(join(out, 'regio', 'zeeland'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<summary>Gebied<\/summary>/);
    expect(readFileSync(join(out, 'cijfers', 'index.html'), 'utf8')).toContain('Initiatieven per gebied');
    // The explanations speak of its own main set too, not of provinces (a fork review).
    expect(readFileSync(join(out, 'cijfers', 'index.html'), 'utf8')).toContain('wat bij geen gebied hoort');
    expect(readFileSync(join(out, 'data', 'index.html'), 'utf8')).toContain('<code>derived_gebied</code>');
    expect(readFileSync(join(out, 'data', 'index.html'), 'utf8')).not.toContain('derived_provincie');
  });

  it('shows its own vocabulary label everywhere, the schema page included', () => {
    expect(readFileSync(join(out, 'initiatieven', 'zorgnetwerk-noord', 'index.html'), 'utf8')).toContain('Zorgsamenwerking');
    expect(readFileSync(join(out, 'data', 'schema', 'index.html'), 'utf8')).toContain('Zorgsamenwerking');
    expect(readFileSync(join(out, 'admin', 'config.yml'), 'utf8')).toContain('Zorgsamenwerking');
    expect(readFileSync(join(out, 'data', 'schemas', 'vocabularies.schema.json'), 'utf8')).toContain('Zorgsamenwerking');
    // The schema file in the repository is untouched: the fork's words are a copy's.
    expect(readFileSync(join(ROOT, 'schemas', 'vocabularies.schema.json'), 'utf8')).not.toContain('Zorgsamenwerking');
  });

  it.skipIf(skipBrowser)('its own theme changes the rendered colours, without touching a component', async () => {
    const server = await startServer(out, '/zorg/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const colours = await page.evaluate(() => {
        const button = document.querySelector('.nl-button--primary')!;
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--atlas-color-accent');
        document.body.append(probe);
        return { button: getComputedStyle(button).backgroundColor, accent: getComputedStyle(probe).color };
      });
      // rgb(122, 31, 92) is #7a1f5c: the fork's accent reached an NL Design System button.
      expect(colours.button).toBe('rgb(122, 31, 92)');
      expect(colours.accent).toBe('rgb(122, 31, 92)');
    } finally {
      await browser.close();
      server.stop();
    }
  });

  it('shows its words for every vocabulary: on the pages, in the CMS, the schema page and the spreadsheet', () => {
    const page = (...p: string[]) => readFileSync(join(out, ...p, 'index.html'), 'utf8');
    const where: Record<string, string> = {
      detail: page('initiatieven', 'zorgnetwerk-noord') + page('initiatieven', 'zorgnetwerk-zuid'),
      organisation: page('organisaties', 'vmbo-oost'),
      cms: readFileSync(join(out, 'admin', 'config.yml'), 'utf8'),
      // The CMS page hands the words to its script, for the preview (src/components/cms/fork-labels.ts).
      cmsPreview: (/data-vocabulary-labels="([^"]*)"/.exec(page('admin')) ?? [])[1] ?? '',
      schema: page('data', 'schema'),
      spreadsheet: readFileSync(join(out, 'data', 'initiatieven-spreadsheet.csv'), 'utf8'),
    };
    // Where each vocabulary shows up for a reader (the CMS, its preview and the schema page show them all).
    const shown: Record<string, string[]> = {
      initiative_kind: ['detail', 'spreadsheet'],
      status: ['detail', 'spreadsheet'],
      phase: ['detail'],
      education_level: ['detail', 'spreadsheet'],
      sector: ['detail', 'spreadsheet'],
      partner_role: ['detail'],
      relation_type: ['detail'],
      funding_scheme: ['detail'],
      figure_measure: ['detail'],
      certainty: ['detail'],
      figure_qualifier: ['detail'],
      factor_theme: ['detail'],
      scope: ['detail'],
      location_precision: ['detail'],
      organisation_kind: ['organisation'],
      new_organisation_role: [],
    };
    expect(Object.keys(shown).sort()).toEqual(Object.keys(FORK_WORDS).sort());
    const missing = Object.entries(FORK_WORDS).flatMap(([vocab, [, word]]) =>
      // Case-insensitive: in a sentence a page may write the word in lower case ("40 bedrijven").
      ['cms', 'cmsPreview', 'schema', ...shown[vocab]!]
        .filter((w) => !where[w]!.toLowerCase().includes(word.toLowerCase()))
        .map((w) => `${vocab} '${word}' not in ${w}`),
    );
    expect(missing).toEqual([]);
  });

  it('refuses a region set whose ids collide with one already there', () => {
    const src = join(tmp, 'botsing.geojson');
    writeFileSync(
      src,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { naam: 'Gebied Noord' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [5, 52],
                  [5.1, 52],
                  [5.1, 52.1],
                  [5, 52],
                ],
              ],
            },
          },
        ],
      }),
    );
    const r = spawnSync(
      'npm',
      ['run', 'add:regions', '--', src, '--id', 'ander', '--name', 'Ander', '--plural', 'Andere', '--name-property', 'naam'],
      { cwd: ROOT, encoding: 'utf8', env: childEnv({ ATLAS_DATA_DIR: data }) },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Regio-id 'gebied-noord' bestaat al in gebied.geojson");
  });
});
