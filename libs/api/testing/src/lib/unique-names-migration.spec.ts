import { MIGRATIONS } from '@salesdash/api/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-database';

const NAME = 'UniqueNamesAndAuditOrder1732500000000';

describe('migration 1732500000000: unique names and audit order, on a database with duplicate names', () => {
  let db: TestDatabase;
  let runner: QueryRunner;

  beforeAll(async () => {
    db = await createTestDatabase();
    runner = db.dataSource.createQueryRunner();
  });

  afterAll(async () => {
    await runner.release();
    await db.drop();
  });

  function migration(): MigrationInterface {
    const found = MIGRATIONS.find((candidate) => candidate.name === NAME);
    if (!found) {
      throw new Error(`${NAME} is not registered in MIGRATIONS`);
    }
    return new found();
  }

  it('keeps every row, renames the later namesakes deterministically, audits each rename, then enforces', async () => {
    await migration().down(runner);
    await runner.query(`
      INSERT INTO region (region_id, name) VALUES
        ('R-B', 'NORTH'), ('R-A', 'North'), ('R-C', 'north (2)'), ('R-D', 'South'), ('R-E', 'north');
      INSERT INTO team (team_id, name, region_id) VALUES
        ('T-1', 'Alpha', 'R-A'), ('T-2', 'ALPHA', 'R-A'), ('T-3', 'Alpha', 'R-D');
      INSERT INTO business_model (code, name) VALUES ('X_LOANS', 'CONSUMER LOANS');
    `);

    await migration().up(runner);

    expect(await runner.query('SELECT region_id, name FROM region ORDER BY region_id')).toEqual([
      { region_id: 'R-A', name: 'North' },
      { region_id: 'R-B', name: 'NORTH (3)' },
      { region_id: 'R-C', name: 'north (2)' },
      { region_id: 'R-D', name: 'South' },
      { region_id: 'R-E', name: 'north (4)' },
    ]);
    // Teams compare within their region: T-3's name in South stays.
    expect(await runner.query('SELECT team_id, name FROM team ORDER BY team_id')).toEqual([
      { team_id: 'T-1', name: 'Alpha' },
      { team_id: 'T-2', name: 'ALPHA (2)' },
      { team_id: 'T-3', name: 'Alpha' },
    ]);
    expect(await runner.query(`SELECT name FROM business_model WHERE code = 'X_LOANS'`)).toEqual([
      { name: 'CONSUMER LOANS (2)' },
    ]);
    expect(
      await runner.query(
        'SELECT actor_user_id, action, entity_id, before, after, reason FROM audit_log ORDER BY audit_id',
      ),
    ).toEqual(
      [
        ['region.rename', 'R-B', 'NORTH', 'NORTH (3)', 'region R-A'],
        ['region.rename', 'R-E', 'north', 'north (4)', 'region R-A'],
        ['team.update', 'T-2', 'ALPHA', 'ALPHA (2)', 'team T-1'],
        ['business_model.update', 'X_LOANS', 'CONSUMER LOANS', 'CONSUMER LOANS (2)', 'business_model CONSUMER_LOANS'],
      ].map(([action, entityId, before, after, keeper]) => ({
        actor_user_id: null,
        action,
        entity_id: entityId,
        before: { name: before },
        after: { name: after },
        reason: `renamed by migration 1732500000000: names are unique from now on (ignoring case), and ${keeper} keeps the name`,
      })),
    );

    await expect(runner.query(`INSERT INTO region VALUES ('R-F', 'SOUTH')`)).rejects.toThrow(/region_name_key/);
    await expect(runner.query(`INSERT INTO team VALUES ('T-4', 'alpha', 'R-D')`)).rejects.toThrow(
      /team_region_name_key/,
    );
    await expect(
      runner.query(`INSERT INTO business_model (code, name) VALUES ('Y_X', 'premium FINANCING')`),
    ).rejects.toThrow(/business_model_name_key/);
    expect(
      await runner.query(
        `SELECT column_default FROM information_schema.columns WHERE table_name = 'audit_log' AND column_name = 'occurred_at'`,
      ),
    ).toEqual([{ column_default: 'clock_timestamp()' }]);
  });
});
