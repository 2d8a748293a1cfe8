/**
 * The walk that the checks of a file's values share (personal data, unsafe text): depth first,
 * in key order, keeping the keys and indexes down to the value in one array instead of building
 * a JSON pointer for every value. A check builds the pointer (pointerOf) only for what it reports:
 * doing it for every value of every file was a tenth of checking a file (issue #28).
 */

/** What a check does with each key and each text; `path` is only valid during the call. */
export interface ValueVisitor {
  /** A text value; `field` is the first key on its path (the file's top-level field), '' at the top. */
  text(value: string, path: readonly string[], field: string): void;
  /** A key of an object; `path` ends with it. */
  key?(key: string, path: readonly string[]): void;
}

/** Visits every key and every text below `value`. */
export function walkValues(value: unknown, visitor: ValueVisitor): void {
  const path: string[] = [];
  const visit = (v: unknown, field: string) => {
    if (typeof v === 'string') visitor.text(v, path, field);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(String(i));
        visit(v[i], field);
        path.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        path.push(k);
        visitor.key?.(k, path);
        visit((v as Record<string, unknown>)[k], field || k);
        path.pop();
      }
    }
  };
  visit(value, '');
}
