import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { BusinessModelCatalog } from '@salesdash/api/policies';
import { readDataVersions, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { KpiEngine } from './kpi-engine.service';
import type { KpiQueryService } from './kpi-query.service';
import { TeamMedianService } from './team-median.service';
import { kpiQueryServiceOn } from './testing/kpi-query-service';
import { SCOPES_FIXTURE } from './testing/scopes-fixture';

const BOSS: Viewer = { userId: 'BOSS', email: 'boss@x.test', displayName: 'Boss', role: 'MANAGEMENT', teamId: null };
const MANAGER: Viewer = { userId: 'M', email: 'm@x.test', displayName: 'Manager', role: 'SALES_MANAGER', teamId: 'T1' };
const REP: Viewer = { userId: 'A', email: 'a@x.test', displayName: 'Rep A', role: 'SALES_REP', teamId: 'T1' };
const PERIOD = { from: '2026-01-01', to: '2026-07-01' };

describe('KPI requests answered from what is kept', () => {
  let db: TestDatabase;
  let kpiQueries: KpiQueryService;
  let teamMedians: TeamMedianService;
  let connections: jest.SpyInstance;

  /** Every request a page of each role makes, as the guard hands them the versions (or not). */
  const pageRequests = async (known?: Awaited<ReturnType<typeof readDataVersions>>) => ({
    company: await kpiQueries.values(BOSS, PERIOD, known),
    team: await kpiQueries.values(BOSS, { ...PERIOD, scope: { type: 'TEAM', id: 'T2' } }, known),
    byScope: await kpiQueries.valuesByScope(BOSS, { ...PERIOD, level: 'TEAM', ids: ['T1', 'T2'] }, known),
    trend: await kpiQueries.trend(BOSS, { to: PERIOD.to, months: 6 }, known),
    managersTeams: await kpiQueries.values(MANAGER, PERIOD, known),
    managersRep: await kpiQueries.values(MANAGER, { ...PERIOD, scope: { type: 'REP', id: 'B' } }, known),
    repsOwn: await kpiQueries.values(REP, PERIOD, known),
    repsTeamMedians: await teamMedians.medians(REP, PERIOD, known),
    repsTeamMedianTrend: await teamMedians.trend(REP, { to: PERIOD.to, months: 6 }, known),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(SCOPES_FIXTURE);
    await db.dataSource.query(`UPDATE team SET manager_user_id = 'M' WHERE team_id = 'T1'`);
    await rebuildFacts(db.dataSource);
    kpiQueries = kpiQueryServiceOn(db.dataSource);
    teamMedians = new TeamMedianService(
      new KpiEngine(db.dataSource, new FactReader()),
      new AccessService(new OrgDirectory(db.dataSource), db.dataSource),
      new BusinessModelCatalog(db.dataSource),
      db.dataSource,
    );
    connections = jest.spyOn((db.dataSource.driver as PostgresDriver).master as Pool, 'connect');
  });

  afterAll(async () => {
    connections.mockRestore();
    await db.drop();
  });

  // The guard reads the versions with the session; a request that finds everything kept needs nothing more.
  it('touch the database not at all when the versions come with the request', async () => {
    const first = await pageRequests(await readDataVersions(db.dataSource));
    const known = await readDataVersions(db.dataSource);
    connections.mockClear();

    const again = await pageRequests(known);

    expect(connections).not.toHaveBeenCalled();
    expect(again).toEqual(first);
    expect(first.managersTeams.some((value) => value.sampleSize > 0)).toBe(true);
    expect(first.repsTeamMedians.length).toBeGreaterThan(0);
  });

  it('read the versions themselves when none come with the request', async () => {
    connections.mockClear();
    await kpiQueries.values(BOSS, PERIOD);
    expect(connections).toHaveBeenCalledTimes(1);
  });

  it('resolve the scopes anew once the organisation changed', async () => {
    const before = await pageRequests(await readDataVersions(db.dataSource));
    // Rep B moves from the manager's T1 to T2: the manager may no longer ask for B, T2 gains B's deals.
    await db.dataSource.query(`UPDATE app_user SET team_id = 'T2' WHERE user_id = 'B'`);
    const known = await readDataVersions(db.dataSource);
    await expect(
      kpiQueries.values(MANAGER, { ...PERIOD, scope: { type: 'REP', id: 'B' } }, known),
    ).rejects.toMatchObject({ messageCode: 'SALES_MANAGER_SEES_OWN_TEAMS' });
    const won = (values: { kpi: string; sampleSize: number }[]) =>
      values.filter((value) => value.kpi === 'WON_DEALS').reduce((sum, value) => sum + value.sampleSize, 0);
    const teamAfter = await kpiQueries.values(BOSS, { ...PERIOD, scope: { type: 'TEAM', id: 'T2' } }, known);
    expect(won(teamAfter)).toBeGreaterThan(won(before.team));
    await db.dataSource.query(`UPDATE app_user SET team_id = 'T1' WHERE user_id = 'B'`);
  });
});
