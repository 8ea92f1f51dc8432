import { type ArgumentsHost, Catch, HttpException, type HttpServer, type Provider } from '@nestjs/common';
import { APP_FILTER, BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DomainError, DomainErrorCategory } from '../errors/domain-errors';
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

/** Answers a domain error on a plain HTTP route: its category's status, its code, message and details. */
export function answerDomainError(domainError: DomainError, response: Response): void {
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
}

/**
 * Answers a domain error on a plain HTTP route as `{ error: { code, messageCode, params, message, ...details } }` with
 * the category's status (and `Retry-After` when it says when to come back), using the same codes as
 * GraphQL. A cancelled statement or an unreachable database counts as its domain error (asDomainError),
 * so an upload during an outage is a 503, not an internal error. Nest's own HTTP errors (an unknown
 * route) and Express's (a body too large) are answered by Nest, with their status. Anything else is a fault: logged with the request it
 * came with (its credential headers redacted by the logger) and answered 500 without its message. In a
 * GraphQL operation it hands the error back, so the GraphQL error formatting stays the one place for
 * that protocol.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  constructor(
    private readonly logger: Logger,
    applicationRef?: HttpServer,
  ) {
    super(applicationRef);
  }

  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      return error;
    }
    const domainError = asDomainError(error);
    if (!domainError) {
      if (error instanceof HttpException || isHttpError(error)) {
        super.catch(error, host);
      } else {
        this.answerFault(error, host);
      }
      return undefined;
    }
    answerDomainError(domainError, host.switchToHttp().getResponse<Response>());
    return undefined;
  }

  private answerFault(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    this.logger.error(
      { err: error, req: { method: request.method, url: request.originalUrl, headers: request.headers } },
      'unexpected error on an HTTP route',
    );
    // A download that fails after its first bytes can only be cut short.
    if (response.headersSent) {
      response.end();
    } else {
      response.status(500).json({ statusCode: 500, message: 'Internal server error' });
    }
  }
}

/** An error of the `http-errors` kind Express's middleware raises (a body too large: 413), which carries its status. */
function isHttpError(error: unknown): boolean {
  const { statusCode, message } = (error ?? {}) as { statusCode?: unknown; message?: unknown };
  return typeof statusCode === 'number' && typeof message === 'string';
}

/** DomainErrorFilter as the application's filter of every route, logging its faults to `logger`. */
export function domainErrorFilterProvider(logger: Logger): Provider {
  return {
    provide: APP_FILTER,
    inject: [HttpAdapterHost],
    useFactory: ({ httpAdapter }: HttpAdapterHost) => new DomainErrorFilter(logger, httpAdapter),
  };
}
