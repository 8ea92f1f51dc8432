import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, auditRows, seedOrganisation } from '../testing/admin-fixtures';
import { TeamAdminService } from './team-admin.service';

describe('TeamAdminService on PostgreSQL', () => {
  let db: TestDatabase;
  let teams: TeamAdminService;

  beforeAll(async () => {
    // Room for concurrent transactions: the races below need them really concurrent.
    db = await createTestDatabase({ poolSize: 20 });
    teams = new TeamAdminService(db.dataSource);
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  function teamRows() {
    return db.dataSource.query('SELECT * FROM team ORDER BY team_id');
  }

  async function expectRefused(
    attempt: () => Promise<unknown>,
    type: typeof ValidationError | typeof ConflictError,
    message: string,
  ) {
    const before = await teamRows();
    await expect(attempt()).rejects.toThrow(type);
    await expect(attempt()).rejects.toThrow(message);
    expect(await teamRows()).toEqual(before);
    expect(await auditRows(db.dataSource)).toEqual([]);
  }

  it('lists the teams by name with region, manager and member count', async () => {
    expect(await teams.list()).toEqual([
      {
        id: 'T-N1',
        name: 'North 1',
        region: { id: 'R-NORTH', name: 'North' },
        manager: { id: 'U-MIA', displayName: 'Mia Manager', active: true },
        memberCount: 1,
      },
      { id: 'T-S1', name: 'South 1', region: { id: 'R-SOUTH', name: 'South' }, manager: null, memberCount: 0 },
    ]);
  });

  it('creates a team with its manager and audits the CSV columns', async () => {
    const created = await teams.create(ADA, {
      id: 'T-N2',
      name: 'North 2',
      regionId: 'R-NORTH',
      managerUserId: 'U-MIA',
    });
    expect(created).toMatchObject({ id: 'T-N2', manager: { id: 'U-MIA' }, memberCount: 0 });
    expect(await auditRows(db.dataSource)).toEqual([
      {
        actor_user_id: 'U-ADA',
        action: 'team.create',
        entity_type: 'team',
        entity_id: 'T-N2',
        before: null,
        after: { name: 'North 2', regionId: 'R-NORTH', managerUserId: 'U-MIA' },
        reason: null,
      },
    ]);
  });

  it('creates a team without a manager (empty means none)', async () => {
    expect(
      await teams.create(ADA, { id: 'T-N2', name: 'North 2', regionId: 'R-NORTH', managerUserId: ' ' }),
    ).toMatchObject({
      manager: null,
    });
  });

  it.each([
    [{ id: 'T-N1' }, ConflictError, "input.id: team 'T-N1' already exists"],
    [{ regionId: 'R-NOPE' }, ValidationError, "input.regionId: unknown region 'R-NOPE'"],
    [{ managerUserId: 'U-NOPE' }, ValidationError, "input.managerUserId: unknown user 'U-NOPE'"],
    [
      { managerUserId: 'U-REX' },
      ValidationError,
      "input.managerUserId: Rex Rep has the role SALES_REP; a team's manager must be a SALES_MANAGER",
    ],
    [
      { managerUserId: 'U-MAX' },
      ValidationError,
      "input.managerUserId: Max Manager is deactivated; a team's manager must be active",
    ],
    [{ name: 'north 1' }, ConflictError, "input.name: team T-N1 of this region is already called 'north 1'"],
    [{ name: '' }, ValidationError, 'input.name: must not be empty'],
  ] as const)('refuses creating %p', async (change, type, message) => {
    const input = { id: 'T-N2', name: 'North 2', regionId: 'R-NORTH', managerUserId: null, ...change };
    await expectRefused(() => teams.create(ADA, input), type, message);
  });

  it('allows a team name another region already uses', async () => {
    expect(await teams.create(ADA, { id: 'T-S2', name: 'North 1', regionId: 'R-SOUTH' })).toMatchObject({
      name: 'North 1',
    });
  });

  it('updates name, region and manager and audits before and after', async () => {
    const updated = await teams.update(ADA, {
      id: 'T-N1',
      name: 'Far North',
      regionId: 'R-SOUTH',
      managerUserId: null,
    });
    expect(updated).toEqual({
      id: 'T-N1',
      name: 'Far North',
      region: { id: 'R-SOUTH', name: 'South' },
      manager: null,
      memberCount: 1,
    });
    expect(await auditRows(db.dataSource)).toMatchObject([
      {
        action: 'team.update',
        entity_id: 'T-N1',
        before: { name: 'North 1', regionId: 'R-NORTH', managerUserId: 'U-MIA' },
        after: { name: 'Far North', regionId: 'R-SOUTH', managerUserId: null },
      },
    ]);
  });

  it('writes nothing for an update that changes nothing', async () => {
    await teams.update(ADA, { id: 'T-N1', name: 'North 1', regionId: 'R-NORTH', managerUserId: 'U-MIA' });
    expect(await auditRows(db.dataSource)).toEqual([]);
  });

  it('refuses updating an unknown team and giving a team a deactivated manager', async () => {
    await expectRefused(
      () => teams.update(ADA, { id: 'T-NOPE', name: 'X', regionId: 'R-NORTH' }),
      ValidationError,
      "input.id: unknown team 'T-NOPE'",
    );
    await expectRefused(
      () => teams.update(ADA, { id: 'T-S1', name: 'South 1', regionId: 'R-SOUTH', managerUserId: 'U-MAX' }),
      ValidationError,
      'input.managerUserId: Max Manager is deactivated',
    );
  });

  it('deletes a team nothing refers to and audits what it was', async () => {
    expect(await teams.delete(ADA, 'T-S1')).toBe('T-S1');
    expect(await teamRows()).toHaveLength(1);
    expect(await auditRows(db.dataSource)).toMatchObject([
      {
        action: 'team.delete',
        entity_id: 'T-S1',
        before: { name: 'South 1', regionId: 'R-SOUTH', managerUserId: null },
      },
    ]);
  });

  it('refuses deleting a team with members or targets', async () => {
    await expectRefused(
      () => teams.delete(ADA, 'T-N1'),
      ConflictError,
      "id: team 'North 1' still has 1 member(s): move them to another team first",
    );
    await db.dataSource.query(`
      INSERT INTO target VALUES ('TG-1', 'TEAM', 'T-S1', 'CONSUMER_LOANS', 'WON_DEALS', '2026-01-01', '2026-02-01', 5)`);
    await expectRefused(
      () => teams.delete(ADA, 'T-S1'),
      ConflictError,
      "id: team 'South 1' has 1 target(s) in targets.csv; a team with targets is kept",
    );
  });

  it('lets exactly one of two concurrent renames of two teams to one name win, round after round', async () => {
    await teams.create(ADA, { id: 'T-N2', name: 'North 2', regionId: 'R-NORTH' });
    for (let round = 0; round < 10; round++) {
      const name = `Arctic ${round}`;
      const results = await Promise.allSettled([
        teams.update(ADA, { id: 'T-N1', name, regionId: 'R-NORTH', managerUserId: 'U-MIA' }),
        teams.update(ADA, { id: 'T-N2', name: name.toUpperCase(), regionId: 'R-NORTH' }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [refused] = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
      expect(refused).toBeInstanceOf(ConflictError);
      expect(refused.message).toMatch(
        new RegExp(`^input\\.name: team T-N[12] of this region is already called '${name}'$`, 'i'),
      );
      expect(
        await db.dataSource.query(`SELECT count(*)::int AS n FROM team WHERE lower(name) = lower($1)`, [name]),
      ).toEqual([{ n: 1 }]);
    }
  });
});
