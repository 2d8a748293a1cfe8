/**
 * Contributing without Git, YAML or coordinates (issue "Contributing that works for people
 * who know no Git"): the pure parts behind the CMS and the maintainer's commands.
 */
import { describe, expect, it } from 'vitest';
import { emptyValuePaths, type KeyPath } from '../../src/lib/cms/empty-values';
import { buildGazetteer, samePlace } from '../../src/lib/cms/gazetteer';
import { adoptNewOrganisations } from '../../src/lib/intake/adopt-organisations';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import type { Initiative, Organisation } from '../../src/lib/schema/types.generated';
import { checkFile, validateDataset } from '../../src/lib/validate/validate-dataset';
import { toCanonicalYaml } from '../../src/lib/yaml/canonical';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { atlasDutchPhrases, ATLAS_NL, mergePhrases } from '../../src/components/cms/locale-nl';
import { file, input, readFolder } from '../helpers/fixtures';

/** Deletes paths the way Immutable's deleteIn does on the CMS's entry. */
function deleteIn(value: unknown, path: KeyPath): unknown {
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (!rest.length) copy.splice(head as number, 1);
    else copy[head as number] = deleteIn(copy[head as number], rest);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (!rest.length) delete copy[head as string];
  else copy[head as string] = deleteIn(copy[head as string], rest);
  return copy;
}
const clean = (v: unknown) => emptyValuePaths(v).reduce(deleteIn, v);

const complete = readFolder('schemas/fixtures/valid/initiatives').find((f) => f.path.endsWith('complete.yaml'))!;

describe('every save the CMS can make is valid and canonical', () => {
  it('removes cleared fields and emptied list items, keeps 0 and false', () => {
    const saved = {
      name: 'X',
      website: '',
      levels: [],
      partners: [
        { organisation: 'a', role: '' },
        { organisation: '', role: '' },
      ],
      figures: [{ value: 0, year: 2020 }],
      funding: [{}],
      notes: null,
    };
    expect(clean(saved)).toEqual({ name: 'X', partners: [{ organisation: 'a' }], figures: [{ value: 0, year: 2020 }] });
  });

  it('clearing any one optional field of the complete example leaves a file that validates and is canonical', async () => {
    const { parseDataFile } = await import('../../src/lib/yaml/parse-data-file');
    const data = parseDataFile(new TextDecoder().decode(complete.content as Uint8Array), complete.path).value as Record<string, unknown>;
    const required = new Set(ENTITY_SCHEMAS.initiative.required ?? []);
    const optional = Object.keys(data).filter((k) => !required.has(k));
    expect(optional.length).toBeGreaterThan(15);
    for (const key of optional) {
      // What Decap holds after a field is cleared: '' for text, [] for a list, '' inside objects.
      const cleared = { ...data, [key]: Array.isArray(data[key]) ? [] : '' };
      const text = toCanonicalYaml(clean(cleared), ENTITY_SCHEMAS.initiative);
      const path = 'data/initiatives/complete.yaml';
      expect(text, key).not.toMatch(/: ''$|: ""$|: \[\]$/m);
      expect(formatDataFile('initiative', text, path).text, key).toBe(text);
      // Either the CMS's own check (the same checkFile) refuses the save with a message naming
      // the field, or what it saves passes the whole validation, as CI runs it.
      const cms = checkFile('initiative', file(path, text), { currentYear: 2026, today: '2026-11-22' }).problems.filter(
        (p) => p.severity === 'error',
      );
      if (cms.length) {
        expect(
          cms.every((p) => p.field && p.message),
          key,
        ).toBe(true);
        continue;
      }
      const others = readFolder('schemas/fixtures/valid/initiatives').filter((f) => f.path !== complete.path);
      const errors = validateDataset(
        input([...others, file(path, text)], readFolder('schemas/fixtures/valid/organisations')),
      ).problems.filter((p) => p.severity === 'error');
      expect(errors, key).toEqual([]);
    }
  });
});

describe('a place picker that knows every Dutch place', () => {
  const dataset = validateDataset(input([], []));
  const open = [
    { name: "'s-Hertogenbosch", latitude: 51.69917, longitude: 5.30417 },
    { name: 'Arnhem', latitude: 51.98, longitude: 5.91111 },
    { name: 'Hengelo', latitude: 52.26583, longitude: 6.79306 },
    { name: 'Hengelo', latitude: 52.05, longitude: 6.31 },
    { name: 'Parijs', latitude: 48.85, longitude: 2.35 },
  ];
  const g = buildGazetteer(
    dataset,
    dataset.regionSets[0]!,
    { west: 3.2, east: 7.3, south: 50.7, north: 53.6 },
    480,
    open,
    'GeoNames, CC BY 4.0',
  );

  it('offers the open gazetteer inside the Netherlands, with a region where a name occurs twice', () => {
    const names = g.places.map((p) => p.name);
    expect(names).toContain("'s-Hertogenbosch");
    expect(names).toContain('Arnhem');
    expect(names).toContain('Hengelo (Overijssel)');
    expect(names).toContain('Hengelo (Gelderland)');
    expect(names).not.toContain('Hengelo');
    expect(names).not.toContain('Parijs');
    expect(g.credit).toContain('CC BY');
  });

  it('treats spellings of one place as the same place', () => {
    expect(samePlace('’s-Hertogenbosch', "'s-Hertogenbosch")).toBe(true);
    expect(samePlace('s Hertogenbosch', "'s-Hertogenbosch")).toBe(true);
    expect(samePlace('Arnhem', 'Almere')).toBe(false);
  });
});

describe('a new organisation inside an initiative proposal', () => {
  const orgs: { id: string; data: Organisation }[] = [{ id: 'scalda', data: { name: 'Scalda', kind: 'mbo_institution' } }];
  const proposal: Initiative = {
    name: 'Waterstofhub Zeeland',
    kind: 'pps',
    status: 'active',
    summary: 'Een samenwerking rond waterstof in Zeeland met nieuwe partners.',
    new_organisations: [
      { name: 'Waterstof Zeeland BV', kind: 'company', role: 'lead', place: 'Arnhem', website: 'https://www.voorbeeld.nl/' },
      { name: 'SCALDA', kind: 'mbo_institution', role: 'partner', partner_role: 'education' },
      { name: 'Gemeente Vlissingen', kind: 'government', role: 'partner' },
    ],
    sources: [{ title: 'Aanmelding' }],
  };

  it('the validator accepts it with a warning for the maintainer, and points out one that exists', () => {
    const text = toCanonicalYaml(proposal, ENTITY_SCHEMAS.initiative);
    const d = validateDataset(
      input(
        [file('data/initiatives/waterstofhub.yaml', text)],
        [file('data/organisations/scalda.yaml', 'name: Scalda\nkind: mbo_institution\n')],
      ),
    );
    expect(d.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warnings = d.problems.filter((p) => p.field.startsWith('new_organisations'));
    expect(warnings.map((w) => w.message)).toEqual([
      "Nieuwe organisatie 'Waterstof Zeeland BV' staat nog niet in de atlas.",
      "'SCALDA' staat al in de atlas (scalda).",
      "Nieuwe organisatie 'Gemeente Vlissingen' staat nog niet in de atlas.",
    ]);
    expect(warnings[0]!.line).toBe(6);
  });

  it('a second lead, or a lead beside a chosen one, is an error', () => {
    const two = { ...proposal, lead_organisation: 'scalda' };
    const d = validateDataset(
      input(
        [file('data/initiatives/twee-penvoerders.yaml', toCanonicalYaml(two, ENTITY_SCHEMAS.initiative))],
        [file('data/organisations/scalda.yaml', 'name: Scalda\nkind: mbo_institution\n')],
      ),
    );
    expect(d.problems.find((p) => p.severity === 'error')?.message).toBe('Er is al een penvoerder gekozen.');
  });

  it('adoption creates the new organisations once, refers to existing ones, and sets lead and partners', () => {
    const places = [{ name: 'Arnhem', latitude: 51.98, longitude: 5.91111 }];
    const writes = adoptNewOrganisations([{ id: 'waterstofhub', data: proposal }], orgs, places).filter((a) => a.path);
    expect(writes.map((w) => w.path)).toEqual([
      'data/organisations/waterstof-zeeland-bv.yaml',
      'data/organisations/gemeente-vlissingen.yaml',
      'data/initiatives/waterstofhub.yaml',
    ]);
    expect(writes[0]!.text).toContain('latitude: 51.98');
    expect(writes[0]!.text).toContain('niet van de organisatie zelf');
    const initiative = writes[2]!.text;
    expect(initiative).toMatch(/^lead_organisation: waterstof-zeeland-bv$/m);
    expect(initiative).toContain('  - organisation: scalda\n    role: education');
    expect(initiative).toContain('  - organisation: gemeente-vlissingen');
    expect(initiative).not.toContain('new_organisations');
    const d = validateDataset(
      input(
        [file(writes[2]!.path, initiative)],
        [
          file('data/organisations/scalda.yaml', 'name: Scalda\nkind: mbo_institution\n'),
          file(writes[0]!.path, writes[0]!.text),
          file(writes[1]!.path, writes[1]!.text),
        ],
      ),
    );
    expect(d.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('adoption reads a former name as the organisation that has it, and never takes an old address as a new id', () => {
    const vista = {
      id: 'vista-college',
      data: { name: 'Vista College', kind: 'mbo_institution' as const, former_names: ['ROC Leeuwenborgh'] },
    };
    const asked = {
      ...proposal,
      new_organisations: [{ name: 'ROC Leeuwenborgh', kind: 'mbo_institution' as const, role: 'partner' as const }],
    };
    const writes = adoptNewOrganisations([{ id: 'zorg', data: asked }], [vista], []).filter((a) => a.path);
    expect(writes.map((w) => w.path)).toEqual(['data/initiatives/zorg.yaml']);
    expect(writes[0]!.text).toContain('  - organisation: vista-college');
    const merged = { id: 'vista-college', data: { name: 'Vista College', kind: 'mbo_institution' as const, former_ids: ['roc-limburg'] } };
    const other = { ...proposal, new_organisations: [{ name: 'ROC Limburg', kind: 'mbo_institution' as const, role: 'partner' as const }] };
    const made = adoptNewOrganisations([{ id: 'zorg', data: other }], [merged], []).filter((a) => a.path);
    expect(made[0]!.path).toMatch(/^data\/organisations\/roc-limburg-\d+\.yaml$/);
  });
});

describe("the CMS's Dutch", () => {
  it('fills every phrase the shipped Dutch locale lacks, and names the review status as the docs do', async () => {
    const en = (await import('decap-cms-locales/dist/esm/en/index.js' as string)).default as Record<string, unknown>;
    const nl = atlasDutchPhrases();
    const missing: string[] = [];
    const walk = (a: Record<string, unknown>, b: Record<string, unknown> | undefined, p: string) => {
      for (const [k, v] of Object.entries(a)) {
        if (v && typeof v === 'object') walk(v as Record<string, unknown>, b?.[k] as Record<string, unknown> | undefined, `${p}.${k}`);
        else if (typeof b?.[k] !== 'string') missing.push(`${p}.${k}`);
      }
    };
    walk(en, nl, '');
    expect(missing).toEqual([]);
    expect((nl.editor as { editorToolbar: { inReview: string } }).editorToolbar.inReview).toBe('Klaar voor beoordeling');
    expect(mergePhrases({ a: { b: 'x', c: 'y' } }, { a: { b: 'z' } })).toEqual({ a: { b: 'z', c: 'y' } });
    expect(ATLAS_NL.editor.editorControlPane.widget.regexPattern).not.toMatch(/patroon/);
  });
});

describe('the contributor docs match the software', () => {
  it('CONTRIBUTING.md names the CMS statuses and commands that exist', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers/fixtures');
    const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const toolbar = ATLAS_NL.editor.editorToolbar;
    for (const status of text.match(/\*\*"([^"]+)"\*\*/g) ?? []) expect(Object.values(toolbar), status).toContain(status.slice(3, -3));
    expect(text).toContain(`"${toolbar.inReview}"`);
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const [, name] of text.matchAll(/npm run ([\w:]+)/g)) expect(scripts, name).toHaveProperty(name!);
  });
});

describe('areas stay areas', () => {
  it('an atlas location with precision area is offered as an area, even if another names it as a place', async () => {
    const { buildGazetteer } = await import('../../src/lib/cms/gazetteer');
    const loc = (id: string, precision: string) =>
      file(
        `data/initiatives/${id}.yaml`,
        `name: ${id}\nkind: pps\nstatus: active\nsummary: Een samenwerking voor de test van gebieden.\nlocations:\n  - place: Zeeland\n    latitude: 51.5\n    longitude: 3.89\n    precision: ${precision}\nsources:\n  - title: Bron\n`,
      );
    const d = validateDataset(input([loc('a-plek', 'place'), loc('b-gebied', 'area')], []));
    const g = buildGazetteer(d, d.regionSets[0]!, { west: 3.2, east: 7.3, south: 50.7, north: 53.6 });
    expect(g.places.find((p) => p.name === 'Zeeland')?.precision).toBe('area');
  });
});
