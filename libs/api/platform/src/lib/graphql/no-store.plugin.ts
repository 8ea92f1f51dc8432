import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every answer is the caller's own (their rows, their KPIs): `Cache-Control: no-store` keeps browsers
 * and proxies from storing it. Apollo's cache-control plugin would set the same header from cache
 * hints, at the price of wrapping every field's resolver; it is off (graphql-options.ts) and this
 * says it for every response instead.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
