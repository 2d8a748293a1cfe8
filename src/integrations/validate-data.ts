import type { AstroIntegration } from 'astro';
import { summariseProblems, warningLines } from '../lib/problems';
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
          // A warning said of many files is one line (warningLines); validate tells each in full.
          for (const line of warningLines(d.problems)) logger.warn(line);
        };
        const started = performance.now();
        const dataset = await getSite().then(
          (site) => site.dataset,
          async (e: unknown) => {
            if (!(e instanceof DatasetError)) throw e;
            // Warnings are shown with the errors, as `npm run validate` shows them; then the
            // process ends with the data's own words only. Thrown, Astro wrapped them in "An
            // unhandled error occurred while running the astro:config:setup hook" and a stack
            // trace (a maintainer review). Nothing is written yet, and the build lock goes with
            // the process (scripts/build.mjs).
            warn(e.dataset);
            logger.error(e.message);
            // Exit once both streams have written everything (a pipe may be asynchronous).
            await new Promise<void>((done) => process.stdout.write('', () => done()));
            await new Promise<void>((done) => process.stderr.write('', () => done()));
            process.exit(1);
          },
        );
        warn(dataset);
        logger.info(
          `${summariseProblems(dataset.problems, dataset.checked.initiatives + dataset.checked.organisations)} (data gecontroleerd in ${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
