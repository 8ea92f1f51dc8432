import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ConflictError, ForbiddenError, ValidationError, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { Role } from '@salesdash/shared/domain';
import { TargetAccess } from './target-access';
import { cellsOf, readGrid } from './target-grid-store';
import { TargetGridWriter } from './target-grid-writer';
import type { SaveTargetGridInput, TargetCellInput } from './target-grid.types';

const viewer = (userId: string, role: Role, teamId: string | null = null): Viewer => ({
  userId,
  email: `${userId}@x.test`,
  displayName: userId,
  role,
  teamId,
});
const MANAGER = viewer('U-MIA', 'SALES_MANAGER');
const OTHER_MANAGER = viewer('U-MAX', 'SALES_MANAGER');
const BOSS = viewer('U-BOSS', 'MANAGEMENT');
const CONTROLLER = viewer('U-CORA', 'CONTROLLING');

const GRID = { teamId: 'T1', businessModel: 'CONSUMER_LOANS', kpi: 'WON_VOLUME', firstMonth: '2028-01', months: 3 };
const KEY = { teamId: 'T1', businessModel: 'CONSUMER_LOANS', kpi: 'WON_VOLUME' as const };
const MONTHS = ['2028-01', '2028-02', '2028-03'];

describe('TargetGridWriter on PostgreSQL', () => {
  let db: TestDatabase;
  let writer: TargetGridWriter;

  beforeAll(async () => {
    // Room for 20 saves on 20 connections at once.
    db = await createTestDatabase({ poolSize: 25 });
    const org = new OrgDirectory(db.dataSource);
    writer = new TargetGridWriter(db.dataSource, new TargetAccess(new AccessService(org, db.dataSource), org));
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North');
      INSERT INTO app_user (user_id, email, display_name, role) VALUES
        ('U-MIA', 'mia@x.test', 'Mia Manager', 'SALES_MANAGER'), ('U-MAX', 'max@x.test', 'Max Manager', 'SALES_MANAGER'),
        ('U-BOSS', 'boss@x.test', 'Bo Boss', 'MANAGEMENT'), ('U-CORA', 'cora@x.test', 'Cora Controller', 'CONTROLLING');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MIA'), ('T2', 'North 2', 'R1', 'U-MAX');
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('U-ANA', 'ana@x.test', 'Ana Rep', 'SALES_REP', 'T1'), ('U-BEN', 'ben@x.test', 'Ben Rep', 'SALES_REP', 'T1'),
        ('U-CEM', 'cem@x.test', 'Cem Rep', 'SALES_REP', 'T2');
    `);
  });

  beforeEach(async () => {
    // A whole-year target of 2028 (a leap year, 366 days): 36,600 is 100 a day.
    await db.dataSource.query(`
      TRUNCATE audit_log, target_replaced;
      DELETE FROM target;
      UPDATE business_model SET retired_at = NULL;
      INSERT INTO target VALUES ('Y-ANA', 'REP', 'U-ANA', 'CONSUMER_LOANS', 'WON_VOLUME', '2028-01-01', '2029-01-01', 36600);
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  const stored = async (months = MONTHS) => readGrid(db.dataSource, KEY, months, 'input.teamId');
  const base = async (): Promise<TargetCellInput[]> => cellsOf(await stored());
  const targetRows = () =>
    db.dataSource.query(`SELECT target_id, scope_id, period_start::text, period_end::text, value::float8 AS value
                         FROM target ORDER BY target_id`);
  const auditRows = () =>
    db.dataSource.query('SELECT entity_id, before, after, reason FROM audit_log ORDER BY audit_id');
  const save = async (who: Viewer, changes: TargetCellInput[], extra: Partial<SaveTargetGridInput> = {}) =>
    writer.save(who, { ...GRID, base: await base(), changes, reason: null, ...extra });

  it('reads the year row as its share of each month, February of a leap year included', async () => {
    const grid = await stored();
    expect(grid.reps.map((rep) => [rep.name, rep.values])).toEqual([
      ['Ana Rep', [3100, 2900, 3100]],
      ['Ben Rep', [null, null, null]],
    ]);
    expect(grid.team.values).toEqual([null, null, null]);
  });

  it('replaces one month of a year row and keeps every other day of the year at its target', async () => {
    const saved = await save(MANAGER, [
      { scopeType: 'REP', scopeId: 'U-ANA', month: '2028-02', value: 5000 },
      { scopeType: 'REP', scopeId: 'U-BEN', month: '2028-02', value: 1234.56 },
    ]);
    expect(saved.changedCells).toBe(2);
    expect(saved.grid.reps.map((rep) => rep.values)).toEqual([
      [3100, 5000, 3100],
      [null, 1234.56, null],
    ]);
    expect(await targetRows()).toEqual([
      {
        target_id: 'REP:U-ANA:CONSUMER_LOANS:WON_VOLUME:2028-02',
        scope_id: 'U-ANA',
        period_start: '2028-02-01',
        period_end: '2028-03-01',
        value: 5000,
      },
      {
        target_id: 'REP:U-BEN:CONSUMER_LOANS:WON_VOLUME:2028-02',
        scope_id: 'U-BEN',
        period_start: '2028-02-01',
        period_end: '2028-03-01',
        value: 1234.56,
      },
      {
        target_id: 'Y-ANA~2028-01-01',
        scope_id: 'U-ANA',
        period_start: '2028-01-01',
        period_end: '2028-02-01',
        value: 3100,
      },
      {
        target_id: 'Y-ANA~2028-03-01',
        scope_id: 'U-ANA',
        period_start: '2028-03-01',
        period_end: '2029-01-01',
        value: 30600,
      },
    ]);
    // The year row is gone for good (an import may not bring it back beside its parts); its parts are not.
    expect(await db.dataSource.query('SELECT target_id, replaced_by FROM target_replaced')).toEqual([
      { target_id: 'Y-ANA', replaced_by: 'U-MIA' },
    ]);
    // Each month of the rest of the year still has 100 a day.
    const year = await stored(Array.from({ length: 12 }, (_, index) => `2028-${String(index + 1).padStart(2, '0')}`));
    expect(year.reps[0].values).toEqual([3100, 5000, 3100, 3000, 3100, 3000, 3100, 3100, 3000, 3100, 3000, 3100]);
  });

  it('audits each changed cell before → after with the reason, in the same transaction as the rows', async () => {
    await save(
      MANAGER,
      [
        { scopeType: 'REP', scopeId: 'U-ANA', month: '2028-01', value: 3100 },
        { scopeType: 'REP', scopeId: 'U-ANA', month: '2028-03', value: null },
      ],
      { reason: 'Ana is on leave in March' },
    );
    // January is unchanged (3,100 already): only March is a change.
    expect(await auditRows()).toEqual([
      {
        entity_id: 'REP:U-ANA:CONSUMER_LOANS:WON_VOLUME:2028-03',
        before: { teamId: 'T1', value: 3100 },
        after: { teamId: 'T1', value: null },
        reason: 'Ana is on leave in March',
      },
    ]);
    const [{ same }] = await db.dataSource.query(
      `SELECT (SELECT xmin::text FROM audit_log) = (SELECT xmin::text FROM target WHERE target_id = 'Y-ANA~2028-04-01') AS same`,
    );
    expect(same).toBe(true);
    expect((await stored()).reps[0].values).toEqual([3100, 2900, null]);
  });

  it('writes nothing when any cell is invalid, and names every invalid cell', async () => {
    const rows = await targetRows();
    const attempt = save(MANAGER, [
      { scopeType: 'REP', scopeId: 'U-ANA', month: '2028-01', value: 10 },
      { scopeType: 'REP', scopeId: 'U-BEN', month: '2028-02', value: 1.005 },
      { scopeType: 'REP', scopeId: 'U-BEN', month: '2028-03', value: -1 },
      { scopeType: 'REP', scopeId: 'U-BEN', month: '2028-07', value: 1 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(
      'input.changes[1].value: must have at most 2 decimals; input.changes[2].value: must be 0 or more; input.changes[3].month: must be a month of the grid, 2028-01 to 2028-03',
    );
    expect(await targetRows()).toEqual(rows);
    expect(await auditRows()).toEqual([]);
  });

  it('refuses a rep of another team, and whole numbers only for counts', async () => {
    await expect(save(MANAGER, [{ scopeType: 'REP', scopeId: 'U-CEM', month: '2028-01', value: 10 }])).rejects.toThrow(
      "input.changes[0].scopeId: 'U-CEM' is not a rep of team T1",
    );
    await expect(
      writer.save(MANAGER, {
        ...GRID,
        kpi: 'WON_DEALS',
        base: [],
        changes: [{ scopeType: 'REP', scopeId: 'U-ANA', month: '2028-01', value: 2.5 }],
      }),
    ).rejects.toThrow('input.changes[0].value: must be a whole number');
    expect(await auditRows()).toEqual([]);
  });

  it('refuses a stale grid with CONFLICT naming who changed which cell, and changes nothing', async () => {
    const loaded = await base();
    await save(BOSS, [{ scopeType: 'REP', scopeId: 'U-BEN', month: '2028-01', value: 700 }]);
    const rows = await targetRows();
    const attempt = writer.save(MANAGER, {
      ...GRID,
      base: loaded,
      changes: [{ scopeType: 'REP', scopeId: 'U-ANA', month: '2028-01', value: 1 }],
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(
      /^These targets changed since you opened them: Bo Boss changed Ben Rep in 2028-01 at /,
    );
    const error = (await attempt.catch((thrown: unknown) => thrown)) as ConflictError;
    expect(error.details['current']).toEqual({
      cells: [
        expect.objectContaining({
          scopeId: 'U-BEN',
          month: '2028-01',
          loaded: null,
          current: 700,
          changedBy: 'Bo Boss',
        }),
      ],
      repsChanged: false,
    });
    expect(await targetRows()).toEqual(rows);
  });

  it('of 20 saves of one grid from the same state at once, exactly one wins', async () => {
    const loaded = await base();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        writer.save(MANAGER, {
          ...GRID,
          base: loaded,
          changes: [{ scopeType: 'REP', scopeId: 'U-BEN', month: '2028-02', value: 100 + index }],
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refused).toHaveLength(19);
    refused.forEach((reason) => expect(reason).toBeInstanceOf(ConflictError));
    expect(await auditRows()).toHaveLength(1);
  });

  it('lets a manager save only the teams they manage, and controlling not at all', async () => {
    const change = [{ scopeType: 'REP' as const, scopeId: 'U-ANA', month: '2028-01', value: 1 }];
    await expect(save(OTHER_MANAGER, change)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(save(CONTROLLER, change)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(save(BOSS, change)).resolves.toMatchObject({ changedCells: 1 });
  });

  it('keeps the targets of a retired business model as they are', async () => {
    await db.dataSource.query(`UPDATE business_model SET retired_at = now() WHERE code = 'CONSUMER_LOANS'`);
    await expect(save(MANAGER, [{ scopeType: 'REP', scopeId: 'U-ANA', month: '2028-01', value: 1 }])).rejects.toThrow(
      'input.businessModel: business model CONSUMER_LOANS is retired',
    );
  });

  it('sets a team target, which the team row shows', async () => {
    const saved = await save(MANAGER, [{ scopeType: 'TEAM', scopeId: 'T1', month: '2028-03', value: 50_000 }]);
    expect(saved.grid.team.values).toEqual([null, null, 50_000]);
    expect(saved.grid.usesTeamTargets).toBe(true);
  });
});
