/**
 * Hostile contributions (issue "Nothing lost, nothing forged"): each class of attack has a
 * test here that failed before the fix, or a named fixture in schemas/fixtures/invalid/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { slugProblem } from '../../src/lib/cms/slug';
import { cmsSlug } from '../../src/lib/ids';
import { neutraliseFormulaCell, restoreFormulaCell } from '../../src/lib/export/spreadsheet-safety';
import { renderMarkdown } from '../../src/lib/markdown';
import { formatGithubAnnotation, formatProblem, type Problem } from '../../src/lib/problems';
import { parseRegionFile } from '../../src/lib/regions/region-sets';
import { markdownText, reviewSummary } from '../../src/lib/review/summary';
import { similarNames } from '../../src/lib/text/similar-names';
import { escapeForOutput, foldName } from '../../src/lib/text/unsafe-characters';
import { classifyDataEntries, type DataEntry } from '../../src/lib/validate/data-layout';
import { containsEmailAddress, personalDataIn } from '../../src/lib/validate/personal-data';
import { checkFile, validateDataset } from '../../src/lib/validate/validate-dataset';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { findComments, PARSE_LIMITS } from '../../src/lib/yaml/parse-data-file';
import { file, input, readFolder, ROOT } from '../helpers/fixtures';

const minimal =
  'name: Minimaal initiatief\nkind: pps\nstatus: active\nsummary: Een initiatief met alleen de verplichte velden ingevuld.\nsources:\n  - title: Bron\n';

describe('data that disappears or is half-read', () => {
  const entries = (...list: [string, DataEntry['type'], number?][]): DataEntry[] =>
    list.map(([path, type, size]) => ({ path, type, ...(size !== undefined ? { size } : {}) }));

  it('hands every file in an entity folder to the validator and names everything else', () => {
    const layout = classifyDataEntries(
      entries(
        ['data/README.md', 'file'],
        ['data/LICENSE', 'file'],
        ['data/initiatives', 'directory'],
        ['data/organisations', 'directory'],
        ['data/regions', 'directory'],
        ['data/initiatives/cew.yaml', 'file'],
        ['data/initiatives/oud.yml', 'file'],
        ['data/initiatives/link.yaml', 'symlink'],
        ['data/initiatives/sub', 'directory'],
        ['data/initiatives/sub/x.yaml', 'file'],
        ['data/initiatives/map.yaml', 'directory'],
        ['data/initiatives/.verborgen.yaml', 'file'],
        ['data/initiatives/.DS_Store', 'file'],
        ['data/initiative', 'directory'],
        ['data/initiative/y.yaml', 'file'],
        ['data/los.yaml', 'file'],
        ['data/notities.txt', 'file'],
        ['data/regions/provincies.geojson', 'file', 1000],
        ['data/regions/groot.geojson', 'file', 50 * 1024 * 1024],
        ['data/regions/kaart.png', 'file', 10],
      ),
    );
    expect(layout.files.initiative).toEqual(['data/initiatives/cew.yaml', 'data/initiatives/oud.yml']);
    expect(layout.regions).toEqual(['data/regions/provincies.geojson']);
    const by = (path: string) => layout.problems.find((p) => p.file === path);
    expect(by('data/initiatives/link.yaml')).toMatchObject({ severity: 'error', message: expect.stringContaining('symbolische link') });
    expect(by('data/initiatives/sub/')).toMatchObject({ severity: 'error', message: expect.stringContaining('Submappen') });
    expect(by('data/initiatives/map.yaml/')).toMatchObject({ severity: 'error' });
    expect(by('data/initiatives/.verborgen.yaml')).toMatchObject({ severity: 'error', hint: expect.stringContaining('verborgen.yaml') });
    expect(by('data/initiatives/.DS_Store')).toMatchObject({ severity: 'warning' });
    expect(by('data/initiative/')).toMatchObject({ severity: 'error', hint: expect.stringContaining('data/initiatives/') });
    expect(by('data/los.yaml')).toMatchObject({ severity: 'error' });
    expect(by('data/notities.txt')).toMatchObject({ severity: 'warning' });
    expect(by('data/regions/groot.geojson')).toMatchObject({ severity: 'error', message: expect.stringContaining('MB') });
    expect(by('data/regions/kaart.png')).toMatchObject({ severity: 'warning' });
    // Nothing inside a reported folder is listed again, and documentation is not a problem.
    expect(by('data/initiatives/sub/x.yaml')).toBeUndefined();
    expect(by('data/README.md')).toBeUndefined();
  });

  it('a zero-byte file is an error, like a whitespace-only one', () => {
    for (const content of [new Uint8Array(0), new TextEncoder().encode('  \n\n')]) {
      const r = checkFile('initiative', { path: 'data/initiatives/leeg.yaml', content });
      expect(r.problems.map((p) => p.message)).toEqual(['Het bestand is leeg.']);
    }
  });

  it('format:data refuses a file with comments and names each comment line', () => {
    const text = `# Waarom: zie notulen\n${minimal.replace('kind: pps', 'kind: pps # nog controleren')}`;
    expect(findComments(text)).toEqual([1, 3]);
    const r = formatDataFile('initiative', text, 'data/initiatives/x.yaml');
    expect(r.text).toBeUndefined();
    expect(r.problems.map((p) => p.line)).toEqual([1, 3]);
    expect(r.problems[0]!.message).toContain('opmerking');
  });

  it('a # inside a value is text, not a comment', () => {
    const text = 'name: "CIV # 1"\ndescription: |\n  # Kop in Markdown\n  tekst\nwebsite: https://example.nl/#anker\n';
    expect(findComments(text)).toEqual([]);
  });

  it('malformed region GeoJSON gives a message naming the file and the feature, never a crash', () => {
    const poly = (coordinates: unknown) => ({
      type: 'Feature',
      properties: { id: 'a', name: 'A' },
      geometry: { type: 'Polygon', coordinates },
    });
    // Each case: the coordinates, the field the problem names and part of its message.
    const cases: [unknown, string, string][] = [
      [[null], 'features[0].geometry.coordinates[0]', 'Moet een lijst zijn (Ring), maar is leeg'],
      [
        [
          [
            [5, 52],
            [6, 52],
          ],
        ],
        'features[0].geometry.coordinates[0]',
        'Vul minstens 4 item(s) in (Ring)',
      ],
      [42, 'features[0].geometry.coordinates', "Moet een lijst zijn (Ringen), maar is '42'"],
      [
        [
          [
            [5, 52],
            [6, 52],
            [6, 53],
            [5, 'x'],
          ],
        ],
        'features[0].geometry.coordinates[0][3][1]',
        "Moet een getal zijn (Breedtegraad), maar is de tekst 'x'",
      ],
      [
        [
          [
            [5, 52],
            [6, 52],
            [6, 53],
            [5, 53],
          ],
        ],
        'features[0].geometry.coordinates[0]',
        'niet gesloten',
      ],
    ];
    for (const [coordinates, field, message] of cases) {
      const r = parseRegionFile(
        { type: 'FeatureCollection', region_set: { id: 'x', name: 'X', name_plural: 'Xen' }, features: [poly(coordinates)] },
        'data/regions/x.geojson',
      );
      expect(r.set).toBeUndefined();
      expect(r.problems).toMatchObject([{ file: 'data/regions/x.geojson', field, message: expect.stringContaining(message) }]);
    }
    const nullFeature = parseRegionFile({ type: 'FeatureCollection', features: [null] }, 'data/regions/achtergrond.geojson');
    expect(nullFeature.backdrop).toBeUndefined();
    expect(nullFeature.problems).toMatchObject([
      { field: 'features[0]', message: 'Moet een blok met velden zijn (Gebied), maar is leeg.' },
    ]);
    // Through the whole validator too: a broken extra region file is a problem, not an exception.
    const broken = { path: 'data/regions/kapot.geojson', text: JSON.stringify({ type: 'FeatureCollection', features: [poly([null])] }) };
    const d = validateDataset(
      input(readFolder('schemas/fixtures/valid/initiatives'), readFolder('schemas/fixtures/valid/organisations'), [
        ...input([], []).regions,
        broken,
      ]),
    );
    expect(d.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual(['data/regions/kapot.geojson']);
  });
});

describe('text that deceives', () => {
  it('a region file may name no region with a control character or a direction override, as data may not', () => {
    const square = [
      [
        [5, 52],
        [6, 52],
        [6, 53],
        [5, 52],
      ],
    ];
    const r = parseRegionFile(
      {
        type: 'FeatureCollection',
        region_set: { id: 'kwaad', name: 'Gebied\u202E', name_plural: 'Gebieden' },
        features: [
          {
            type: 'Feature',
            properties: { id: 'gebied-a', name: 'Gebied \u001b[31mA' },
            geometry: { type: 'Polygon', coordinates: square },
          },
          { type: 'Feature', properties: { id: 'gebied-b', name: 'Gebied B' }, geometry: { type: 'Polygon', coordinates: square } },
          // A hostile review published an e-mail address and a phone number as a province's name.
          {
            type: 'Feature',
            properties: { id: 'gebied-c', name: 'Gebied C jan.jansen@school.nl', code: '06-12345678', contact: 'bel 06 12345678' },
            geometry: { type: 'Polygon', coordinates: square },
          },
        ],
      },
      'data/regions/zz-kwaad.geojson',
    );
    expect(r.set).toBeUndefined();
    expect(r.problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['data/regions/zz-kwaad.geojson', 'region_set.name', expect.stringContaining('U+202E')],
      ['data/regions/zz-kwaad.geojson', 'features[0].properties.name', expect.stringContaining('U+001B')],
      ['data/regions/zz-kwaad.geojson', 'features[2].properties.name', expect.stringContaining('een e-mailadres')],
      ['data/regions/zz-kwaad.geojson', 'features[2].properties.code', expect.stringContaining('een telefoonnummer')],
      // Any other property too: a backdrop's are published whole (a code review).
      ['data/regions/zz-kwaad.geojson', 'features[2].properties.contact', expect.stringContaining('een telefoonnummer')],
    ]);
  });

  it('every echoed value is escaped in terminal output and in GitHub annotations', () => {
    const p: Problem = {
      file: 'data/initiatives/x.yaml',
      line: 2,
      column: 7,
      field: 'name',
      severity: 'error',
      message: "de tekst '\u001b[2J\u001b[Hgeen fouten\n::stop-commands::x' mag niet",
      hint: '\u202Eomgekeerd',
    };
    const out = formatProblem(p);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(out.split('\n')).toHaveLength(2); // the message and its hint, nothing more
    expect(out).toContain('\\x1b[2J');
    expect(out).toContain('\\n::stop-commands::');
    const annotation = formatGithubAnnotation(p);
    expect(annotation.split('\n')).toHaveLength(1);
    expect(annotation).not.toContain('\u001b');
    expect(escapeForOutput('gewone tekst, met accenten: Fryslân')).toBe('gewone tekst, met accenten: Fryslân');
  });

  it('refuses the replacement character everywhere, and a Unicode line or paragraph separator in a one-line field', async () => {
    const { unsafeCharacterIn } = await import('../../src/lib/text/unsafe-characters');
    // "Caf\uFFFD": a letter lost when the file was saved in another character set.
    expect(unsafeCharacterIn('Caf\uFFFD de Kroon', false)?.what).toMatch(/vervangingsteken/);
    expect(unsafeCharacterIn('Een beschrijving.\n\nCaf\uFFFD', true)?.char).toBe('\uFFFD');
    expect(unsafeCharacterIn('Twee\u2028regels', false)?.what).toMatch(/regeleinde/);
    expect(unsafeCharacterIn('Twee\u2029alinea', false)?.what).toMatch(/regeleinde/);
    expect(unsafeCharacterIn('Een beschrijving\u2028met een regel', true)).toBeUndefined();
    expect(unsafeCharacterIn('Café de Kroon', false)).toBeUndefined();
  });

  it('warns about a web address into a private network or with a password, naming line and field', () => {
    const res = checkFile(
      'initiative',
      file(
        'data/initiatives/intern.yaml',
        'name: Intern\nkind: pps\nstatus: active\nsummary: Een initiatief voor de tests van vijandige invoer.\nwebsite: http://127.0.0.1:9999/geheim\nsources:\n  - url: https://gebruiker:geheim@voorbeeld.nl/\n  - url: https://www.voorbeeld.nl/\n',
      ),
    );
    // (The password address reads as an e-mail address too: also an error, found separately.)
    expect(
      res.problems.filter((p) => p.severity === 'warning' && p.field !== '').map((p) => [p.line, p.field, p.severity, p.message]),
    ).toEqual([
      [5, 'website', 'warning', 'Dit webadres is een adres in een intern netwerk, geen openbare pagina.'],
      [7, 'sources[0].url', 'warning', 'Dit webadres is een adres met een gebruikersnaam of wachtwoord.'],
    ]);
  });

  it('names are folded before duplicate detection', () => {
    expect(foldName('ＣＩＶ Groen')).toBe('civ groen');
    expect(foldName('Scal\u200Bda\u202E')).toBe('scalda');
    expect(similarNames('CIV\u200BGroen', 'CIV Groen')).toBe(true);
    expect(similarNames('ＣＩＶ Groen', 'CIV Groen')).toBe(true);
  });

  it('finds e-mail addresses exactly where the old pattern did', () => {
    const pattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
    const samples = [
      'jan@voorbeeld.nl',
      'x a@b.co y',
      'a@.nl',
      '@b.nl',
      'a@bnl',
      'a@b.n1',
      'a@b..nl',
      'a@@b.nl',
      'a@b@c.nl',
      'info@sub.voorbeeld.org.',
      'a @b.nl',
      'www.voorbeeld.nl/@team',
      'a@-.nl',
    ];
    for (const s of samples) expect(containsEmailAddress(s), s).toBe(pattern.test(s));
  });

  // The old pattern needed about 90 s for this; a linear scan needs milliseconds. The generous
  // timeout is not a speed target, it only stops a quadratic regression from hanging the run.
  it('runs in linear time on the worst input at the file size limit', { timeout: 10_000 }, () => {
    const half = Math.floor(PARSE_LIMITS.maxBytes / 2) - 10;
    expect(personalDataIn(`${'a'.repeat(half)}@${'b'.repeat(half)}`)).toBeUndefined();
    expect(personalDataIn('a@b.'.repeat(PARSE_LIMITS.maxBytes / 4 - 10))).toBeUndefined();
    // A run of spaces before a written '(at)', and long runs of digits with separators (a code review
    // measured a minute per value for the first with an unbounded \s*).
    expect(personalDataIn(`${' '.repeat(PARSE_LIMITS.maxBytes - 10)}x(at)`)).toBeUndefined();
    expect(personalDataIn('1.000.000 - '.repeat(PARSE_LIMITS.maxBytes / 12 - 10))).toBeUndefined();
    expect(personalDataIn('1-1-2020 '.repeat(PARSE_LIMITS.maxBytes / 9 - 10))).toBeUndefined();
    const big = `description: "${'x@'.repeat(PARSE_LIMITS.maxBytes / 2 - 4000)}"\n${minimal}`;
    expect(checkFile('initiative', file('data/initiatives/groot.yaml', big)).problems.some((p) => p.message.includes('e-mailadres'))).toBe(
      false,
    );
  });
});

describe('a year written without quotes', () => {
  it('is a number to YAML: the report says to quote it, also for a year as the date of a source; an enum gets its choices instead', () => {
    const yaml = minimal.replace('  - title: Bron\n', '  - title: Jaarverslag\n    published: 2019\n');
    const published = checkFile('initiative', file('data/initiatives/jaar.yaml', yaml)).problems.find(
      (p) => p.field === 'sources[0].published',
    );
    expect(published?.hint).toMatch(/^Zet de waarde tussen aanhalingstekens, zodat ze tekst is: "2019"\./);
    const quoted = minimal.replace('  - title: Bron\n', '  - title: Jaarverslag\n    published: "2019"\n');
    expect(checkFile('initiative', file('data/initiatives/jaar.yaml', quoted)).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const status = checkFile('initiative', file('data/initiatives/jaar.yaml', minimal.replace('status: active', 'status: 31'))).problems;
    expect(status.map((p) => p.hint ?? '').join(' ')).not.toContain('aanhalingstekens');
  });
});

describe("the reviewer's view", () => {
  it('escapes everything a contributor typed, newlines included', () => {
    expect(markdownText('Evil <!--\n- Alleen opmaak gewijzigd, geen waarden.')).toBe(
      'Evil &lt;\\!-- - Alleen opmaak gewijzigd, geen waarden.',
    );
    expect(markdownText('[klik](https://evil.example) **vet** `code`')).toBe('\\[klik\\](https://evil.example) \\*\\*vet\\*\\* \\`code\\`');
  });

  it('a hostile name cannot hide the warnings or fake a line', () => {
    const after =
      'name: "X <!--\\n\\n- Alleen opmaak gewijzigd, geen waarden.\\n"\nkind: pps\nstatus: active\nsummary: Een initiatief met een verborgen opmerking erin.\nwebsite: https://www.windopzee.nl/\nsources:\n  - title: Bron\n';
    const md = reviewSummary(
      [{ path: 'data/initiatives/x.yaml', status: 'added', after }],
      [{ kind: 'initiative', id: 'civ-wind-op-zee', name: 'CIV Wind op Zee', website: 'https://www.windopzee.nl/', points: [] }],
    );
    expect(md).not.toContain('<!--');
    expect(md.split('\n').filter((l) => l.startsWith('- Alleen opmaak'))).toEqual([]);
    expect(md).toContain('> ⚠️ Mogelijk dubbel met initiatief CIV Wind op Zee');
  });

  it('lists changed code files first, as a warning', () => {
    const md = reviewSummary(
      [
        { path: 'data/organisations/x.yaml', status: 'added', after: 'name: X\nkind: other\n' },
        { path: 'src/lib/review/summary.ts', status: 'modified', before: 'a', after: 'b' },
      ],
      [],
    );
    const warning = md.indexOf('verandert ook code');
    expect(warning).toBeGreaterThan(-1);
    expect(warning).toBeLessThan(md.indexOf('### Organisatie nieuw'));
    expect(md).toContain('- src/lib/review/summary.ts (gewijzigd)');
  });

  it('a data file whose name holds a line break still gets a summary, with the warning about code first (a hostile review)', () => {
    for (const br of ['\n', '\r', '\u2028', '\u2029']) {
      const md = reviewSummary(
        [
          { path: `data/initiatives/a${br}b.yaml`, status: 'added', after: 'name: x\n' },
          { path: 'astro.config.mjs', status: 'modified', before: 'a', after: 'b' },
        ],
        [],
      );
      expect(md).toContain('verandert ook code');
      expect(md).toContain('- astro.config.mjs (gewijzigd)');
    }
  });

  const workflow = (name: string) =>
    load(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as {
      permissions?: unknown;
      jobs: Record<
        string,
        {
          permissions?: Record<string, string>;
          steps: { run?: string; uses?: string; with?: Record<string, unknown>; 'working-directory'?: string }[];
        }
      >;
    };

  it('deploy: the job that installs and builds may only read; only publishing may write Pages', () => {
    const w = workflow('deploy.yml');
    expect(w.permissions).toEqual({});
    expect(w.jobs.bouwen!.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.publiceren!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(w.jobs.publiceren!.steps.some((s) => s.run)).toBe(false);
  });

  it('pull requests: the summary is made by the base branch code; no expression reaches a shell', () => {
    const w = workflow('pull-request.yml');
    const job = w.jobs.samenvatting!;
    const checkouts = job.steps.filter((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkouts.find((s) => s.with?.path === 'basis')?.with?.ref).toBe('${{ github.event.pull_request.base.sha }}');
    // Everything the job runs, runs in the base checkout.
    for (const s of job.steps.filter((x) => x.run)) expect(s['working-directory'], s.run).toBe('basis');
    expect(job.steps.map((s) => s.run ?? '').join('\n')).toContain('--repo ../voorstel');
    for (const [, j] of [...Object.entries(w.jobs), ...Object.entries(workflow('deploy.yml').jobs)]) {
      for (const s of j.steps) expect(s.run ?? '', 'no ${{ }} inside run:').not.toContain('${{');
    }
  });
});

describe('downloads and the CMS', () => {
  it('neutralises spreadsheet formulas and restores them exactly', () => {
    for (const v of [
      '=HYPERLINK("https://evil.example","klik")',
      '+31',
      '-5',
      '@SUM(A1)',
      '\tx',
      '\rx',
      "'=al beschermd",
      "'s-Hertogenbosch",
      'gewoon',
      '',
    ]) {
      const cell = neutraliseFormulaCell(v);
      expect(/^[=+\-@\t\r]/.test(cell), v).toBe(false);
      expect(restoreFormulaCell(cell)).toBe(v);
    }
    expect(neutraliseFormulaCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  it("the preview's Markdown keeps no form, script or foreign action", () => {
    const html = renderMarkdown(
      'Tekst <form action="https://evil.example/login"><input name="wachtwoord"><button>Inloggen</button></form> <script>alert(1)</script>',
    );
    expect(html).not.toMatch(/<form|<input|<button|<script|evil\.example/);
  });

  it('a description links only to whole http(s) addresses: not protocol-relative, not into the atlas (a hostile review)', () => {
    const html = renderMarkdown(
      '[a](//evil.example/p) [b][r] [c](../../admin/) [d](/admin/) [e](https://www.voorbeeld.nl/x) <//evil.example>\n\n[r]: //evil.example/ref',
    );
    expect(html).not.toContain('evil.example/p"');
    expect(html).not.toMatch(/href="(?!https:\/\/www\.voorbeeld\.nl\/x")/);
    expect(html).toContain('<a href="https://www.voorbeeld.nl/x" rel="nofollow ugc">e</a>');
  });

  it('the file name the CMS makes from a name is a valid id, or saving is refused in Dutch', () => {
    expect(cmsSlug('CIV Groen')).toBe('civ-groen');
    expect(cmsSlug('Zuyd Hogeschool (Heerlen)')).toBe('zuyd-hogeschool-heerlen');
    expect(slugProblem('CIV Groen', 'initiative')).toBeUndefined();
    expect(slugProblem('Fryslân Zorg', 'initiative')).toBeUndefined();
    for (const name of ['X Ω', 'Центр профессий', 'ROC_Twente', 'a'.repeat(120)]) {
      const p = slugProblem(name, 'initiative');
      expect(p, name).toMatchObject({ field: 'name', severity: 'error' });
      expect(p!.message).toMatch(/bestandsnaam/);
    }
  });
});
