import { ConflictError } from '@salesdash/api/platform';
import type { CodeAndParams } from '@salesdash/shared/domain';

/**
 * A CONFLICT caused by one input field (an e-mail in use, a team that still has members), with the
 * field path in `extensions.field` like a ValidationError, so a form can show it beside the field.
 */
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

/**
 * Runs `work` and turns a unique violation of one of `constraints` into its FieldConflictError. The
 * unique indexes decide, not a check before the write: concurrent writers all pass such a check,
 * while the index lets one commit and answers the others with a violation. A factory may look up
 * what the input clashed with; it runs after `work`'s transaction has rolled back, when the winner
 * has committed.
 */
export async function withUniqueConflicts<T>(
  work: () => Promise<T>,
  constraints: Readonly<Record<string, () => FieldConflictError | Promise<FieldConflictError>>>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
    const conflict = code === UNIQUE_VIOLATION && typeof constraint === 'string' ? constraints[constraint] : undefined;
    throw conflict ? await conflict() : error;
  }
}
