/**
 * Every rule has a row in rules/table.ts, with its scope (#27): a rule written but not listed
 * would run nowhere, or (as partnersOnce did) only between files, where the CMS never looks.
 */
import { describe, expect, it } from 'vitest';
import * as initiative from '../../src/lib/validate/rules/initiative';
import * as locations from '../../src/lib/validate/rules/locations';
import * as organisations from '../../src/lib/validate/rules/organisations';
import * as references from '../../src/lib/validate/rules/references';
import * as regionFiles from '../../src/lib/validate/rules/region-files';
import { RULES } from '../../src/lib/validate/rules/table';

/** Exported functions of the rules folder that are not rules, and why. */
const NOT_RULES: Record<string, string> = {
  suggestId: 'a helper of the reference rules',
  pointInside: 'the step that places a point in its regions (derives data); the CMS runs it too',
  readRegionFiles: 'the step that reads data/regions/',
  chooseRegionSets: "the step that applies the configuration's choice of region sets",
};

describe('the rules table', () => {
  it('names every exported rule once', () => {
    const exported = Object.entries({ ...initiative, ...locations, ...organisations, ...references, ...regionFiles })
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .filter((k) => !NOT_RULES[k])
      .sort();
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size, 'a name twice').toBe(names.length);
    expect([...names].sort()).toEqual(exported);
  });

  it('runs the rules that read one initiative in the file scope (the CMS runs them too)', () => {
    const scope = Object.fromEntries(RULES.map((r) => [r.name, r.scope]));
    // The three that #27 found filed between files although they read one file.
    expect([scope.partnersOnce, scope.proposedLeads, scope.relationToSelf]).toEqual(['file', 'file', 'file']);
  });
});
