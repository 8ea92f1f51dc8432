import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { formatGraphqlError } from './graphql-errors';
import { DateTimeScalar } from './scalars';

export interface GraphqlContext {
  readonly req: Request;
  readonly res: Response;
}

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
