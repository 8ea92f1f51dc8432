import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, auditRows, seedOrganisation } from '../testing/admin-fixtures';
import { RegionAdminService } from './region-admin.service';

describe('RegionAdminService on PostgreSQL', () => {
  let db: TestDatabase;
  let regions: RegionAdminService;

  beforeAll(async () => {
    // Room for 20 transactions at once: the races below need them really concurrent.
    db = await createTestDatabase({ poolSize: 20 });
    regions = new RegionAdminService(db.dataSource);
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  async function regionRows() {
    return db.dataSource.query('SELECT region_id, name FROM region ORDER BY region_id');
  }

  /** Runs a change that must be refused, and checks that it left regions and audit log as they were. */
  async function expectRefused(attempt: () => Promise<unknown>, type: typeof ValidationError | typeof ConflictError) {
    const before = await regionRows();
    const error: unknown = await attempt().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(type);
    expect(await regionRows()).toEqual(before);
    expect(await auditRows(db.dataSource)).toEqual([]);
    return error as Error & { details: Record<string, unknown> };
  }

  it('lists the regions by name with their team counts', async () => {
    await db.dataSource.query(`INSERT INTO region VALUES ('R-AAA', 'alpine')`);
    expect(await regions.list()).toEqual([
      { id: 'R-AAA', name: 'alpine', teamCount: 0 },
      { id: 'R-NORTH', name: 'North', teamCount: 1 },
      { id: 'R-SOUTH', name: 'South', teamCount: 1 },
    ]);
  });

  it('creates a region, trimmed, and audits it in the same transaction', async () => {
    expect(await regions.create(ADA, { id: ' R-WEST ', name: ' West ' })).toEqual({
      id: 'R-WEST',
      name: 'West',
      teamCount: 0,
    });
    expect(await auditRows(db.dataSource)).toEqual([
      {
        actor_user_id: 'U-ADA',
        action: 'region.create',
        entity_type: 'region',
        entity_id: 'R-WEST',
        before: null,
        after: { name: 'West' },
        reason: null,
      },
    ]);
  });

  it('refuses a taken id as CONFLICT on input.id', async () => {
    const error = await expectRefused(() => regions.create(ADA, { id: 'R-NORTH', name: 'Elsewhere' }), ConflictError);
    expect(error.message).toBe("input.id: region 'R-NORTH' already exists");
    expect(error.details['field']).toBe('input.id');
  });

  it('refuses a name another region has, ignoring case, as CONFLICT on input.name', async () => {
    const error = await expectRefused(() => regions.create(ADA, { id: 'R-X', name: 'NORTH' }), ConflictError);
    expect(error.message).toBe("input.name: region R-NORTH is already called 'NORTH'");
  });

  it('refuses a bad id and an empty name together', async () => {
    const error = await expectRefused(() => regions.create(ADA, { id: 'R X', name: ' ' }), ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.field)).toEqual(['input.id', 'input.name']);
  });

  it('renames a region and audits the old and new name', async () => {
    expect(await regions.rename(ADA, { id: 'R-NORTH', name: 'Northeast' })).toEqual({
      id: 'R-NORTH',
      name: 'Northeast',
      teamCount: 1,
    });
    expect(await auditRows(db.dataSource)).toMatchObject([
      { action: 'region.rename', entity_id: 'R-NORTH', before: { name: 'North' }, after: { name: 'Northeast' } },
    ]);
  });

  it('leaves a region renamed to its own name alone, without an audit entry', async () => {
    expect(await regions.rename(ADA, { id: 'R-NORTH', name: 'North' })).toMatchObject({ name: 'North' });
    expect(await auditRows(db.dataSource)).toEqual([]);
  });

  it('may change only the case of its own name', async () => {
    expect(await regions.rename(ADA, { id: 'R-NORTH', name: 'NORTH' })).toMatchObject({ name: 'NORTH' });
  });

  it('refuses renaming an unknown region on input.id and to a taken name', async () => {
    const unknown = await expectRefused(() => regions.rename(ADA, { id: 'R-NOPE', name: 'X' }), ValidationError);
    expect(unknown.message).toBe("input.id: unknown region 'R-NOPE'");
    await expectRefused(() => regions.rename(ADA, { id: 'R-NORTH', name: 'south' }), ConflictError);
  });

  it('deletes a region without teams and audits what it was', async () => {
    await db.dataSource.query(`INSERT INTO region VALUES ('R-EMPTY', 'Empty')`);
    expect(await regions.delete(ADA, 'R-EMPTY')).toBe('R-EMPTY');
    expect(await db.dataSource.query(`SELECT 1 FROM region WHERE region_id = 'R-EMPTY'`)).toEqual([]);
    expect(await auditRows(db.dataSource)).toMatchObject([
      { action: 'region.delete', entity_id: 'R-EMPTY', before: { name: 'Empty' }, after: null },
    ]);
  });

  it('refuses deleting a region that still has a team, naming the teams', async () => {
    const error = await expectRefused(() => regions.delete(ADA, 'R-NORTH'), ConflictError);
    expect(error.message).toBe("id: region 'North' still has 1 team(s) (T-N1): move or delete them first");
    await expectRefused(() => regions.delete(ADA, 'R-NOPE'), ValidationError);
  });

  it('rolls the change back when its audit entry cannot be written', async () => {
    const ghost = { ...ADA, userId: 'U-GHOST' };
    await expect(regions.create(ghost, { id: 'R-WEST', name: 'West' })).rejects.toThrow(/audit_log/);
    expect(await db.dataSource.query(`SELECT 1 FROM region WHERE region_id = 'R-WEST'`)).toEqual([]);
  });

  it('lets exactly one of two concurrent creations of the same id win', async () => {
    const results = await Promise.allSettled([
      regions.create(ADA, { id: 'R-RACE', name: 'Race A' }),
      regions.create(ADA, { id: 'R-RACE', name: 'Race B' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await auditRows(db.dataSource)).toHaveLength(1);
  });

  it('lets exactly one of 20 concurrent creations of one name (in any case) win: the unique index decides', async () => {
    const attempts = Array.from({ length: 20 }, (_, i) =>
      regions.create(ADA, { id: `R-WEST-${i}`, name: i % 2 === 0 ? 'West' : 'WEST' }),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(ConflictError);
      expect(refusal.details['field']).toBe('input.name');
      expect(refusal.message).toMatch(/^input\.name: region R-WEST-\d+ is already called '(West|WEST)'$/);
    }
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM region WHERE lower(name) = 'west'`)).toEqual([
      { n: 1 },
    ]);
    expect(await auditRows(db.dataSource)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent renames to one name win', async () => {
    await db.dataSource.query(`INSERT INTO region VALUES ('R-EAST', 'East')`);
    for (let round = 0; round < 10; round++) {
      const results = await Promise.allSettled([
        regions.rename(ADA, { id: 'R-NORTH', name: `Centre ${round}` }),
        regions.rename(ADA, { id: 'R-EAST', name: `centre ${round}` }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [refused] = results.filter((result) => result.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    }
  });
});
