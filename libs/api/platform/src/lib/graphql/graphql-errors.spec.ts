import { ApolloServer } from '@apollo/server';
import { GraphQLEnumType, GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ConflictError, fieldIssue, ForbiddenError, TooBusyError, ValidationError } from '../errors/domain-errors';
import { formatGraphqlError } from './graphql-errors';
import { DateScalar } from './scalars';

function format(error: unknown, exposeStackTraces = false) {
  const logged: unknown[] = [];
  const refusals: string[] = [];
  const graphqlError = new GraphQLError('raw', {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
  });
  const formatted = formatGraphqlError(graphqlError.toJSON(), graphqlError, {
    exposeStackTraces,
    logUnexpected: (e) => logged.push(e),
    logDatabaseRefusal: (refusal) => refusals.push(refusal.category),
  });
  return { formatted, logged, refusals };
}

describe('formatGraphqlError', () => {
  it('maps a validation error to BAD_USER_INPUT with the field', () => {
    const { formatted } = format(ValidationError.of('filter.to', 'PERIOD_TOO_LONG', { years: 5 }));
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(formatted.message).toBe('filter.to: a period may span at most 5 years');
  });

  it('gives every issue of a validation error its message code and parameters beside its English text', () => {
    const error = new ValidationError([
      fieldIssue('filter.from', 'DATE_FORMAT', { value: '2024-13-01' }),
      fieldIssue('filter.kpis', 'UNKNOWN_KPIS', { codes: "'SPEED'" }),
    ]);
    const { formatted } = format(error);
    expect(formatted.message).toBe(
      "filter.from: must be a date YYYY-MM-DD (got '2024-13-01'); filter.kpis: unknown KPI 'SPEED'",
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageCode: 'DATE_FORMAT',
      params: { value: '2024-13-01' },
      field: 'filter.from',
      issues: [
        {
          field: 'filter.from',
          messageCode: 'DATE_FORMAT',
          params: { value: '2024-13-01' },
          message: "must be a date YYYY-MM-DD (got '2024-13-01')",
        },
        {
          field: 'filter.kpis',
          messageCode: 'UNKNOWN_KPIS',
          params: { codes: "'SPEED'" },
          message: "unknown KPI 'SPEED'",
        },
      ],
    });
  });

  it('maps FORBIDDEN and CONFLICT (with the current version), each with its message code and parameters', () => {
    expect(format(new ForbiddenError('ROLE_MAY_NOT_USE_OPERATION', { role: 'SALES_REP' })).formatted).toMatchObject({
      message: 'The role SALES_REP may not use this operation',
      extensions: { code: 'FORBIDDEN', messageCode: 'ROLE_MAY_NOT_USE_OPERATION', params: { role: 'SALES_REP' } },
    });
    const stale = new ConflictError('CORRIDOR_HAS_NO_VERSION', { series: 'SME/WIN_RATE' }, { version: 3 });
    expect(format(stale).formatted).toEqual({
      message: 'corridor SME/WIN_RATE has no version yet: publish it with expectedVersion null',
      extensions: {
        code: 'CONFLICT',
        messageCode: 'CORRIDOR_HAS_NO_VERSION',
        params: { series: 'SME/WIN_RATE' },
        current: { version: 3 },
      },
    });
  });

  it('maps TOO_BUSY with the seconds to wait', () => {
    expect(format(new TooBusyError(3)).refusals).toEqual([]);
    expect(format(new TooBusyError(3)).formatted).toMatchObject({
      message: 'The server is busy with other heavy queries; try again in 3 s',
      extensions: { code: 'TOO_BUSY', messageCode: 'SERVER_BUSY', params: { seconds: 3 }, retryAfterSeconds: 3 },
    });
  });

  it('maps a statement cancelled by the statement timeout (PostgreSQL 57014) to TIMEOUT, without its SQL', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const { formatted, logged, refusals } = format(new QueryFailedError('SELECT secret_sql()', [], cancelled));
    expect(formatted).toEqual({
      message: expect.stringMatching(/^The computation took longer than the server allows and was cancelled/),
      extensions: { code: 'TIMEOUT', messageCode: 'STATEMENT_TIMEOUT', params: {} },
    });
    expect(JSON.stringify(formatted)).not.toContain('secret_sql');
    expect(logged).toEqual([]);
    expect(refusals).toEqual(['TIMEOUT']);
  });

  it('maps a database that cannot be reached to SERVICE_UNAVAILABLE with the seconds to wait, without its address', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
    const { formatted, logged, refusals } = format(refused);
    expect(formatted).toEqual({
      message: 'The database is unavailable at the moment; try again in 5 s',
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        messageCode: 'DATABASE_UNAVAILABLE',
        params: { seconds: 5 },
        retryAfterSeconds: 5,
      },
    });
    expect(logged).toEqual([]);
    expect(refusals).toEqual(['UNAVAILABLE']);
  });

  it('hides the message and stack of an unexpected error and logs it', () => {
    const { formatted, logged } = format(new Error('password=hunter2 in SQL'));
    expect(formatted).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageCode: 'INTERNAL_ERROR', params: {} },
    });
    expect(JSON.stringify(formatted)).not.toContain('hunter2');
    expect(JSON.stringify(formatted)).not.toContain('secret.ts');
    expect(logged).toHaveLength(1);
  });

  it('shows the stack trace of an unexpected error outside production only', () => {
    expect(format(new Error('boom'), true).formatted.extensions?.['stacktrace']).toEqual(['at secret.ts:1']);
  });
});

describe("GraphQL's own refusals of input, in Apollo Server", () => {
  const server = new ApolloServer({
    schema: new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          echo: {
            type: GraphQLString,
            args: {
              on: { type: DateScalar },
              level: { type: new GraphQLEnumType({ name: 'Level', values: { TEAM: {}, REP: {} } }) },
            },
            resolve: () => 'fine',
          },
        },
      }),
    }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, { exposeStackTraces: false, logUnexpected: () => undefined }),
  });

  afterAll(() => server.stop());

  async function firstError(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables });
    return response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
  }

  it('answers a scalar refusing a variable or a literal with its message code and parameters', async () => {
    const variable = await firstError('query ($on: Date) { echo(on: $on) }', { on: '2024-13-01' });
    expect(variable?.message).toContain('Variable "$on" got invalid value "2024-13-01"');
    expect(variable?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageCode: 'DATE_SCALAR_FORMAT',
      params: { value: '"2024-13-01"' },
    });
    const literal = await firstError('{ echo(on: 20240101) }');
    expect(literal?.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messageCode: 'SCALAR_NOT_A_STRING',
      params: { scalar: 'Date' },
    });
  });

  it('answers an unknown enum value with its message code and parameters', async () => {
    const variable = await firstError('query ($level: Level) { echo(level: $level) }', { level: 'TEAMS' });
    expect(variable?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageCode: 'UNKNOWN_ENUM_VALUE',
      params: { value: 'TEAMS', enum: 'Level' },
    });
    const literal = await firstError('{ echo(level: REGION) }');
    expect(literal?.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messageCode: 'UNKNOWN_ENUM_VALUE',
      params: { value: 'REGION', enum: 'Level' },
    });
  });
});
