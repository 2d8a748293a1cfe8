import { pointerToField, type Problem } from '../problems';
import { codePointName, unsafeCharacterIn } from '../text/unsafe-characters';
import { positionOf, type PositionIndex } from '../yaml/parse-data-file';

/**
 * Finds strings (values and keys) holding control characters, lone surrogates, or invisible
 * characters that reorder or hide text. Line breaks and tabs are allowed only in the
 * top-level fields named in `multiline` (schema `x-multiline`).
 */
export function findUnsafeText(value: unknown, file: string, positions: PositionIndex, multiline: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const visit = (v: unknown, pointer: string, top: string) => {
    if (typeof v === 'string') {
      const bad = unsafeCharacterIn(v, multiline.has(top));
      if (bad)
        problems.push({
          file,
          ...positionOf(positions, pointer, 'value'),
          field: pointerToField(pointer),
          severity: 'error',
          message: `Deze tekst bevat ${bad.what} (${codePointName(bad.char)}).`,
          hint: 'Typ de tekst opnieuw of plak hem als platte tekst; zulke tekens zijn onzichtbaar of veranderen wat een lezer ziet.',
        });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${pointer}/${i}`, top));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const child = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const badKey = unsafeCharacterIn(k, false);
        if (badKey)
          problems.push({
            file,
            ...positionOf(positions, child, 'key'),
            field: pointerToField(child),
            severity: 'error',
            message: `De veldnaam bevat ${badKey.what} (${codePointName(badKey.char)}).`,
            hint: 'Gebruik alleen de velden uit het schema.',
          });
        visit(x, child, top || k);
      }
    }
  };
  visit(value, '', '');
  return problems;
}
