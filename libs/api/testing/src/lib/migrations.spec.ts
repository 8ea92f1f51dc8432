import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MIGRATIONS, openDatabase } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Runs `work` on an empty database of its own, dropped afterwards. */
async function withEmptyDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const server = new URL(process.env['SALESDASH_TEST_SERVER_URL'] ?? '');
  const name = `salesdash_empty_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('applies every migration and seeds the two demo business models', async () => {
    const applied = await db.dataSource.query('SELECT name FROM schema_migration ORDER BY id');
    expect(applied.map((row: { name: string }) => row.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const models = await db.dataSource.query('SELECT code FROM business_model ORDER BY code');
    expect(models).toEqual([{ code: 'CONSUMER_LOANS' }, { code: 'PREMIUM_FINANCING' }]);
  });

  it('reverts every migration with down and re-applies them', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) {
      await db.dataSource.undoLastMigration({ transaction: 'all' });
    }
    const tables = await db.dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'",
    );
    expect(tables).toEqual([]);
    await db.dataSource.runMigrations({ transaction: 'all' });
    const deals = await db.dataSource.query('SELECT count(*)::int AS n FROM deal');
    expect(deals).toEqual([{ n: 0 }]);
  });

  it('keeps a deal to one event per stage', async () => {
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North');
      INSERT INTO app_user (user_id, email, display_name, role) VALUES ('U1', 'a@x.test', 'A', 'SALES_REP');
      INSERT INTO deal VALUES ('D1', 'CONSUMER_LOANS', 'U1', 'C1', '2026-01-01T00:00:00Z', 10, NULL, NULL);
      INSERT INTO stage_event VALUES ('E1', 'D1', 'WON', '2026-01-02T00:00:00Z', NULL);
    `);
    await expect(
      db.dataSource.query(`INSERT INTO stage_event VALUES ('E2', 'D1', 'WON', '2026-01-03T00:00:00Z', NULL)`),
    ).rejects.toThrow(/stage_event_one_per_stage/);
  });

  it('migrates however long a migration waits, while the statement timeout bounds the served pool', async () => {
    await withEmptyDatabase(async (url) => {
      // A migration that has to wait (here: for a lock on TypeORM's own table) outlasts the timeout.
      const blocker = new Client({ connectionString: url });
      await blocker.connect();
      await blocker.query(
        'CREATE TABLE schema_migration (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name varchar NOT NULL)',
      );
      await blocker.query('BEGIN; LOCK TABLE schema_migration IN ACCESS EXCLUSIVE MODE');
      const released = new Promise((resolve) => setTimeout(resolve, 1_000)).then(() => blocker.query('COMMIT'));
      try {
        const database = await openDatabase({ databaseUrl: url, dataDir: '' }, () => undefined, {
          statementTimeoutMs: 300,
        });
        try {
          const [applied] = await database.dataSource.query('SELECT count(*)::int AS n FROM schema_migration');
          expect(applied.n).toBe(MIGRATIONS.length);
          await expect(database.dataSource.query('SELECT pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
        } finally {
          await database.close();
        }
      } finally {
        await released;
        await blocker.end();
      }
    });
  });
});
