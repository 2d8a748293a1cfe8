import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests that pin the behaviour of the modules `npm run test:mutation` mutates
 * (stryker.config.mjs). Only pure, fast tests: no build, no browser, no child process,
 * so each mutant costs a fraction of a second.
 */
export const mutationTests = [
  'tests/unit/validation-rules.test.ts',
  'tests/unit/rule-table.test.ts',
  'tests/unit/rule-hints.test.ts',
  'tests/unit/validate-dataset.test.ts',
  'tests/unit/schema-fixtures.test.ts',
  'tests/unit/cms-ci-verdict.test.ts',
  'tests/unit/explore-filter.test.ts',
  'tests/unit/explore-filter-edges.test.ts',
  'tests/unit/pure-units.test.ts',
  'tests/unit/stats.test.ts',
  'tests/unit/canonical.test.ts',
  'tests/unit/review-summary.test.ts',
  'tests/unit/review-warnings.test.ts',
];

export default defineConfig({ ...base, test: { ...base.test, include: mutationTests } });
