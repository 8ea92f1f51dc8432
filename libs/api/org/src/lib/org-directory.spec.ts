import { ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { OrgDirectory } from './org-directory';

describe('OrgDirectory on PostgreSQL', () => {
  let db: TestDatabase;
  let org: OrgDirectory;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = new OrgDirectory(db.dataSource);
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'North 2', 'R1', NULL), ('T3', 'South 1', 'R2', NULL);
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('A', 'a@x.test', 'A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'B', 'SALES_REP', 'T2'),
        ('C', 'c@x.test', 'C', 'SALES_REP', 'T3'), ('E', 'e@x.test', 'E', 'SALES_REP', NULL);
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('resolves a region and a team to the reps of their current teams, a rep to itself', async () => {
    expect(await org.resolveScope('REGION', 'R1', 'filter.scope')).toEqual({
      type: 'REGION',
      ids: ['R1'],
      repIds: ['A', 'B'],
    });
    expect(await org.resolveScope('TEAM', 'T3', 'filter.scope')).toEqual({ type: 'TEAM', ids: ['T3'], repIds: ['C'] });
    expect(await org.resolveScope('REP', 'E', 'filter.scope')).toEqual({ type: 'REP', ids: ['E'], repIds: ['E'] });
  });

  it('leaves the company unrestricted', async () => {
    expect(await org.resolveScope('COMPANY', undefined, 'filter.scope')).toEqual({
      type: 'COMPANY',
      ids: null,
      repIds: null,
    });
  });

  it.each([
    ['TEAM', 'T9', "unknown team 'T9'"],
    ['REGION', 'A', "unknown region 'A'"],
    ['REP', undefined, 'a REP scope needs the id of a rep'],
    ['COMPANY', 'R1', 'a COMPANY scope takes no id'],
  ] as const)('refuses %s %s', async (type, id, message) => {
    const attempt = org.resolveScope(type, id, 'filter.scope');
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(`filter.scope.id: ${message}`);
  });

  it('finds the teams a manager manages and their reps', async () => {
    await db.dataSource.query(`
      INSERT INTO app_user (user_id, email, display_name, role) VALUES ('M', 'm@x.test', 'M', 'SALES_MANAGER');
      UPDATE team SET manager_user_id = 'M' WHERE team_id IN ('T1', 'T3');
    `);
    expect(await org.managedTeams('M')).toEqual({ type: 'TEAM', ids: ['T1', 'T3'], repIds: ['A', 'C'] });
    expect(await org.managedTeams('A')).toEqual({ type: 'TEAM', ids: [], repIds: [] });
  });

  it('lists every team with its region and members, and a manager’s own', async () => {
    const teams = await org.teams();
    expect(teams.map((team) => [team.id, team.regionName, team.reps.map((rep) => rep.id)])).toEqual([
      ['T1', 'North', ['A']],
      ['T2', 'North', ['B']],
      ['T3', 'South', ['C']],
    ]);
    expect((await org.teamsManagedBy('M')).map((team) => team.id)).toEqual(['T1', 'T3']);
  });
});
