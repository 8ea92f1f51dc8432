import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { API_QUERY_LIMITS, queryLimitsRule } from '@salesdash/api/platform';
import { buildSchema, Kind, parse, type SelectionSetNode, validate, visit } from 'graphql';

const ROOT = join(__dirname, '..', '..', '..', '..');
const SCHEMA = buildSchema(readFileSync(join(ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'));

function documentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? documentFiles(path) : entry.name.endsWith('.graphql') ? [path] : [];
  });
}

function projectRootOf(file: string): string {
  const dir = dirname(file);
  return existsSync(join(dir, 'project.json')) ? dir : projectRootOf(dir);
}

/** The dashboard's documents, one set per library, as the code generator reads them. */
const LIBRARIES = [...new Set(documentFiles(join(ROOT, 'libs', 'dashboard')).map(projectRootOf))].map((root) => ({
  name: relative(ROOT, root),
  source: documentFiles(root)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n'),
}));

/** As Apollo Client sends a document: with __typename in every selection set. */
function withTypenames(source: string) {
  return visit(parse(source), {
    SelectionSet: (node: SelectionSetNode) =>
      node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename')
        ? undefined
        : {
            ...node,
            selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
          },
  });
}

describe("the dashboard's operations", () => {
  it('are found', () => {
    expect(LIBRARIES.length).toBeGreaterThan(5);
  });

  it.each(LIBRARIES)(
    'of $name are valid against the schema and within the API’s depth and cost limits',
    ({ source }) => {
      const errors = validate(SCHEMA, withTypenames(source), [
        queryLimitsRule({ ...API_QUERY_LIMITS, measureIntrospection: true }),
      ]);
      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );
});
