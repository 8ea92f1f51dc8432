import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { formatGraphqlError } from './graphql-errors';
import { inputGuardPlugin, operationInputIssues } from './input-guard';

const schema = buildSchema(`
  type Query {
    search(filter: Filter!, first: Int): [String!]!
    user(id: ID!): User
    echo(text: String = "default"): String
  }
  type Mutation { rename(input: RenameInput!): String }
  input Filter { search: String  tags: [String!]  scope: Scope }
  input Scope { id: ID  label: String }
  input RenameInput { id: ID!  name: String! }
  type User { id: ID!  note(text: String!): String  friends: [User!]! }
`);

function codedIssuesOf(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  if (!operation) {
    throw new Error('no operation');
  }
  return operationInputIssues(schema, document, operation, variables);
}

/** The issues in English, as they read in the refusal's message. */
function issuesOf(query: string, variables: Record<string, unknown> = {}) {
  return codedIssuesOf(query, variables).map(({ field, message }) => ({ field, message }));
}

describe('operationInputIssues', () => {
  it('finds nothing wrong in good text', () => {
    expect(issuesOf('{ search(filter: { search: "ann 🚀", tags: ["a"] }) }')).toEqual([]);
    expect(issuesOf('query ($f: Filter!) { search(filter: $f) }', { f: { search: 'x'.repeat(100) } })).toEqual([]);
  });

  it('checks variables down to input object fields and list elements, naming the path', () => {
    const issues = issuesOf('query ($f: Filter!) { search(filter: $f) }', {
      f: { search: 'a\u0000', tags: ['ok', '\ud800'], scope: { id: 'U\u0000', label: 'fine' } },
    });
    expect(issues).toEqual([
      { field: 'filter.search', message: 'must not contain NUL characters (U+0000)' },
      { field: 'filter.tags[1]', message: 'must be well-formed Unicode (it holds a lone surrogate)' },
      { field: 'filter.scope.id', message: 'must not contain NUL characters (U+0000)' },
    ]);
  });

  it('names each problem by message code and parameters too', () => {
    const query = 'mutation ($i: RenameInput!) { rename(input: $i) }';
    expect(codedIssuesOf(query, { i: { id: 'R\u0000', name: 'x'.repeat(121) } })).toEqual([
      { field: 'input.id', code: 'TEXT_HOLDS_NUL', params: {}, message: 'must not contain NUL characters (U+0000)' },
      {
        field: 'input.name',
        code: 'TEXT_TOO_LONG',
        params: { maxLength: 120, length: 121 },
        message: 'must be at most 120 characters (got 121)',
      },
    ]);
  });

  it('checks literals and variables inside literals alike', () => {
    expect(issuesOf('{ user(id: "a\\u0000") { id } }')).toEqual([
      { field: 'id', message: 'must not contain NUL characters (U+0000)' },
    ]);
    expect(issuesOf('query ($s: String) { search(filter: { search: $s }) }', { s: '\udc00' })).toEqual([
      { field: 'filter.search', message: 'must be well-formed Unicode (it holds a lone surrogate)' },
    ]);
  });

  it('applies the limit of the field name, of IDs, and the global one to the rest', () => {
    const atLimits = { id: 'x'.repeat(64), name: 'x'.repeat(120) };
    expect(issuesOf('mutation ($i: RenameInput!) { rename(input: $i) }', { i: atLimits })).toEqual([]);
    const over = { id: 'x'.repeat(65), name: 'x'.repeat(121) };
    expect(issuesOf('mutation ($i: RenameInput!) { rename(input: $i) }', { i: over })).toEqual([
      { field: 'input.id', message: 'must be at most 64 characters (got 65)' },
      { field: 'input.name', message: 'must be at most 120 characters (got 121)' },
    ]);
    expect(issuesOf('query ($f: Filter!) { search(filter: $f) }', { f: { search: 'x'.repeat(101) } })).toEqual([
      { field: 'filter.search', message: 'must be at most 100 characters (got 101)' },
    ]);
    expect(issuesOf('query ($t: String) { echo(text: $t) }', { t: 'x'.repeat(10_001) })).toEqual([
      { field: 'text', message: 'must be at most 10000 characters (got 10001)' },
    ]);
  });

  it('checks arguments of nested fields and of fragments, named after the field', () => {
    const query = `{ user(id: "U1") { ...Notes friends { note(text: "b\\u0000") } } }
      fragment Notes on User { note(text: "a\\u0000") }`;
    expect(issuesOf(query).map((issue) => issue.field)).toEqual(['user.note.text', 'user.friends.note.text']);
  });

  it('refuses null through a variable with a default for a non-null argument', () => {
    const [issue] = codedIssuesOf('query ($id: ID = "U1") { user(id: $id) { id } }', { id: null });
    expect(issue).toEqual({
      field: 'id',
      code: 'ARGUMENT_NULL',
      params: { argument: 'id', type: 'ID!' },
      message: 'Argument "id" of non-null type "ID!" must not be null.',
    });
  });

  it('leaves variables the schema cannot coerce to execution', () => {
    expect(issuesOf('query ($f: Filter!) { search(filter: $f) }', { f: { search: 5 } })).toEqual([]);
  });
});

describe('inputGuardPlugin in Apollo Server', () => {
  const rename = jest.fn(() => 'renamed');
  const server = new ApolloServer({
    schema,
    rootValue: { rename },
    plugins: [inputGuardPlugin()],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, { exposeStackTraces: false, logUnexpected: () => undefined }),
  });

  afterAll(() => server.stop());

  it('refuses bad text with BAD_USER_INPUT (HTTP 400) before anything executes', async () => {
    const response = await server.executeOperation({
      query: 'mutation ($i: RenameInput!) { rename(input: $i) }',
      variables: { i: { id: 'R\u0000', name: '\ud800' } },
    });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(response.http.status).toBe(400);
    expect(result?.data).toBeUndefined();
    expect(result?.errors).toEqual([
      {
        message:
          'input.id: must not contain NUL characters (U+0000); input.name: must be well-formed Unicode (it holds a lone surrogate)',
        extensions: {
          code: 'BAD_USER_INPUT',
          messageCode: 'TEXT_HOLDS_NUL',
          params: {},
          field: 'input.id',
          issues: [
            {
              field: 'input.id',
              messageCode: 'TEXT_HOLDS_NUL',
              params: {},
              message: 'must not contain NUL characters (U+0000)',
            },
            {
              field: 'input.name',
              messageCode: 'TEXT_LONE_SURROGATE',
              params: {},
              message: 'must be well-formed Unicode (it holds a lone surrogate)',
            },
          ],
        },
      },
    ]);
    expect(rename).not.toHaveBeenCalled();
  });

  it('names at most 20 issues of one operation', async () => {
    const response = await server.executeOperation({
      query: 'query ($f: Filter!) { search(filter: $f) }',
      variables: { f: { tags: Array.from({ length: 100 }, () => '\u0000') } },
    });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0].extensions?.['issues']).toHaveLength(20);
  });

  it('lets good text through', async () => {
    const response = await server.executeOperation({
      query: 'mutation { rename(input: { id: "R1", name: "North" }) }',
    });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ rename: 'renamed' });
  });
});
