import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, type TestApp } from './testing/test-app';

/** The API's contract, checked in: clients (the dashboard) are built against this file. */
const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

describe('the GraphQL schema file', () => {
  let testApp: TestApp;

  // Builds the whole application (a test database, every module): slow on a busy 2-core machine.
  beforeAll(async () => {
    testApp = await createTestApp();
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  });

  it('is the schema the code builds (npm run schema writes it anew)', () => {
    const built = printSchema(lexicographicSortSchema(testApp.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['WRITE_SCHEMA'] === 'true') {
      writeFileSync(SCHEMA_FILE, built);
    }
    const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');
    expect(built).toBe(checkedIn);
  });
});
