import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  ADVISORY_LOCKS,
  connectAndMigrate,
  createDataSource,
  type DataSourceOptions,
  lockSession,
  unlockSession,
} from '@salesdash/api/platform';

const TEMPLATE = 'salesdash_test_template';

function serverUrl(): string {
  const url = process.env['SALESDASH_TEST_SERVER_URL'];
  if (!url) {
    throw new Error('No test database server: run the suite with the api-testing global set-up');
  }
  return url;
}

function urlForDatabase(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withServerClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the template database once per server (the first suite wins the lock). */
async function ensureTemplate(): Promise<void> {
  await withServerClient(async (client) => {
    await lockSession(client, ADVISORY_LOCKS.TEST_TEMPLATE);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (rowCount) {
        return;
      }
      await client.query(`CREATE DATABASE ${TEMPLATE}`);
      const dataSource = createDataSource({ url: urlForDatabase(TEMPLATE), poolSize: 1 });
      try {
        await connectAndMigrate(dataSource);
      } catch (error) {
        await dataSource.destroy().catch(() => undefined);
        await client.query(`DROP DATABASE ${TEMPLATE}`);
        throw error;
      }
      await dataSource.destroy();
    } finally {
      await unlockSession(client, ADVISORY_LOCKS.TEST_TEMPLATE);
    }
  });
}

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  /** Drops the database; call in afterAll. */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(options: Omit<DataSourceOptions, 'url'> = {}): Promise<TestDatabase> {
  await ensureTemplate();
  const name = `salesdash_test_${randomBytes(6).toString('hex')}`;
  await withServerClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  const url = urlForDatabase(name);
  const dataSource = createDataSource({ ...options, url, poolSize: options.poolSize ?? 5 });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await withServerClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
