import { pointerOf, pointerToField, type Problem } from '../problems';
import type { PositionIndex } from '../yaml/parse-data-file';
import { problemAt } from './rules/problem-at';
import { walkValues } from './walk-values';
import { personalDataIn } from '../text/contact-details';

// The detection itself is plain text (text/contact-details.ts), shared with the region files and
// the history; this module reports it as problems of a data file.
export { containsEmailAddress, foldLookAlikes, personalDataIn } from '../text/contact-details';

/**
 * Finds e-mail addresses and phone numbers anywhere in a file's values, in the order of the
 * value's keys (checkFile passes it in schema order).
 */
export function findPersonalData(value: unknown, file: string, positions: PositionIndex): Problem[] {
  const problems: Problem[] = [];
  walkValues(value, {
    text(v, path) {
      const kind = personalDataIn(v);
      if (!kind) return;
      const pointer = pointerOf(path);
      problems.push(
        problemAt(
          { file, positions },
          pointer,
          pointerToField(pointer),
          `Deze tekst bevat ${kind}. De atlas is openbaar en bevat geen contactgegevens van personen.`,
          {
            hint: 'Verwijs naar de openbare contactpagina van de organisatie (veld contact_page) in plaats daarvan.',
          },
        ),
      );
    },
  });
  return problems;
}
