import type { Problem, ProblemDetails } from '../../problems';
import { positionOf } from '../../yaml/parse-data-file';
import type { RuleTarget } from '../records';

/**
 * A problem at a field of a parsed file: the line and column of the value the JSON pointer
 * names (or of its nearest ancestor that has one), or of its key when `part` says so (a key
 * that is itself wrong). Every rule, and every check of a file's values, reports through this.
 */
export function problemAt(
  target: RuleTarget,
  pointer: string,
  field: string,
  message: string,
  details: ProblemDetails = {},
  part: 'key' | 'value' = 'value',
): Problem {
  return {
    file: target.file,
    ...positionOf(target.positions, pointer, part),
    field: details.field ?? field,
    severity: details.severity ?? 'error',
    message,
    ...(details.hint ? { hint: details.hint } : {}),
  };
}
