import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { Role } from '@salesdash/shared/domain';
import { AccessService } from './access.service';
import { ScopeNavigator } from './scope-navigation';

function viewer(userId: string, role: Role, teamId: string | null = null): Viewer {
  return { userId, role, teamId, email: `${userId}@x.test`, displayName: userId };
}

const BOSS = viewer('BOSS', 'MANAGEMENT');
const MANAGER = viewer('M1', 'SALES_MANAGER');
const REP_A = viewer('A', 'SALES_REP', 'T1');

describe('ScopeNavigator on PostgreSQL', () => {
  let db: TestDatabase;
  let navigator: ScopeNavigator;

  beforeAll(async () => {
    db = await createTestDatabase();
    const org = new OrgDirectory(db.dataSource);
    navigator = new ScopeNavigator(new AccessService(org, db.dataSource), org, db.dataSource);
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
      INSERT INTO app_user (user_id, email, display_name, role) VALUES
        ('BOSS', 'boss@x.test', 'Boss', 'MANAGEMENT'), ('M1', 'm1@x.test', 'Manager 1', 'SALES_MANAGER');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'M1'), ('T2', 'North 2', 'R1', 'M1'), ('T3', 'South 1', 'R2', NULL);
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('A', 'a@x.test', 'Ana', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'Ben', 'SALES_REP', 'T2'),
        ('C', 'c@x.test', 'Cem', 'SALES_REP', 'T3');
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('walks the whole company down for management: company › region › team › rep', async () => {
    await expect(navigator.navigate(BOSS, null)).resolves.toEqual({
      path: [{ type: 'COMPANY', id: null, name: null }],
      children: [
        { type: 'REGION', id: 'R1', name: 'North' },
        { type: 'REGION', id: 'R2', name: 'South' },
      ],
    });
    await expect(navigator.navigate(BOSS, { type: 'REGION', id: 'R1' })).resolves.toMatchObject({
      children: [
        { type: 'TEAM', id: 'T1', name: 'North 1' },
        { type: 'TEAM', id: 'T2', name: 'North 2' },
      ],
    });
    await expect(navigator.navigate(BOSS, { type: 'REP', id: 'A' })).resolves.toEqual({
      path: [
        { type: 'COMPANY', id: null, name: null },
        { type: 'REGION', id: 'R1', name: 'North' },
        { type: 'TEAM', id: 'T1', name: 'North 1' },
        { type: 'REP', id: 'A', name: 'Ana' },
      ],
      children: [],
    });
  });

  it('starts a sales manager at their teams and never shows the region or the company', async () => {
    await expect(navigator.navigate(MANAGER, null)).resolves.toEqual({
      path: [{ type: 'TEAM', id: null, name: null }],
      children: [
        { type: 'TEAM', id: 'T1', name: 'North 1' },
        { type: 'TEAM', id: 'T2', name: 'North 2' },
      ],
    });
    await expect(navigator.navigate(MANAGER, { type: 'TEAM', id: 'T1' })).resolves.toEqual({
      path: [{ type: 'TEAM', id: 'T1', name: 'North 1' }],
      children: [{ type: 'REP', id: 'A', name: 'Ana' }],
    });
    await expect(navigator.navigate(MANAGER, { type: 'REP', id: 'B' })).resolves.toMatchObject({
      path: [
        { type: 'TEAM', id: 'T2', name: 'North 2' },
        { type: 'REP', id: 'B', name: 'Ben' },
      ],
    });
    await expect(navigator.navigate(MANAGER, { type: 'TEAM', id: 'T3' })).rejects.toThrow(ForbiddenError);
  });

  it('gives a rep only themselves', async () => {
    await expect(navigator.navigate(REP_A, null)).resolves.toEqual({
      path: [{ type: 'REP', id: 'A', name: 'Ana' }],
      children: [],
    });
    await expect(navigator.navigate(REP_A, { type: 'TEAM', id: 'T1' })).rejects.toThrow(ForbiddenError);
  });
});
