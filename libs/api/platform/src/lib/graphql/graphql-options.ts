import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { formatGraphqlError } from './graphql-errors';
import { type QueryLimits, queryLimitsRule } from './query-limits';
import { DateTimeScalar } from './scalars';

export interface GraphqlContext {
  readonly req: Request;
  readonly res: Response;
}

/**
 * Room for every operation the dashboard sends (its heaviest, the KPI trend, costs about 850) and
 * for nesting the schema may grow into, while a flood of aliases or nested lists is refused.
 */
export const API_QUERY_LIMITS: Omit<QueryLimits, 'measureIntrospection'> = {
  maxDepth: 8,
  maxCost: 2_000,
  listMultiplier: 10,
  // Fields doing heavy work per call: KPI computations run SQL over the facts; login verifies an
  // argon2id hash (19 MiB each). Fewer than 20 KPI queries or 40 logins fit in one operation.
  fieldCosts: { 'Query.kpiValues': 100, 'Query.kpiTrend': 100, 'Query.teamMedians': 100, 'Mutation.login': 50 },
};

/** Apollo options: code-first schema in memory, no playground, introspection and stack traces only outside production. */
export function graphqlOptions(options: {
  production: boolean;
  logUnexpected: (error: unknown) => void;
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
    // JS Date fields are instants; calendar dates use DateScalar explicitly.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, {
        exposeStackTraces: !options.production,
        logUnexpected: options.logUnexpected,
      }),
  };
}
