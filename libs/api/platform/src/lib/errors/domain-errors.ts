/** Typed domain errors; each category maps to exactly one GraphQL error code (graphql-errors.ts). */
export type DomainErrorCategory =
  | 'VALIDATION'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'TOO_BUSY'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX';

export abstract class DomainError extends Error {
  abstract readonly category: DomainErrorCategory;
  /** Extra, safe-to-show details for the client (never internals). */
  readonly details: Record<string, unknown> = {};
}

export interface FieldIssue {
  /** Path of the offending input, e.g. `filter.from`. */
  readonly field: string;
  readonly message: string;
}

export class ValidationError extends DomainError {
  readonly category = 'VALIDATION';

  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
    this.details['field'] = issues[0]?.field;
    this.details['issues'] = issues;
  }

  static of(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

export class ForbiddenError extends DomainError {
  readonly category = 'FORBIDDEN';
}

export class UnauthenticatedError extends DomainError {
  readonly category = 'UNAUTHENTICATED';
}

export class NotFoundError extends DomainError {
  readonly category = 'NOT_FOUND';
}

export class ConflictError extends DomainError {
  readonly category = 'CONFLICT';

  constructor(message: string, current?: unknown) {
    super(message);
    if (current !== undefined) {
      this.details['current'] = current;
    }
  }
}

/** The caller made too many attempts; `retryAfterSeconds` tells when the next one will be admitted. */
export class TooManyRequestsError extends DomainError {
  readonly category = 'TOO_MANY_REQUESTS';

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.details['retryAfterSeconds'] = retryAfterSeconds;
  }
}

/** The server runs as many heavy operations as it allows and as many wait already; refused at once. */
export class TooBusyError extends DomainError {
  readonly category = 'TOO_BUSY';

  constructor(retryAfterSeconds: number) {
    super(`The server is busy with other heavy queries; try again in ${retryAfterSeconds} s`);
    this.details['retryAfterSeconds'] = retryAfterSeconds;
  }
}

/** The database cancelled a statement that ran beyond the statement timeout (STATEMENT_TIMEOUT_MS). */
export class StatementTimeoutError extends DomainError {
  readonly category = 'TIMEOUT';

  constructor() {
    super(
      'The computation took longer than the server allows and was cancelled; ' +
        'ask for a shorter period or fewer business models, or try again later',
    );
  }
}

/** The database cannot be reached right now (down, restarting, unreachable); the operation may be sent again. */
export class DatabaseUnavailableError extends DomainError {
  readonly category = 'UNAVAILABLE';

  constructor(retryAfterSeconds = 5) {
    super(`The database is unavailable at the moment; try again in ${retryAfterSeconds} s`);
    this.details['retryAfterSeconds'] = retryAfterSeconds;
  }
}

/** An operation deeper or costlier than the server allows; refused before anything executes. */
export class QueryTooComplexError extends DomainError {
  readonly category = 'QUERY_TOO_COMPLEX';

  constructor(
    message: string,
    measured: { readonly limit: 'depth' | 'cost'; readonly value: number; readonly max: number },
  ) {
    super(message);
    this.details['limit'] = measured.limit;
    this.details['value'] = measured.value;
    this.details['max'] = measured.max;
  }
}
