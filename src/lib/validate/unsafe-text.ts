import { pointerOf, pointerToField, type Problem } from '../problems';
import { codePointName, unsafeCharacterIn } from '../text/unsafe-characters';
import { positionOf, type PositionIndex } from '../yaml/parse-data-file';

/**
 * Finds strings (values and keys) holding control characters, lone surrogates, or invisible
 * characters that reorder or hide text. Line breaks and tabs are allowed only in the
 * top-level fields named in `multiline` (schema `x-multiline`).
 */
export function findUnsafeText(value: unknown, file: string, positions: PositionIndex, multiline: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  // The keys and indexes down to the value being looked at. The JSON pointer is built from them
  // only when a problem needs it: building one for every value of every file was a tenth of
  // checking a file (with the garbage it left), and almost no file has a problem (issue #28).
  const path: string[] = [];
  const pointer = () => pointerOf(path);
  const visit = (v: unknown, top: string) => {
    if (typeof v === 'string') {
      const bad = unsafeCharacterIn(v, multiline.has(top));
      if (bad) {
        const at = pointer();
        problems.push({
          file,
          ...positionOf(positions, at, 'value'),
          field: pointerToField(at),
          severity: 'error',
          message: `Deze tekst bevat ${bad.what} (${codePointName(bad.char)}).`,
          hint: 'Typ de tekst opnieuw of plak hem als platte tekst; zulke tekens zijn onzichtbaar of veranderen wat een lezer ziet.',
        });
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(String(i));
        visit(v[i], top);
        path.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        path.push(k);
        const badKey = unsafeCharacterIn(k, false);
        if (badKey) {
          const at = pointer();
          problems.push({
            file,
            ...positionOf(positions, at, 'key'),
            field: pointerToField(at),
            severity: 'error',
            message: `De veldnaam bevat ${badKey.what} (${codePointName(badKey.char)}).`,
            hint: 'Gebruik alleen de velden uit het schema.',
          });
        }
        visit((v as Record<string, unknown>)[k], top || k);
        path.pop();
      }
    }
  };
  visit(value, '');
  return problems;
}
