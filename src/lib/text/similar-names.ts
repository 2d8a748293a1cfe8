import { distance } from 'fastest-levenshtein';
import { foldName } from './unsafe-characters';

/**
 * Names alike: one contains the other, or few edits apart relative to their length. Both
 * are folded first (compatibility forms, invisible characters, accents, case), so
 * "CIV\u200BGroen" or a fullwidth "ＣＩＶ Groen" cannot dodge the check. One notion of "alike"
 * for the review, the work queue, the spreadsheet import and the validation of proposed
 * organisations.
 */
export function similarNames(a: string, b: string): boolean {
  const x = foldName(a),
    y = foldName(b);
  if (!x || !y) return false;
  if (x === y || (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x)))) return true;
  return distance(x, y) / Math.max(x.length, y.length) <= 0.2;
}
