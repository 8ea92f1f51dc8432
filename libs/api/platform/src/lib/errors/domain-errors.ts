import {
  type CodeAndParams,
  type CodedMessage,
  codedMessage,
  type MessageCode,
  type MessageParamValues,
} from '@salesdash/shared/domain';

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

/**
 * An error the client is told about, always as a catalogue message (@salesdash/shared/domain MESSAGES):
 * its code and parameters travel beside the English `message`, so the dashboard can show it in the
 * reader's language. No constructor takes a text of its own.
 */
export abstract class DomainError extends Error {
  abstract readonly category: DomainErrorCategory;
  /** Extra, safe-to-show details for the client (never internals). */
  readonly details: Record<string, unknown> = {};
  readonly messageCode: MessageCode;
  readonly params: MessageParamValues;

  protected constructor(message: CodedMessage) {
    super(message.message);
    this.messageCode = message.code;
    this.params = message.params;
  }
}

/** The code and parameters of arguments that continue after them (`code, params, current`). */
function leadingMessage(args: readonly [...CodeAndParams, ...unknown[]]): CodedMessage {
  return codedMessage(...(args.slice(0, 2) as CodeAndParams));
}

/** One problem of an input: where it is (`filter.from`) and what it is, by code and parameters with its English text. */
export type FieldIssue = CodedMessage & {
  /** Path of the offending input, e.g. `filter.from`. */
  readonly field: string;
};

export function fieldIssue(field: string, ...message: CodeAndParams): FieldIssue {
  return { field, ...codedMessage(...message) };
}

/** An issue as the client receives it in `extensions.issues`: `code` there is the error's category. */
export interface FieldIssueAnswer {
  readonly field: string;
  readonly messageCode: MessageCode;
  readonly params: MessageParamValues;
  readonly message: string;
}

export class ValidationError extends DomainError {
  readonly category = 'VALIDATION';

  /** The first issue is the error's own message code; `message` names every issue, `field: message; …`. */
  constructor(readonly issues: readonly FieldIssue[]) {
    const [first] = issues;
    if (first === undefined) {
      throw new Error('a ValidationError names at least one issue');
    }
    super(first);
    this.message = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    this.details['field'] = first.field;
    this.details['issues'] = issues.map(
      ({ field, code, params, message }): FieldIssueAnswer => ({ field, messageCode: code, params, message }),
    );
  }

  static of(field: string, ...message: CodeAndParams): ValidationError {
    return new ValidationError([fieldIssue(field, ...message)]);
  }
}

export class ForbiddenError extends DomainError {
  readonly category = 'FORBIDDEN';

  constructor(...message: CodeAndParams) {
    super(codedMessage(...message));
  }
}

export class UnauthenticatedError extends DomainError {
  readonly category = 'UNAUTHENTICATED';

  constructor(...message: CodeAndParams) {
    super(codedMessage(...message));
  }
}

export class NotFoundError extends DomainError {
  readonly category = 'NOT_FOUND';

  constructor(...message: CodeAndParams) {
    super(codedMessage(...message));
  }
}

export class ConflictError extends DomainError {
  readonly category = 'CONFLICT';

  /** `current`: what is stored now, for the client to reload and show. */
  constructor(...args: [...CodeAndParams, current?: unknown]) {
    super(leadingMessage(args));
    const current = args[2];
    if (current !== undefined) {
      this.details['current'] = current;
    }
  }
}

/** The caller made too many attempts; `retryAfterSeconds` tells when the next one will be admitted. */
export class TooManyRequestsError extends DomainError {
  readonly category = 'TOO_MANY_REQUESTS';

  constructor(...args: [...CodeAndParams, retryAfterSeconds: number]) {
    super(leadingMessage(args));
    this.details['retryAfterSeconds'] = args[2];
  }
}

/** The server runs as many heavy operations as it allows and as many wait already; refused at once. */
export class TooBusyError extends DomainError {
  readonly category = 'TOO_BUSY';

  constructor(retryAfterSeconds: number) {
    super(codedMessage('SERVER_BUSY', { seconds: retryAfterSeconds }));
    this.details['retryAfterSeconds'] = retryAfterSeconds;
  }
}

/** The database cancelled a statement that ran beyond the statement timeout (STATEMENT_TIMEOUT_MS). */
export class StatementTimeoutError extends DomainError {
  readonly category = 'TIMEOUT';

  constructor() {
    super(codedMessage('STATEMENT_TIMEOUT', {}));
  }
}

/** The database cannot be reached right now (down, restarting, unreachable); the operation may be sent again. */
export class DatabaseUnavailableError extends DomainError {
  readonly category = 'UNAVAILABLE';

  constructor(retryAfterSeconds = 5) {
    super(codedMessage('DATABASE_UNAVAILABLE', { seconds: retryAfterSeconds }));
    this.details['retryAfterSeconds'] = retryAfterSeconds;
  }
}

/** What an operation beyond the limits measured: which limit, its value and the most allowed. */
export interface QueryMeasure {
  readonly limit: 'depth' | 'cost';
  readonly value: number;
  readonly max: number;
}

/** An operation deeper or costlier than the server allows; refused before anything executes. */
export class QueryTooComplexError extends DomainError {
  readonly category = 'QUERY_TOO_COMPLEX';

  constructor(...args: [...CodeAndParams, measured: QueryMeasure]) {
    super(leadingMessage(args));
    const measured = args[2];
    this.details['limit'] = measured.limit;
    this.details['value'] = measured.value;
    this.details['max'] = measured.max;
  }
}
