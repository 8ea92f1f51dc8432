import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { apiMessageText } from './api-message';

/** The error codes the API puts in `extensions.code` (DESIGN §3), plus NETWORK for no answer at all. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR'
  | 'TOO_MANY_REQUESTS'
  | 'TOO_BUSY'
  | 'TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK';

/** One error of a GraphQL call, reduced to what a page can show. */
export interface ApiError {
  readonly code: ApiErrorCode;
  /** In the reader's language when the API named its message's code (`extensions.messageCode`). */
  readonly message: string;
  /** For BAD_USER_INPUT: the input path (`filter.to`, `filter.businessModels`, …). */
  readonly field?: string;
  /** For BAD_USER_INPUT: every problem found, each at its input path, so a form can show them all. */
  readonly issues?: readonly ApiFieldIssue[];
  /** For CONFLICT: what the API holds now (`extensions.current`), for the page to reload and show. */
  readonly current?: unknown;
  /** For the refusals under load (TOO_MANY_REQUESTS, TOO_BUSY, SERVICE_UNAVAILABLE): when to ask again. */
  readonly retryAfterSeconds?: number;
}

export interface ApiFieldIssue {
  readonly field: string;
  /** In the reader's language, from the issue's `messageCode` and `params`. */
  readonly message: string;
  /** The message's code in the API's catalogue, for a form that words some problems its own way. */
  readonly messageCode?: string;
  readonly params?: unknown;
}

interface SentFieldIssue {
  readonly field: string;
  readonly message: string;
  readonly messageCode?: unknown;
  readonly params?: unknown;
}

function isFieldIssue(value: unknown): value is SentFieldIssue {
  const issue = value as Partial<ApiFieldIssue> | null;
  return typeof issue?.field === 'string' && typeof issue.message === 'string';
}

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'CONFLICT',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
  'TOO_MANY_REQUESTS',
  'TOO_BUSY',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
];

/** Codes that say "not now" rather than "not this": the same request may succeed a little later. */
const TRY_LATER_CODES: readonly ApiErrorCode[] = ['TOO_MANY_REQUESTS', 'TOO_BUSY', 'TIMEOUT', 'SERVICE_UNAVAILABLE'];

/** True when the request was refused for the server's load or state, not for what it asked. */
export function isTryLater(error: ApiError): boolean {
  return TRY_LATER_CODES.includes(error.code);
}

function fromGraphqlError(error: GraphQLFormattedError): ApiError {
  const extensions = error.extensions ?? {};
  const rawCode = typeof extensions['code'] === 'string' ? extensions['code'] : '';
  const code = (KNOWN_CODES as readonly string[]).includes(rawCode)
    ? (rawCode as ApiErrorCode)
    : // GraphQL validation of variables (a bad Date scalar) is the caller's input too.
      rawCode === 'GRAPHQL_VALIDATION_FAILED' || rawCode === 'BAD_REQUEST'
      ? 'BAD_USER_INPUT'
      : 'INTERNAL_SERVER_ERROR';
  const field = typeof extensions['field'] === 'string' ? extensions['field'] : undefined;
  const issues = Array.isArray(extensions['issues'])
    ? extensions['issues'].filter(isFieldIssue).map(
        (issue): ApiFieldIssue => ({
          field: issue.field,
          message: apiMessageText(issue.messageCode, issue.params, issue.message),
          ...(typeof issue.messageCode === 'string' ? { messageCode: issue.messageCode, params: issue.params } : {}),
        }),
      )
    : [];
  const retryAfterSeconds = extensions['retryAfterSeconds'];
  return {
    code,
    // A refusal of several inputs names each, as the API's own text does ("filter.to: …; filter.kpis: …").
    message:
      issues.length > 0
        ? issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')
        : apiMessageText(extensions['messageCode'], extensions['params'], error.message),
    ...(field === undefined ? {} : { field }),
    ...(issues.length === 0 ? {} : { issues }),
    ...(extensions['current'] === undefined ? {} : { current: extensions['current'] }),
    ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
  };
}

/** GraphQL errors carried by a non-2xx answer (Apollo Server answers 400 for invalid variables). */
function errorsInBody(bodyText: string): GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
      return (body as { errors: GraphQLFormattedError[] }).errors;
    }
  } catch {
    // not JSON: a proxy or server page
  }
  return [];
}

/** Maps anything an Apollo call can fail with to the first API error it carries. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return fromGraphqlError(error.errors[0]);
  }
  if (ServerError.is(error)) {
    const [first] = errorsInBody(error.bodyText);
    if (first) {
      return fromGraphqlError(first);
    }
    if (error.statusCode === 401) {
      return { code: 'UNAUTHENTICATED', message: error.message };
    }
    if (error.statusCode === 403) {
      return { code: 'FORBIDDEN', message: error.message };
    }
    // A proxy in front of the API may refuse under load without a GraphQL body.
    if (error.statusCode === 429) {
      return { code: 'TOO_MANY_REQUESTS', message: error.message };
    }
    if (error.statusCode === 503) {
      return { code: 'SERVICE_UNAVAILABLE', message: error.message };
    }
    return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK', message: error.message };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

/** True when the answer says the caller's token is missing, invalid or expired. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return toApiError(error).code === 'UNAUTHENTICATED';
}
