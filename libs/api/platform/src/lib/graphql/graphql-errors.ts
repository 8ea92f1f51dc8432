import { codedMessage, isMessageCode, type MessageCode, type MessageParamValues } from '@salesdash/shared/domain';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import {
  DatabaseUnavailableError,
  DomainError,
  type DomainErrorCategory,
  StatementTimeoutError,
} from '../errors/domain-errors';

/** The one table from domain error category to GraphQL error code. */
export const GRAPHQL_CODES = {
  VALIDATION: 'BAD_USER_INPUT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  TOO_BUSY: 'TOO_BUSY',
  TIMEOUT: 'TIMEOUT',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  // Its own code rather than BAD_USER_INPUT: the values are fine, the shape of the operation is
  // what the client has to change (fewer aliases, less nesting, or several requests).
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
} as const satisfies Record<DomainErrorCategory, string>;

/** Codes produced by GraphQL itself (parsing, validation, variable coercion) and passed through. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ...Object.values(GRAPHQL_CODES),
]);

/** PostgreSQL's query_canceled: the statement timeout (STATEMENT_TIMEOUT_MS), or an administrator, ended it. */
const QUERY_CANCELED = '57014';

/**
 * The domain error an error stands for: itself, a DatabaseUnavailableError when the database cannot
 * be reached (database-unavailable.ts), or a StatementTimeoutError for a statement the database
 * cancelled (TypeORM's QueryFailedError carries the driver's SQLSTATE as `code`).
 */
export function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) {
    return error;
  }
  if (isDatabaseUnavailable(error)) {
    return new DatabaseUnavailableError();
  }
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return code === QUERY_CANCELED ? new StatementTimeoutError() : undefined;
}

function codeOf(formatted: GraphQLFormattedError): unknown {
  return formatted.extensions?.['code'];
}

/** A catalogue message as the client receives it beside `code` (the category). */
export interface MessageExtensions {
  readonly messageCode: MessageCode;
  readonly params: MessageParamValues;
}

export function messageExtensions(error: DomainError): MessageExtensions {
  return { messageCode: error.messageCode, params: error.params };
}

function isParamValues(value: unknown): value is MessageParamValues {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((param) => typeof param === 'string' || typeof param === 'number')
  );
}

// graphql-js's words for an enum value it does not know, before its "Did you mean …?".
const UNKNOWN_ENUM_VALUE = /^Value "(.*)" does not exist in "(\w+)" enum\./s;

/**
 * The catalogue message of a refusal GraphQL made itself while validating or coercing the input: a
 * scalar of ours says it in its extensions (scalars.ts), which graphql-js passes on to the error
 * naming the variable or argument; an unknown enum value is read from graphql-js's own sentence.
 */
function graphqlOwnMessage(formatted: GraphQLFormattedError, original: unknown): MessageExtensions | undefined {
  const messageCode = formatted.extensions?.['messageCode'];
  const params = formatted.extensions?.['params'];
  if (typeof messageCode === 'string' && isMessageCode(messageCode) && isParamValues(params)) {
    return { messageCode, params };
  }
  const unknownEnumValue = original instanceof Error ? UNKNOWN_ENUM_VALUE.exec(original.message) : null;
  return unknownEnumValue
    ? { messageCode: 'UNKNOWN_ENUM_VALUE', params: { value: unknownEnumValue[1], enum: unknownEnumValue[2] } }
    : undefined;
}

/**
 * Turns a domain error into its GraphQL code, with its message code and parameters beside
 * (`extensions: { code, messageCode, params, ...details }`), and hides everything else: an
 * unexpected error reaches the client as INTERNAL_SERVER_ERROR without its message, and a stack
 * trace only outside production.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: {
    exposeStackTraces: boolean;
    logUnexpected: (error: unknown) => void;
    /** A cancelled statement or an unreachable database: answered as such, and told to operators. */
    logDatabaseRefusal?: (refusal: DomainError, cause: unknown) => void;
  },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const domainError = asDomainError(original);
  if (domainError) {
    if (domainError !== original) {
      options.logDatabaseRefusal?.(domainError, original);
    }
    return {
      message: domainError.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: GRAPHQL_CODES[domainError.category],
        ...messageExtensions(domainError),
        ...domainError.details,
      },
    };
  }
  const code = codeOf(formatted);
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const message = graphqlOwnMessage(formatted, original);
    return options.exposeStackTraces
      ? { ...formatted, extensions: { ...formatted.extensions, ...message } }
      : { ...formatted, extensions: { code, ...message } };
  }
  options.logUnexpected(original ?? error);
  const internal = codedMessage('INTERNAL_ERROR', {});
  const extensions = { code: 'INTERNAL_SERVER_ERROR', messageCode: internal.code, params: internal.params };
  return {
    message: internal.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: options.exposeStackTraces
      ? { ...extensions, stacktrace: formatted.extensions?.['stacktrace'] }
      : extensions,
  };
}
