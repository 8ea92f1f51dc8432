import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema } from 'graphql';
import { noStorePlugin } from './no-store.plugin';

describe('noStorePlugin', () => {
  const schema = buildSchema('type Query { fine: Int  broken: Int }');
  const rootValue = {
    fine: () => 1,
    broken: () => {
      throw new Error('no');
    },
  };

  it.each([
    ['an answer', '{ fine }'],
    ['an error', '{ broken }'],
    ['a query that does not parse', '{ fine'],
  ])('marks %s as not to be stored, with cache hints off', async (_case, query) => {
    const server = new ApolloServer({
      schema,
      rootValue,
      plugins: [noStorePlugin, ApolloServerPluginCacheControlDisabled()],
    });
    const response = await server.executeOperation({ query });
    expect(response.http.headers.get('cache-control')).toBe('no-store');
    await server.stop();
  });

  it('is what sets the header: without it nothing does', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [ApolloServerPluginCacheControlDisabled()] });
    const response = await server.executeOperation({ query: '{ fine }' });
    expect(response.http.headers.get('cache-control')).toBeUndefined();
    await server.stop();
  });
});
