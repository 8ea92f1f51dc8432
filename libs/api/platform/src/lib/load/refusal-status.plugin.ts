import type { ApolloServerPlugin } from '@apollo/server';
import type { DomainErrorCategory } from '../errors/domain-errors';
import { asDomainError } from '../graphql/graphql-errors';
import { HTTP_STATUSES } from '../http/domain-error.filter';

/** Refusals that concern the request as a whole rather than one field's input or access. */
const WHOLE_REQUEST_REFUSALS: ReadonlySet<DomainErrorCategory> = new Set([
  'TOO_MANY_REQUESTS',
  'TOO_BUSY',
  'TIMEOUT',
  'UNAVAILABLE',
]);

/**
 * Tells a refusal under load in the HTTP status too (429, 503) with `Retry-After` when the error
 * says when to come back, so clients and proxies back off as HTTP means them to. Other errors keep
 * GraphQL's 200. Apollo reads `extensions.http` only before `formatError`, so a statement timeout,
 * recognised there, is given its status here, after execution.
 */
export const refusalStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        for (const error of errors ?? []) {
          const refusal = asDomainError(error.originalError);
          if (refusal && WHOLE_REQUEST_REFUSALS.has(refusal.category)) {
            response.http.status = HTTP_STATUSES[refusal.category];
            const retryAfterSeconds = refusal.details['retryAfterSeconds'];
            if (typeof retryAfterSeconds === 'number') {
              response.http.headers.set('retry-after', String(retryAfterSeconds));
            }
            return;
          }
        }
      },
    };
  },
};
