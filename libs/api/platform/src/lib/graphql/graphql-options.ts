import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { DomainError } from '../errors/domain-errors';
import { formatGraphqlError } from './graphql-errors';
import { refusalStatusPlugin } from '../load/refusal-status.plugin';
import { inputGuardPlugin } from './input-guard';
import { noStorePlugin } from './no-store.plugin';
import { type QueryLimits, queryLimitsRule } from './query-limits';
import { DateTimeScalar } from './scalars';

export interface GraphqlContext {
  readonly req: Request;
  readonly res: Response;
}

/**
 * Room for every operation the dashboard sends (its heaviest, kpiValuesByScope with each value's
 * change against earlier periods, costs about 3,100) and for nesting the schema may grow into, while
 * a flood of aliases or nested lists is refused.
 */
export const API_QUERY_LIMITS: Omit<QueryLimits, 'measureIntrospection'> = {
  maxDepth: 8,
  maxCost: 4_000,
  listMultiplier: 10,
  // Fields doing heavy work per call: KPI computations run SQL over the facts; login verifies an
  // argon2id hash (19 MiB each). Fewer than 20 KPI queries or 40 logins fit in one operation.
  fieldCosts: {
    'Query.kpiValues': 100,
    'Query.kpiValuesByScope': 100,
    'Query.kpiTrend': 100,
    'Query.teamMedians': 100,
    'Query.kpiRows': 100,
    'Mutation.login': 50,
  },
};

/** Apollo options: code-first schema in memory, no playground, introspection and stack traces only outside production. */
export function graphqlOptions(options: {
  production: boolean;
  logUnexpected: (error: unknown) => void;
  logDatabaseRefusal: (refusal: DomainError, cause: unknown) => void;
}): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: [queryLimitsRule({ ...API_QUERY_LIMITS, measureIntrospection: options.production })],
    // A JSON array of operations would multiply every per-request limit; Apollo refuses it (400).
    allowBatchedHttpRequests: false,
    // Every text argument is checked once, here, before any resolver runs (input-guard.ts).
    // Refusals under load also carry their HTTP status and Retry-After (refusal-status.plugin.ts)…
    // Answers carry no cache hints (each is the caller's own: noStorePlugin says so), and Apollo's
    // cache-control plugin, on by default, wraps every field's resolver to collect them: ~5 % of a request's CPU.
    plugins: [inputGuardPlugin(), refusalStatusPlugin, noStorePlugin, ApolloServerPluginCacheControlDisabled()],
    // …which @nestjs/apollo would otherwise reset to 200 for any answer that has a `data` key.
    preserveHttpStatusForExecutionErrors: false,
    // The dashboard sends no persisted queries; without them a persistedQuery extension is refused
    // as PERSISTED_QUERY_NOT_SUPPORTED instead of a hash mismatch answering INTERNAL_SERVER_ERROR.
    persistedQueries: false,
    // JS Date fields are instants; calendar dates use DateScalar explicitly.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, {
        exposeStackTraces: !options.production,
        logUnexpected: options.logUnexpected,
        logDatabaseRefusal: options.logDatabaseRefusal,
      }),
  };
}
