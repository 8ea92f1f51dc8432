import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEFAULT_RESPONSIBILITY, KPI_CODES, ownerRoles, ROLES, type Role } from '@salesdash/shared/domain';
import type { Viewer } from '@salesdash/api/platform';
import { AccessService, type ScopeRequest } from './access.service';

function viewer(userId: string, role: Role, teamId: string | null = null): Viewer {
  return { userId, role, teamId, email: `${userId}@x.test`, displayName: userId };
}

const MANAGEMENT = viewer('BOSS', 'MANAGEMENT');
const MANAGER = viewer('M1', 'SALES_MANAGER');
const IDLE_MANAGER = viewer('M2', 'SALES_MANAGER');
const REP_A = viewer('A', 'SALES_REP', 'T1');

describe('AccessService on PostgreSQL', () => {
  let db: TestDatabase;
  let access: AccessService;

  beforeAll(async () => {
    db = await createTestDatabase();
    access = new AccessService(new OrgDirectory(db.dataSource), db.dataSource);
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
      INSERT INTO app_user (user_id, email, display_name, role) VALUES
        ('BOSS', 'boss@x.test', 'Boss', 'MANAGEMENT'),
        ('M1', 'm1@x.test', 'Manager 1', 'SALES_MANAGER'),
        ('M2', 'm2@x.test', 'Manager 2', 'SALES_MANAGER');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'M1'), ('T2', 'North 2', 'R1', 'M1'), ('T3', 'South 1', 'R2', NULL);
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('A', 'a@x.test', 'A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'B', 'SALES_REP', 'T2'),
        ('C', 'c@x.test', 'C', 'SALES_REP', 'T3');
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it.each(ROLES)('shows %s the KPIs of its default responsibility', async (role) => {
    expect(await access.visibleKpis(viewer('X', role))).toEqual(
      KPI_CODES.filter((code) => DEFAULT_RESPONSIBILITY[role].includes(code)),
    );
  });

  it('refuses an explicit request for a KPI the role may not see, instead of leaving it out', async () => {
    await expect(access.kpisFor(MANAGER, ['WON_DEALS', 'DEFAULT_RATE'])).rejects.toThrow(ForbiddenError);
    expect(await access.kpisFor(MANAGER, ['WON_DEALS'])).toEqual(['WON_DEALS']);
  });

  const allowed: [
    string,
    Viewer,
    ScopeRequest | undefined,
    { type: string; ids: string[] | null; repIds: string[] | null },
  ][] = [
    ['management, by default', MANAGEMENT, undefined, { type: 'COMPANY', ids: null, repIds: null }],
    [
      'management, another region',
      MANAGEMENT,
      { type: 'REGION', id: 'R2' },
      { type: 'REGION', ids: ['R2'], repIds: ['C'] },
    ],
    ['a rep, by default', REP_A, undefined, { type: 'REP', ids: ['A'], repIds: ['A'] }],
    ['a rep, themself', REP_A, { type: 'REP', id: 'A' }, { type: 'REP', ids: ['A'], repIds: ['A'] }],
    [
      'a manager, by default: every team they manage',
      MANAGER,
      undefined,
      { type: 'TEAM', ids: ['T1', 'T2'], repIds: ['A', 'B'] },
    ],
    [
      'a manager, one of their teams',
      MANAGER,
      { type: 'TEAM', id: 'T2' },
      { type: 'TEAM', ids: ['T2'], repIds: ['B'] },
    ],
    ['a manager, a rep of their team', MANAGER, { type: 'REP', id: 'A' }, { type: 'REP', ids: ['A'], repIds: ['A'] }],
  ];

  it.each(allowed)('allows %s', async (_name, who, requested, expected) => {
    expect(await access.rowScope(who, requested, 'filter.scope')).toEqual(expected);
  });

  const forbidden: [string, Viewer, ScopeRequest][] = [
    ['a rep the company', REP_A, { type: 'COMPANY' }],
    ['a rep another rep', REP_A, { type: 'REP', id: 'B' }],
    ['a rep their own team', REP_A, { type: 'TEAM', id: 'T1' }],
    ['a manager another team', MANAGER, { type: 'TEAM', id: 'T3' }],
    ['a manager a rep of another team', MANAGER, { type: 'REP', id: 'C' }],
    ['a manager their region', MANAGER, { type: 'REGION', id: 'R1' }],
    ['a manager the company', MANAGER, { type: 'COMPANY' }],
    ['a manager an unknown team', MANAGER, { type: 'TEAM', id: 'T404' }],
  ];

  it.each(forbidden)('refuses %s with FORBIDDEN', async (_name, who, requested) => {
    await expect(access.rowScope(who, requested, 'filter.scope')).rejects.toThrow(ForbiddenError);
  });

  it('tells a manager without a team that there are no rows', async () => {
    await expect(access.rowScope(IDLE_MANAGER, undefined, 'filter.scope')).rejects.toThrow('You manage no team yet');
  });

  it('names the responsible roles of each KPI as the matrix stands, the default first and an edit at once', async () => {
    const before = await access.responsibleRoles();
    expect(Object.fromEntries(before)).toEqual(Object.fromEntries(KPI_CODES.map((code) => [code, ownerRoles(code)])));
    await db.dataSource.query(`DELETE FROM kpi_responsibility WHERE role = 'MARKETING' AND kpi = 'NPS'`);
    try {
      expect((await access.responsibleRoles()).get('NPS')).toEqual(ownerRoles('NPS').filter((r) => r !== 'MARKETING'));
    } finally {
      await db.dataSource.query(`INSERT INTO kpi_responsibility (role, kpi) VALUES ('MARKETING', 'NPS')`);
    }
  });
});
