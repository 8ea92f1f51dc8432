import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type DomainErrorCategory } from '../errors/domain-errors';
import { GRAPHQL_CODES } from '../graphql/graphql-errors';

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
 * Answers a domain error on a plain HTTP route as `{ error: { code, message, ...details } }` with
 * the category's status, using the same codes as GraphQL. In a GraphQL operation it hands the error
 * back, so the GraphQL error formatting stays the one place for that protocol.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      return error;
    }
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(HTTP_STATUSES[error.category])
      .json({ error: { code: GRAPHQL_CODES[error.category], message: error.message, ...error.details } });
    return undefined;
  }
}
