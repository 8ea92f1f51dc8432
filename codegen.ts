import type { CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The dashboard's typed operations, generated from the API's checked-in schema and the `.graphql`
 * documents of the dashboard libraries (`npm run codegen`; the `dashboard:codegen-check` target fails
 * while a generated file is stale).
 *
 * One file per library that has documents, in its `src/lib/generated/graphql.ts`: a library's
 * documents then load with that library (lazily for a lazy feature) instead of all in the initial bundle.
 * typescript-operations 6 emits the inputs and enums the documents use by itself, so the `typescript`
 * plugin (every schema type) is not needed.
 */
const DASHBOARD_LIBS = 'libs/dashboard';

function documentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return documentFiles(path);
    }
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

function projectRootOf(file: string): string {
  const dir = dirname(file);
  return existsSync(join(dir, 'project.json')) ? dir : projectRootOf(dir);
}

const projectRoots = [...new Set(documentFiles(DASHBOARD_LIBS).map(projectRootOf))].sort();

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  generates: Object.fromEntries(
    projectRoots.map((root) => [
      `${root}/src/lib/generated/graphql.ts`,
      {
        documents: `${root}/src/**/*.graphql`,
        plugins: ['typescript-operations', 'typed-document-node'],
        config: {
          // Both date scalars travel as ISO 8601 strings (Date: YYYY-MM-DD, DateTime: an instant in UTC);
          // the dashboard sends ids as it got them, strings, never the numbers GraphQL would also accept.
          scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
          enumType: 'string-literal',
          immutableTypes: true,
          useTypeImports: true,
          // A direct dependency of the dashboard, instead of the transitive @graphql-typed-document-node/core.
          documentNodeImport: 'apollo-angular#TypedDocumentNode',
        },
      },
    ]),
  ),
};

export default config;
