import type { AstroIntegration } from 'astro';
import { DatasetError, loadDataset, VALIDATED_DATASET_KEY } from '../dataset';
import { formatProblem, summariseProblems } from '../lib/problems';

/**
 * Validates data/ before Astro renders or writes anything, so a bad file stops the
 * build with the same messages as `npm run validate` and no site is produced.
 */
export function validateData(): AstroIntegration {
  return {
    name: 'atlas:validate-data',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const started = performance.now();
        const dataset = await loadDataset();
        for (const p of dataset.problems.filter((x) => x.severity === 'warning')) logger.warn(formatProblem(p));
        if (dataset.problems.some((p) => p.severity === 'error')) throw new DatasetError(dataset);
        // Hand the checked data to the pages (same process), so it is not read twice.
        (globalThis as Record<symbol, unknown>)[VALIDATED_DATASET_KEY] = dataset;
        logger.info(
          `${summariseProblems(dataset.problems, dataset.initiatives.length + dataset.organisations.length)} (data gecontroleerd in ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
