/**
 * Adding a one-file rule is one row in rules/table.ts (#27): a row added to the table, and
 * nothing else, is run by the CMS's check before it saves (validateCmsEntry, as admin.ts calls
 * it) and by the dataset validation CI runs (validateDataset). A row between files is run by
 * CI alone. The rows are added to the table itself for this file only (Vitest gives every test
 * file its own modules) and taken out again after each test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCmsEntry } from '../../src/components/cms/validate-entry';
import type { Initiative } from '../../src/lib/schema/types.generated';
import { problemAt } from '../../src/lib/validate/rules/problem-at';
import { RULES, type Rule } from '../../src/lib/validate/rules/table';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input, readFolder, ROOT } from '../helpers/fixtures';

const FIX = 'schemas/fixtures/valid';
const PROVINCES_URL = `data:application/geo+json;base64,${readFileSync(join(ROOT, 'data/regions/provincies.geojson')).toString('base64')}`;

/** A valid initiative whose name the made-up rules below object to. */
const ENTRY = {
  name: 'Proefregel initiatief',
  kind: 'pps',
  status: 'active',
  summary: 'Een initiatief met alleen de verplichte velden ingevuld.',
  sources: [{ title: 'Jaarverslag 2025' }],
};
const TEXT = readFileSync(join(ROOT, FIX, 'initiatives/minimal.yaml'), 'utf8').replace(/^name: .*$/m, `name: ${ENTRY.name}`);
const PATH = 'data/initiatives/proefregel.yaml';

/** A rule nobody wrote: an initiative's name may not contain "Proefregel". */
const noTrialWord = (t: Parameters<typeof problemAt>[0], data: Initiative) =>
  data.name.includes('Proefregel') ? [problemAt(t, '/name', 'name', 'De naam bevat het woord Proefregel.')] : [];

const table = RULES as Rule[];
const added: Rule[] = [];
/** Adds one row to the rules table, as a contributor would. */
const addRow = (row: Rule) => {
  table.push(row);
  added.push(row);
};
afterEach(() => {
  for (const row of added.splice(0)) table.splice(table.indexOf(row), 1);
});

/** The fields CI flags as errors in the entry's file, in a small valid dataset. */
const ciFields = () =>
  validateDataset(input([...readFolder(`${FIX}/initiatives`), file(PATH, TEXT)], readFolder(`${FIX}/organisations`)))
    .problems.filter((p) => p.file === PATH && p.severity === 'error')
    .map((p) => p.field);
/** The fields the CMS flags before it saves the entry. */
const cmsFields = async () => (await validateCmsEntry('initiative', ENTRY, PROVINCES_URL, 'proefregel')).map((p) => p.field);

describe('a one-file rule is one row of the rules table', () => {
  it('without the row, neither the CMS nor CI objects to the entry', async () => {
    expect(ciFields()).toEqual([]);
    expect(await cmsFields()).toEqual([]);
  });

  it('with a row of scope "file", the CMS and CI both run it', async () => {
    addRow({ name: 'noTrialWord', scope: 'file', kind: 'initiative', run: noTrialWord });
    expect(ciFields()).toEqual(['name']);
    expect(await cmsFields()).toEqual(['name']);
  });

  it('a row of scope "dataset" is run by CI only (the CMS checks one entry)', async () => {
    addRow({
      name: 'noTrialWordBetweenFiles',
      scope: 'dataset',
      run: (d) => [...d.initiatives.values()].flatMap((r) => noTrialWord(r, r.data)),
    });
    expect(ciFields()).toEqual(['name']);
    expect(await cmsFields()).toEqual([]);
  });
});
