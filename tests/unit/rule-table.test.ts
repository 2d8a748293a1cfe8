/**
 * Every rule has a row in rules/table.ts, with its scope (#27): a rule written but not listed
 * would run nowhere, or (as partnersOnce did) only between files, where the CMS never looks.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/validate/rules/table';
import { ROOT } from '../helpers/fixtures';

const RULES_DIR = join(ROOT, 'src/lib/validate/rules');

/** Exported functions of the rules folder that are not rules, and why. */
const NOT_RULES: Record<string, string> = {
  problemAt: 'how every rule reports a problem at a field',
  fileRuleProblems: 'runs the one-file rows (checkFile)',
  datasetRuleProblems: 'runs the rows between files (validateDataset)',
  suggestId: 'a helper of the reference rules',
  pointInside: 'the step that places a point in its regions (derives data); the CMS runs it too',
  readRegionFiles: 'the step that reads data/regions/',
  chooseRegionSets: "the step that applies the configuration's choice of region sets",
};

describe('the rules table', () => {
  it('names every rule exported by a module of the rules folder, once', async () => {
    const modules = await Promise.all(
      readdirSync(RULES_DIR)
        .filter((n) => n.endsWith('.ts'))
        .map((n) => import(join(RULES_DIR, n)) as Promise<Record<string, unknown>>),
    );
    const exported = modules
      .flatMap((m) => Object.entries(m))
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .filter((k) => !NOT_RULES[k])
      .sort();
    // One row per rule and kind of entity (a rule may serve initiatives and organisations alike).
    const rows = RULES.map((r) => `${r.name}${'kind' in r ? `/${r.kind}` : ''}`);
    expect(new Set(rows).size, 'a row twice').toBe(rows.length);
    expect([...new Set(RULES.map((r) => r.name))].sort()).toEqual(exported);
  });

  it('runs the rules that read one initiative in the file scope (the CMS runs them too)', () => {
    const scope = Object.fromEntries(RULES.map((r) => [r.name, r.scope]));
    // The three that #27 found filed between files although they read one file.
    expect([scope.partnersOnce, scope.proposedLeads, scope.relationToSelf]).toEqual(['file', 'file', 'file']);
  });
});
