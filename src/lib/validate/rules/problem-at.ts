import type { Problem, ProblemDetails } from '../../problems';
import { positionOf } from '../../yaml/parse-data-file';
import type { RuleTarget } from '../records';

/**
 * A problem at a field of a parsed file: the line and column of the value the JSON pointer
 * names (or of its nearest ancestor that has one). Every rule reports through this.
 */
export function problemAt(target: RuleTarget, pointer: string, field: string, message: string, details: ProblemDetails = {}): Problem {
  return {
    file: target.file,
    ...positionOf(target.positions, pointer, 'value'),
    field: details.field ?? field,
    severity: details.severity ?? 'error',
    message,
    ...(details.hint ? { hint: details.hint } : {}),
  };
}
