import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ForbiddenError, TooBusyError, TooManyRequestsError } from '../errors/domain-errors';
import { formatGraphqlError } from '../graphql/graphql-errors';
import { refusalStatusPlugin } from './refusal-status.plugin';

const schema = buildSchema('type Query { busy: Int  throttled: Int  timedOut: Int  forbidden: Int  fine: Int }');
const rootValue = {
  busy: () => {
    throw new TooBusyError(4);
  },
  throttled: () => {
    throw new TooManyRequestsError('TOO_MANY_HEAVY_QUERIES', { limit: 20, seconds: 42 }, 42);
  },
  timedOut: () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    throw new QueryFailedError('SELECT 1', [], cancelled);
  },
  forbidden: () => {
    throw new ForbiddenError('OPERATION_WITHOUT_ACCESS_RULE', {});
  },
  fine: () => 1,
};

describe('refusalStatusPlugin', () => {
  const server = new ApolloServer({
    schema,
    rootValue,
    plugins: [refusalStatusPlugin],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, { exposeStackTraces: false, logUnexpected: () => undefined }),
  });

  afterAll(() => server.stop());

  async function answer(query: string) {
    const response = await server.executeOperation({ query });
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return {
      status: response.http.status,
      retryAfter: response.http.headers.get('retry-after'),
      codes: body?.errors?.map((error) => error.extensions?.['code']),
    };
  }

  it.each([
    ['{ busy }', 503, '4', 'TOO_BUSY'],
    ['{ throttled }', 429, '42', 'TOO_MANY_REQUESTS'],
    ['{ timedOut }', 503, undefined, 'TIMEOUT'],
  ])(
    'answers a refusal of the whole request %s with HTTP %i and its Retry-After',
    async (query, status, retryAfter, code) => {
      expect(await answer(query)).toEqual({ status, retryAfter, codes: [code] });
    },
  );

  it('leaves the status of other errors and of answers without errors alone', async () => {
    expect(await answer('{ forbidden fine }')).toEqual({
      status: undefined,
      retryAfter: undefined,
      codes: ['FORBIDDEN'],
    });
    expect(await answer('{ fine }')).toEqual({ status: undefined, retryAfter: undefined, codes: undefined });
  });
});
