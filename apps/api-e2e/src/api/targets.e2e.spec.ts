import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, runImport, startApiServer, TEST_ADMIN } from '../support/api-server';

const GRID = { teamId: 'T1', businessModel: 'CONSUMER_LOANS', kpi: 'WON_VOLUME', firstMonth: '2028-01', months: 3 };
const TARGET_GRID = `query ($input: TargetGridRequest!) {
  targetGrid(input: $input) { months reps { scopeType scopeId name values } team { scopeType scopeId values } editable }
}`;
const SAVE = `mutation ($input: SaveTargetGridInput!) { saveTargetGrid(input: $input) { changedCells } }`;
const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi target targetToDate } }`;

interface GridAnswer {
  targetGrid: {
    months: string[];
    reps: { scopeType: string; scopeId: string; name: string; values: (number | null)[] }[];
    team: { scopeType: string; scopeId: string; values: (number | null)[] };
    editable: boolean;
  };
}

/**
 * Targets set in the grid are the targets the KPIs use, at once: a whole-year row of 2028 (a leap year)
 * imported from targets.csv, one month of it replaced in the grid, then the targets of periods that cut
 * across months, across the leap day and across the whole year.
 */
describe('target grid → kpiValues', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let bundle: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    await db.dataSource.query(`INSERT INTO region VALUES ('R1', 'North')`);
    // The manager signs in with the administrator's password (its hash copied: no hashing in the test).
    await db.dataSource.query(
      `INSERT INTO app_user (user_id, email, display_name, role, password_hash)
       SELECT 'U-MIA', 'mia@e2e.test', 'Mia Manager', 'SALES_MANAGER', password_hash FROM app_user WHERE email = $1`,
      [TEST_ADMIN.email],
    );
    await db.dataSource.query(`
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MIA');
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('U-ANA', 'ana@e2e.test', 'Ana Rep', 'SALES_REP', 'T1'), ('U-BEN', 'ben@e2e.test', 'Ben Rep', 'SALES_REP', 'T1');`);
    bundle = mkdtempSync(join(tmpdir(), 'targets-e2e-'));
    writeFileSync(
      join(bundle, 'targets.csv'),
      'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value\n' +
        'Y-ANA,REP,U-ANA,CONSUMER_LOANS,WON_VOLUME,2028-01-01,2029-01-01,36600\n',
    );
    const imported = await runImport(bundle, db.url);
    expect(imported.code).toBe(0);
    token = await api.login('mia@e2e.test', TEST_ADMIN.password);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
    rmSync(bundle, { recursive: true, force: true });
  });

  async function target(scope: { type: string; id: string }, from: string, to: string) {
    const answer = await api.graphql<{ kpiValues: { kpi: string; target: number | null }[] }>(
      KPI_VALUES,
      {
        filter: {
          from,
          to,
          asOf: '2030-01-01T00:00:00Z',
          kpis: ['WON_VOLUME'],
          businessModels: ['CONSUMER_LOANS'],
          scope,
        },
      },
      token,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.kpiValues[0].target ?? null;
  }

  it('shows the imported year row month by month, and after a save the KPIs use the new month at once', async () => {
    const opened = await api.graphql<GridAnswer>(TARGET_GRID, { input: GRID }, token);
    const grid = opened.data?.targetGrid;
    expect(grid?.editable).toBe(true);
    expect(grid?.reps.map((rep) => [rep.scopeId, rep.values])).toEqual([
      ['U-ANA', [3100, 2900, 3100]],
      ['U-BEN', [null, null, null]],
    ]);
    const ana = { type: 'REP', id: 'U-ANA' };
    expect(await target(ana, '2028-02-01', '2028-03-01')).toBeCloseTo(2900, 9);

    const base = [...(grid?.reps ?? []), ...(grid ? [grid.team] : [])].flatMap((row) =>
      (grid?.months ?? []).map((month, index) => ({
        scopeType: row.scopeType,
        scopeId: row.scopeId,
        month,
        value: row.values[index],
      })),
    );
    // February: 5,800 over its 29 days is 200 a day; the rest of the year keeps 100 a day.
    const saved = await api.graphql<{ saveTargetGrid: { changedCells: number } }>(
      SAVE,
      {
        input: {
          ...GRID,
          base,
          changes: [
            { scopeType: 'REP', scopeId: 'U-ANA', month: '2028-02', value: 5800 },
            { scopeType: 'REP', scopeId: 'U-BEN', month: '2028-03', value: 3100 },
          ],
          reason: 'New plan',
        },
      },
      token,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveTargetGrid.changedCells).toBe(2);

    expect(await target(ana, '2028-02-01', '2028-02-15')).toBeCloseTo(2800, 9);
    expect(await target(ana, '2028-02-29', '2028-03-01')).toBeCloseTo(200, 9);
    expect(await target(ana, '2028-01-15', '2028-03-15')).toBeCloseTo(17 * 100 + 5800 + 14 * 100, 9);
    expect(await target(ana, '2028-01-01', '2029-01-01')).toBeCloseTo(36600 - 2900 + 5800, 9);
    // March, 31 days: Ben's 3,100 is 100 a day; the team is the sum of its reps.
    expect(await target({ type: 'REP', id: 'U-BEN' }, '2028-03-10', '2028-03-20')).toBeCloseTo(1000, 9);
    expect(await target({ type: 'TEAM', id: 'T1' }, '2028-03-01', '2028-04-01')).toBeCloseTo(3100 + 3100, 9);
  });

  it('refuses to import the replaced year row again, which would count its months twice', async () => {
    const before = await target({ type: 'REP', id: 'U-ANA' }, '2028-01-01', '2029-01-01');
    const again = await runImport(bundle, db.url);
    expect(again.code).not.toBe(0);
    expect(again.stdout + again.stderr).toContain(
      "targets.csv:2 target_id: target 'Y-ANA' was replaced when Mia Manager edited these targets in the dashboard on",
    );
    expect(await target({ type: 'REP', id: 'U-ANA' }, '2028-01-01', '2029-01-01')).toBe(before);
  });

  it('exports the grid as CSV: UTF-8 with BOM, a name that would be a formula written as text', async () => {
    await db.dataSource.query(
      `UPDATE app_user SET display_name = '=HYPERLINK("http://example.com")' WHERE user_id = 'U-BEN'`,
    );
    const query = new URLSearchParams({ ...GRID, months: String(GRID.months) });
    const response = await fetch(`${api.baseUrl}/api/exports/target-grid?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="targets-T1-CONSUMER_LOANS-WON_VOLUME-2028-01.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Rep,Rep id,2028-01,2028-02,2028-03,Total',
      // By name: '=' sorts first.
      `"'=HYPERLINK(""http://example.com"")",U-BEN,,,3100,3100`,
      'Ana Rep,U-ANA,3100,5800,3100,12000',
    ]);
    const refused = await fetch(
      `${api.baseUrl}/api/exports/target-grid?${new URLSearchParams({ ...GRID, months: '99' })}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'input.months' } });
  });

  it('answers a stale save with CONFLICT and a bad value with the field, changing nothing', async () => {
    const before = await target({ type: 'TEAM', id: 'T1' }, '2028-01-01', '2028-04-01');
    const stale = await api.graphql(
      SAVE,
      {
        input: {
          ...GRID,
          base: [{ scopeType: 'REP', scopeId: 'U-ANA', month: '2028-02', value: 2900 }],
          changes: [{ scopeType: 'REP', scopeId: 'U-ANA', month: '2028-02', value: 1 }],
        },
      },
      token,
    );
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const invalid = await api.graphql(
      SAVE,
      {
        input: {
          ...GRID,
          base: [],
          changes: [{ scopeType: 'REP', scopeId: 'U-ANA', month: '2028-02', value: 12.345 }],
        },
      },
      token,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes[0].value' });
    expect(await target({ type: 'TEAM', id: 'T1' }, '2028-01-01', '2028-04-01')).toBe(before);
  });
});
