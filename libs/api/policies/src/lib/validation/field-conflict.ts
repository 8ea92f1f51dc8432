import { ConflictError } from '@salesdash/api/platform';
import type { CodeAndParams } from '@salesdash/shared/domain';

/** A CONFLICT caused by one input field, with its path in `extensions.field` so a form can show it there. */
export class FieldConflictError extends ConflictError {
  constructor(
    readonly field: string,
    ...message: CodeAndParams
  ) {
    super(...message);
    // Like a ValidationError's: the field, then what is wrong with it.
    this.message = `${field}: ${this.message}`;
    this.details['field'] = field;
  }
}

const UNIQUE_VIOLATION = '23505';

/** True for PostgreSQL's unique violation of `constraint` (a concurrent insert the checks could not see). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const { code, constraint: violated } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === UNIQUE_VIOLATION && violated === constraint;
}
