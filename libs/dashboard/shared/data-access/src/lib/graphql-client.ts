import { inject, type Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

export interface GraphqlClientOptions {
  /** The endpoint; relative (`/graphql`) because the API serves the dashboard on the same origin. */
  readonly uri: string;
  /** Links that run before the HTTP link (auth, errors); called in an injection context. */
  readonly links?: () => ApolloLink[];
}

/**
 * Results without an id (one KPI value per KPI and business model, one point per month) are never
 * normalised: they belong to the query that fetched them. Reference data is keyed by its code.
 */
export const GRAPHQL_TYPE_POLICIES = {
  KpiValue: { keyFields: false },
  KpiSeries: { keyFields: false },
  KpiPoint: { keyFields: false },
  KpiDefinition: { keyFields: ['code'] },
  BusinessModel: { keyFields: ['code'] },
} as const;

/**
 * The one Apollo client of the dashboard, over Angular's HttpClient (so HTTP interceptors apply).
 * KPI figures change with every import, so queries always go to the network.
 */
export function provideGraphqlClient(options: GraphqlClientOptions): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    return {
      link: ApolloLink.from([...(options.links?.() ?? []), httpLink.create({ uri: options.uri })]),
      cache: new InMemoryCache({ typePolicies: GRAPHQL_TYPE_POLICIES }),
      // errorPolicy stays Apollo's default ('none'): a GraphQL error fails the call.
      defaultOptions: {
        query: { fetchPolicy: 'network-only' },
        watchQuery: { fetchPolicy: 'network-only' },
      },
    };
  });
}
