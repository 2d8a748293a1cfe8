import { isEmptyValue } from '../yaml/canonical';

export type KeyPath = (string | number)[];

/**
 * The key paths to delete, in order, so that no empty value is left anywhere in an entry:
 * Decap saves a cleared field as `''` (decap-cms#7120) and keeps list items whose fields were
 * all cleared, which check:format then rejects, failing a contributor's pull request for
 * something they cannot fix. Deleting these paths in the given order (an object's or list's
 * own entry after its children, list items from the last to the first, so indices stay
 * valid) gives the entry the canonical writer would produce. Numbers and booleans, 0 and
 * false included, are values, never "empty".
 */
export function emptyValuePaths(value: unknown): KeyPath[] {
  const out: KeyPath[] = [];
  /** Collects deletions inside `v`; returns whether `v` itself is empty once they are done. */
  const visit = (v: unknown, path: KeyPath): boolean => {
    if (Array.isArray(v)) {
      let empty = true;
      for (let i = v.length - 1; i >= 0; i--) {
        if (visit(v[i], [...path, i])) out.push([...path, i]);
        else empty = false;
      }
      return empty;
    }
    if (v && typeof v === 'object') {
      let empty = true;
      for (const [k, x] of Object.entries(v)) {
        if (visit(x, [...path, k])) out.push([...path, k]);
        else empty = false;
      }
      return empty;
    }
    return isEmptyValue(v);
  };
  visit(value, []);
  return out;
}
