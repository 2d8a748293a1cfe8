/**
 * The CMS checks what CI checks (#27): every invalid fixture goes through both paths, the
 * CMS's pre-save check (validateCmsEntry, as src/components/cms/admin.ts calls it) and the
 * dataset validation CI runs (validateDataset, with the fixture in a small valid dataset), and
 * both must flag the same fields as errors. The only differences allowed are listed below, each
 * with the reason the CMS cannot meet that problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCmsEntry } from '../../src/components/cms/validate-entry';
import { ENTITY_FOLDERS, ENTITY_KINDS, kindOfFolder, type EntityKind } from '../../src/lib/schema/schemas';
import { idFromPath, validateDataset, type SourceFile } from '../../src/lib/validate/validate-dataset';
import { decodeDataFile, parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { input, readFolder, ROOT } from '../helpers/fixtures';

const FIX = 'schemas/fixtures';
const valid = { initiative: readFolder(`${FIX}/valid/initiatives`), organisation: readFolder(`${FIX}/valid/organisations`) };

/**
 * Problems only the dataset can show: the CMS offers references as a list of the entries that
 * exist, and a working area as a list of the provinces of data/regions/, so what it saves always
 * exists. Fixture -> the field CI flags and the CMS cannot.
 */
const BETWEEN_FILES: Record<string, string> = {
  'lead-unknown-organisation.yaml': 'lead_organisation',
  'partner-unknown-organisation.yaml': 'partners[0].organisation',
  'relation-unknown-initiative.yaml': 'relations[0].initiative',
  'working-area-unknown-region.yaml': 'working_area.regions[1]',
};

/** The provinces as the CMS fetches them (/data/regio.geojson is the main region set). */
const PROVINCES_URL = `data:application/geo+json;base64,${readFileSync(join(ROOT, 'data/regions/provincies.geojson')).toString('base64')}`;

/** The fields flagged as errors in one file, sorted and without repeats. */
const errorFields = (problems: readonly { file: string; field: string; severity: string }[], file?: string) =>
  [...new Set(problems.filter((p) => p.severity === 'error' && (!file || p.file === file)).map((p) => p.field))].sort();

/** The entry as Decap hands it to the pre-save check, or undefined when no form can hold the file. */
function asEntry(f: SourceFile): Record<string, unknown> | undefined {
  const text = decodeDataFile(f.content as Uint8Array, f.path).text;
  if (text === undefined) return undefined;
  const parsed = parseDataFile(text, f.path);
  const v = parsed.value;
  return parsed.problems.length || !v || typeof v !== 'object' || Array.isArray(v) ? undefined : (v as Record<string, unknown>);
}

function ciErrors(kind: EntityKind, f: SourceFile): string[] {
  const other: EntityKind = kind === 'initiative' ? 'organisation' : 'initiative';
  const files = { [kind]: [...valid[kind], f], [other]: valid[other] } as Record<EntityKind, SourceFile[]>;
  return errorFields(validateDataset(input(files.initiative, files.organisation)).problems, f.path);
}

/** Every folder of invalid fixtures, as the kind of entity it holds. */
const INVALID = readdirSync(join(ROOT, FIX, 'invalid')).map((folder) => {
  const kind = kindOfFolder(folder);
  if (!kind) throw new Error(`${FIX}/invalid/${folder}/ holds no kind of entity the atlas knows`);
  return kind;
});

it('covers every kind of entity', () => expect([...INVALID].sort()).toEqual([...ENTITY_KINDS].sort()));

for (const kind of INVALID) {
  const collection = ENTITY_FOLDERS[kind];
  describe(`invalid ${collection}: the CMS and CI give the same verdict`, () => {
    for (const f of readFolder(`${FIX}/invalid/${collection}`)) {
      const name = f.path.split('/').pop()!;
      const entry = asEntry(f);
      if (!entry) {
        // Decap reads a file into a form and writes it back in canonical YAML: broken YAML, a
        // list or an undecodable file never reaches (or leaves) the CMS. CI alone catches it.
        it(`${name}: not a form the CMS can hold; CI rejects it`, () => {
          expect(ciErrors(kind, f)).not.toEqual([]);
        });
        continue;
      }
      it(`${name}: same fields flagged`, async () => {
        const ci = ciErrors(kind, f);
        expect(ci, 'CI finds the problem').not.toEqual([]);
        // As admin.ts calls it for an entry that exists: the file it edits is the fixture.
        const cms = errorFields(await validateCmsEntry(kind, entry, PROVINCES_URL, idFromPath(f.path) ?? name.replace(/\.yaml$/, '')));
        const skipped = BETWEEN_FILES[name];
        if (skipped) expect(ci).toContain(skipped);
        expect(cms).toEqual(ci.filter((field) => field !== skipped));
      });
    }
  });
}

describe('the CMS check knows which entry it checks', () => {
  const entry = {
    name: 'Eigen relatie',
    kind: 'pps',
    status: 'active',
    summary: 'Een initiatief voor de test van de relatie met zichzelf.',
    scope: 'national',
    sources: [{ title: 'Bron' }],
    relations: [{ type: 'works_with', initiative: 'nieuw' }],
  };

  it('an entry that exists may not be related to itself, by its file name', async () => {
    const found = await validateCmsEntry('initiative', entry, PROVINCES_URL, 'nieuw');
    expect(found.map((p) => p.field)).toEqual(['relations[0].initiative']);
  });

  it('a new entry has no file name yet: a relation to any initiative is not one to itself', async () => {
    expect(await validateCmsEntry('initiative', entry, PROVINCES_URL)).toEqual([]);
  });
});
