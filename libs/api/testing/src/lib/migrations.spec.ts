import { MIGRATIONS } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from './test-database';

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
});
