import { ApolloServer } from '@apollo/server';
import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { QueryTooComplexError } from '../errors/domain-errors';
import { formatGraphqlError } from './graphql-errors';
import { API_QUERY_LIMITS } from './graphql-options';
import { type QueryLimits, queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Query { me: User  users: [User!]!  report: Report  grid: [[Cell!]!]! }
  type Mutation { login(email: String!): Token }
  type User { id: ID!  name: String  tags: [String!]!  team: Team  friends: [User!]! }
  type Team { id: ID!  lead: User  members: [User!]! }
  type Report { total: Int  rows: [Int!]! }
  type Cell { value: Int }
  type Token { value: String }
`);

const LIMITS: QueryLimits = {
  maxDepth: 4,
  maxCost: 100,
  listMultiplier: 10,
  fieldCosts: { 'Query.report': 20 },
  measureIntrospection: true,
};

/** The QueryTooComplexErrors of a document, in order. */
function refusals(query: string, limits: QueryLimits = LIMITS): QueryTooComplexError[] {
  return validate(schema, parse(query), [queryLimitsRule(limits)]).map((error) => {
    if (!(error.originalError instanceof QueryTooComplexError)) {
      throw new Error(`unexpected validation error: ${error.message}`);
    }
    return error.originalError;
  });
}

/** The cost the rule measures, read from its refusal under a limit of zero. */
function costOf(query: string): unknown {
  return refusals(query, { ...LIMITS, maxDepth: 100, maxCost: 0 })[0]?.details['value'];
}

function aliased(count: number, selection: string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `copy${index}: ${selection}`).join(' ')} }`;
}

describe('queryLimitsRule: depth', () => {
  it('allows the maximum depth and refuses one level more, naming the depth', () => {
    expect(refusals('{ me { team { lead { id } } } }')).toEqual([]);
    const [refusal] = refusals('query Deep { me { team { lead { team { id } } } } }');
    expect(refusal.message).toBe('Operation Deep is nested 5 levels deep; at most 4 are allowed');
    expect(refusal.details).toEqual({ limit: 'depth', value: 5, max: 4 });
    expect([refusal.messageCode, refusal.params]).toEqual([
      'NAMED_OPERATION_TOO_DEEP',
      { operation: 'Deep', depth: 5, max: 4 },
    ]);
  });

  it('follows named and inline fragments, which add no depth of their own', () => {
    const viaFragments = `
      query { me { ...OnUser } }
      fragment OnUser on User { team { ... on Team { lead { ...Leaf } } } }
      fragment Leaf on User { team { id } }`;
    expect(refusals(viaFragments).map((refusal) => refusal.details['value'])).toEqual([5]);
  });

  it('does not measure introspection when told so (outside production), and does in production', () => {
    const introspection = getIntrospectionQuery();
    const generous = { ...LIMITS, maxCost: Number.MAX_SAFE_INTEGER };
    expect(refusals(introspection, { ...generous, measureIntrospection: false })).toEqual([]);
    expect(refusals(introspection, generous).map((refusal) => refusal.details['limit'])).toEqual(['depth']);
  });
});

describe('queryLimitsRule: cost', () => {
  it('counts each field 1 and multiplies the selection of a list per list level', () => {
    expect(costOf('{ me { id name } }')).toBe(3);
    expect(costOf('{ users { id name } }')).toBe(21);
    expect(costOf('{ users { friends { id } } }')).toBe(1 + 10 * (1 + 10));
    expect(costOf('{ grid { value } }')).toBe(1 + 100);
  });

  it('counts a list of scalars like a scalar, and a configured heavy field at its own cost', () => {
    expect(costOf('{ me { tags } }')).toBe(2);
    expect(costOf('{ report { total } }')).toBe(21);
  });

  it('counts every alias: one heavy field passes, 50 aliased copies are refused', () => {
    expect(refusals('{ report { total } }')).toEqual([]);
    const [refusal] = refusals(aliased(50, 'report { total }'));
    expect(refusal.details).toEqual({ limit: 'cost', value: 50 * 21, max: 100 });
    expect(refusal.message).toContain('costs 1050; at most 100 is allowed');
  });

  it('counts a fragment wherever it is spread', () => {
    const query = `{ a: me { ...Names } b: me { ...Names } } fragment Names on User { id name }`;
    expect(costOf(query)).toBe(2 * 3);
  });

  it('measures exponentially nested fragment spreads quickly and refuses them', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === 0 ? 'fragment F0 on User { id }' : `fragment F${level} on User { ...F${level - 1} ...F${level - 1} }`,
    );
    const started = Date.now();
    const [refusal] = refusals(`{ me { ...F${levels - 1} } } ${fragments.join(' ')}`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(refusal.details['value']).toBe(1 + 2 ** (levels - 1));
  });

  it('survives a fragment cycle (graphql-js reports the cycle itself)', () => {
    const cyclic = `{ me { ...A } } fragment A on User { team { lead { ...B } } } fragment B on User { ...A }`;
    expect(refusals(cyclic)).toEqual([]);
  });
});

describe('the API limits', () => {
  it('let the heaviest dashboard operation through (KPI trend with __typename, as Apollo Client sends it)', () => {
    const trendSchema = buildSchema(`
      type Query { kpiTrend: [KpiSeries!]! }
      type KpiSeries { kpi: String  businessModel: String  points: [KpiPoint!]! }
      type KpiPoint { from: String  to: String  value: Float  sampleSize: Int  status: String  target: Float }`);
    const trend = `{ kpiTrend { kpi businessModel __typename
      points { from to value sampleSize status target __typename } } }`;
    const rule = queryLimitsRule({ ...API_QUERY_LIMITS, maxCost: 0, measureIntrospection: true });
    const [refusal] = validate(trendSchema, parse(trend), [rule]);
    const cost = (refusal.originalError as QueryTooComplexError).details['value'];
    expect(cost).toBe(840);
    expect(cost).toBeLessThan(API_QUERY_LIMITS.maxCost);
  });
});

describe('queryLimitsRule in Apollo Server', () => {
  const users = jest.fn(() => []);
  const server = new ApolloServer({
    schema,
    rootValue: { users },
    validationRules: [queryLimitsRule(LIMITS)],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, { exposeStackTraces: true, logUnexpected: () => undefined }),
  });

  afterAll(() => server.stop());

  it('refuses a too costly operation with QUERY_TOO_COMPLEX before anything executes', async () => {
    const response = await server.executeOperation({ query: aliased(10, 'users { id }') });
    expect(response.body.kind).toBe('single');
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.data).toBeUndefined();
    expect(result?.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      messageCode: 'OPERATION_TOO_COSTLY',
      params: { cost: 110, max: 100, listMultiplier: LIMITS.listMultiplier },
      limit: 'cost',
      value: 110,
      max: 100,
    });
    expect(response.http.status).toBe(400);
    expect(users).not.toHaveBeenCalled();
  });

  it('executes an operation within the limits', async () => {
    const response = await server.executeOperation({ query: '{ users { id } }' });
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
    expect(users).toHaveBeenCalledTimes(1);
  });
});
