import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import type { DomainErrorCategory } from '../errors/domain-errors';
import { asDomainError, GRAPHQL_CODES, messageExtensions } from '../graphql/graphql-errors';

/** The one table from domain error category to HTTP status, for the plain HTTP routes. */
export const HTTP_STATUSES = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  TOO_BUSY: 503,
  TIMEOUT: 503,
  UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
} as const satisfies Record<DomainErrorCategory, number>;

/**
 * Answers a domain error on a plain HTTP route as `{ error: { code, messageCode, params, message, ...details } }` with
 * the category's status (and `Retry-After` when it says when to come back), using the same codes as
 * GraphQL. A cancelled statement or an unreachable database counts as its domain error (asDomainError),
 * so an upload during an outage is a 503, not an internal error. Anything else goes to Nest's own
 * handling. In a GraphQL operation it hands the error back, so the GraphQL error formatting stays the
 * one place for that protocol.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      return error;
    }
    const domainError = asDomainError(error);
    if (!domainError) {
      super.catch(error, host);
      return undefined;
    }
    const response = host.switchToHttp().getResponse<Response>();
    const retryAfterSeconds = domainError.details['retryAfterSeconds'];
    if (typeof retryAfterSeconds === 'number') {
      response.setHeader('Retry-After', String(retryAfterSeconds));
    }
    response.status(HTTP_STATUSES[domainError.category]).json({
      error: {
        code: GRAPHQL_CODES[domainError.category],
        ...messageExtensions(domainError),
        message: domainError.message,
        ...domainError.details,
      },
    });
    return undefined;
  }
}
