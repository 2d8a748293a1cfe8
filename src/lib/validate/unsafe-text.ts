import { pointerOf, pointerToField, type Problem } from '../problems';
import { internalAddress } from '../links/internal-address';
import { codePointName, unsafeCharacterIn } from '../text/unsafe-characters';
import type { PositionIndex } from '../yaml/parse-data-file';
import { problemAt } from './rules/problem-at';
import { walkValues } from './walk-values';

/**
 * Finds strings (values and keys) holding control characters, lone surrogates, or invisible
 * characters that reorder or hide text. Line breaks and tabs are allowed only in the
 * top-level fields named in `multiline` (schema `x-multiline`).
 */
export function findUnsafeText(value: unknown, file: string, positions: PositionIndex, multiline: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = { file, positions };
  walkValues(value, {
    text(v, path, field) {
      // A web address into a private network or with a password is no public page: a warning the
      // maintainer sees in the review (npm run check:links never asks it; links/internal-address.ts).
      const internal = v.startsWith('http') && /^https?:\/\//.test(v) ? internalAddress(v) : undefined;
      if (internal) {
        const pointer = pointerOf(path);
        problems.push(
          problemAt(at, pointer, pointerToField(pointer), `Dit webadres is ${internal}.`, {
            severity: 'warning',
            hint: 'Gebruik het openbare adres van de pagina; lezers kunnen een intern adres niet openen.',
          }),
        );
      }
      const bad = unsafeCharacterIn(v, multiline.has(field));
      if (!bad) return;
      const pointer = pointerOf(path);
      problems.push(
        problemAt(at, pointer, pointerToField(pointer), `Deze tekst bevat ${bad.what} (${codePointName(bad.char)}).`, {
          hint:
            bad.char === '\uFFFD'
              ? 'Typ de verloren letter opnieuw, en sla het bestand voortaan op als UTF-8.'
              : 'Typ de tekst opnieuw of plak hem als platte tekst; zulke tekens zijn onzichtbaar of veranderen wat een lezer ziet.',
        }),
      );
    },
    key(k, path) {
      const bad = unsafeCharacterIn(k, false);
      if (!bad) return;
      const pointer = pointerOf(path);
      problems.push(
        problemAt(
          at,
          pointer,
          pointerToField(pointer),
          `De veldnaam bevat ${bad.what} (${codePointName(bad.char)}).`,
          { hint: 'Gebruik alleen de velden uit het schema.' },
          'key',
        ),
      );
    },
  });
  return problems;
}
