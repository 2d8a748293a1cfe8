import type { AstroIntegration } from 'astro';
import { formatProblem, summariseProblems } from '../lib/problems';
import { DatasetError } from '../io/dataset';
import type { ValidatedDataset } from '../lib/validate/validate-dataset';
import { getSite } from '../io/site';

/**
 * Validates data/ before Astro renders or writes anything, so a bad file stops the
 * build with the same messages as `npm run validate` and no site is produced. It loads the
 * site model through the same accessor the pages use, so the data is read once per build.
 */
export function validateData(): AstroIntegration {
  return {
    name: 'atlas:validate-data',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const warn = (d: ValidatedDataset) => {
          for (const p of d.problems.filter((x) => x.severity === 'warning')) logger.warn(formatProblem(p));
        };
        const started = performance.now();
        const dataset = await getSite().then(
          (site) => site.dataset,
          (e: unknown) => {
            // Warnings are shown with the errors, as `npm run validate` shows them.
            if (e instanceof DatasetError) warn(e.dataset);
            throw e;
          },
        );
        warn(dataset);
        logger.info(
          `${summariseProblems(dataset.problems, dataset.initiatives.length + dataset.organisations.length)} (data gecontroleerd in ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
