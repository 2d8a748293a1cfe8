// @ts-check
/**
 * Mutation testing of the core modules: `npm run test:mutation` (not part of `npm test`:
 * a full run takes many minutes). Narrow it to one module with
 * `npm run test:mutation -- --mutate src/lib/stats.ts`. Scores per module: BENCHMARKS.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The modules whose behaviour the tests must pin, each at a mutation score of at least 80 %.
  mutate: [
    'src/lib/validate/rules/*.ts',
    'src/lib/explore/filter.ts',
    'src/lib/stats.ts',
    'src/lib/yaml/canonical.ts',
    'src/lib/yaml/order-by-schema.ts',
    'src/lib/review/summary.ts',
  ],
  // Below 80 % (over the modules mutated in this run) the command fails.
  thresholds: { high: 90, low: 80, break: 80 },
  coverageAnalysis: 'perTest',
  // A 2-core machine: one test runner per core at most.
  concurrency: 2,
  timeoutMS: 10_000,
  // With `-- --incremental`, a rerun tests only the mutants whose code or tests changed.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '.tmp/stryker',
  // The sandbox needs the code, the schemas, the data and the fixtures; not builds or caches.
  ignorePatterns: [
    'dist',
    '.astro',
    '.tmp',
    'reports',
    'bench-results',
    'test-results',
    'public/vendor',
    'public/admin/decap',
    'reference',
  ],
  cleanTempDir: 'always',
};
