import { rebuildFacts } from '@salesdash/api/facts';
import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError, ValidationError, type Viewer } from '@salesdash/api/platform';
import { BusinessModelCatalog } from '@salesdash/api/policies';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KPI_CODES, KPI_ROWS, type KpiCode, type Role, type ScopeType } from '@salesdash/shared/domain';
import type { KpiValueType } from '../graphql/kpi.types';
import type { KpiQueryService } from '../kpi-query.service';
import { kpiQueryServiceOn } from '../testing/kpi-query-service';
import { SCOPES_FIXTURE } from '../testing/scopes-fixture';
import { KpiRowsService } from './kpi-rows.service';
import type { KpiRowsFilterInput, KpiRowType } from './kpi-rows.types';

const viewer = (userId: string, role: Role, teamId: string | null = null): Viewer => ({
  userId,
  email: `${userId}@x.test`,
  displayName: userId,
  role,
  teamId,
});
const BOSS = viewer('BOSS', 'MANAGEMENT');
const MANAGER = viewer('M', 'SALES_MANAGER', 'T1');
const REP_A = viewer('A', 'SALES_REP', 'T1');
const MARKETING = viewer('MK', 'MARKETING');

/**
 * Negative feedback (csat 1 or 2) of the fixture answered on the same deal i % 20 days later with a 5:
 * recovered within 14 days, at the same instant (not recovered), or later than 14 days.
 */
const RECOVERIES = `
  INSERT INTO feedback
  SELECT 'FR' || i, 'D' || (1 + i % 400), 'ONBOARDED', 'PHONE',
         timestamptz '2026-01-03T00:00:00Z' + i * interval '11 hours' + (i % 20) * interval '1 day', 5, 9, 'better now'
  FROM generate_series(1, 350) i WHERE 1 + i % 5 <= 2;
  UPDATE team SET manager_user_id = 'M' WHERE team_id = 'T1';`;

const SCOPES: readonly { name: string; type: ScopeType; id?: string; repIds: readonly string[] | null }[] = [
  { name: 'the company', type: 'COMPANY', repIds: null },
  { name: 'region R1', type: 'REGION', id: 'R1', repIds: ['A', 'B', 'C', 'M'] },
  { name: 'team T1', type: 'TEAM', id: 'T1', repIds: ['A', 'B', 'M'] },
  { name: 'rep A', type: 'REP', id: 'A', repIds: ['A'] },
];

const PERIODS = [
  { name: 'March', from: '2026-03-01', to: '2026-04-01', asOf: new Date('2026-06-20T00:00:00Z') },
  {
    name: 'ten days, asOf before cohorts close',
    from: '2026-02-03',
    to: '2026-02-13',
    asOf: new Date('2026-02-20T00:00:00Z'),
  },
  { name: 'a running month', from: '2026-06-01', to: '2026-07-01', asOf: new Date('2026-06-20T00:00:00Z') },
];

describe('KpiRowsService on PostgreSQL: the rows behind a KPI value', () => {
  let db: TestDatabase;
  let rows: KpiRowsService;
  let kpiQueries: KpiQueryService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(SCOPES_FIXTURE);
    await db.dataSource.query(RECOVERIES);
    await rebuildFacts(db.dataSource);
    const access = new AccessService(new OrgDirectory(db.dataSource), db.dataSource);
    rows = new KpiRowsService(access, new BusinessModelCatalog(db.dataSource), db.dataSource);
    kpiQueries = kpiQueryServiceOn(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  /** Every row of a value, page by page (pages of 37 so that several pages are read). */
  async function allRows(who: Viewer, filter: KpiRowsFilterInput): Promise<{ total: number; rows: KpiRowType[] }> {
    const collected: KpiRowType[] = [];
    let total = 0;
    for (let offset = 0; offset === 0 || offset < total; offset += 37) {
      const page = await rows.page(who, { ...filter, offset, limit: 37 });
      total = page.total;
      collected.push(...page.rows);
    }
    return { total, rows: collected };
  }

  /** The value the KPI's definition gives from its rows alone (null: its value needs more than the rows). */
  function valueFromRows(kpi: KpiCode, found: readonly KpiRowType[]): number | null {
    const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
    const measures = found.map((row) => row.measure ?? Number.NaN);
    const share = (outcome: string) => found.filter((row) => row.outcome === outcome).length / found.length;
    if (found.length === 0) {
      return null;
    }
    switch (kpi) {
      case 'NEW_LEADS':
      case 'WON_DEALS':
      case 'ACTIVITIES':
        return found.length;
      case 'WON_VOLUME':
      case 'PIPELINE_VALUE':
        return sum(found.map((row) => row.amount ?? Number.NaN));
      case 'AVG_DEAL_SIZE':
        return sum(found.map((row) => row.amount ?? Number.NaN)) / found.length;
      case 'SALES_CYCLE_DAYS':
      case 'ONBOARDING_DAYS':
      case 'CSAT':
        return sum(measures) / found.length;
      case 'FIRST_RESPONSE_HOURS': {
        const sorted = [...measures].sort((a, b) => a - b);
        const middle = (sorted.length - 1) / 2;
        return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
      }
      case 'NPS':
        return 100 * (share('PROMOTER') - share('DETRACTOR'));
      case 'QUOTA_ATTAINMENT':
        return null;
      default:
        return share(KPI_ROWS[kpi].numerator[0]);
    }
  }

  describe.each(PERIODS)('$name', ({ from, to, asOf }) => {
    it.each(SCOPES)(
      'for $name: each of the 18 KPIs has exactly sampleSize rows, and they give its value',
      async (scope) => {
        const scopeInput = { type: scope.type, id: scope.id ?? null };
        const values: KpiValueType[] = await kpiQueries.values(BOSS, { from, to, asOf, scope: scopeInput });
        expect(new Set(values.map((value) => value.kpi))).toEqual(new Set(KPI_CODES));
        let nonEmpty = 0;
        for (const value of values) {
          const kpi = value.kpi as KpiCode;
          const filter = { kpi, businessModel: value.businessModel, from, to, asOf, scope: scopeInput };
          const found = await allRows(BOSS, filter);
          const label = `${kpi} ${value.businessModel}`;
          expect({ label, rows: found.rows.length, total: found.total }).toEqual({
            label,
            rows: value.sampleSize,
            total: value.sampleSize,
          });
          expect(new Set(found.rows.map((row) => row.rowId)).size).toBe(found.rows.length);
          if (scope.repIds) {
            expect(found.rows.filter((row) => !scope.repIds?.includes(row.repId))).toEqual([]);
          }
          const fromRows = valueFromRows(kpi, found.rows);
          if (fromRows !== null) {
            expect({ label, value: value.value }).toEqual({ label, value: expect.closeTo(fromRows, 6) });
          }
          nonEmpty += found.total > 0 ? 1 : 0;
        }
        // The fixture has facts of every kind in these periods: the check above ran on real rows.
        expect(nonEmpty).toBeGreaterThan(scope.type === 'REP' ? 10 : 20);
      },
    );
  });

  it('splits a rate’s rows by outcome and counts recoveries only within 14 days after, never at the same instant', async () => {
    const filter = { kpi: 'RECOVERY_RATE', businessModel: 'CONSUMER_LOANS', from: '2026-01-01', to: '2026-07-01' };
    const page = await rows.page(BOSS, { ...filter, asOf: new Date('2026-07-01T00:00:00Z'), limit: 200 });
    const recovered = page.rows.filter((row) => row.outcome === 'RECOVERED');
    expect(recovered.length).toBeGreaterThan(0);
    expect(page.outcomes).toEqual([
      { outcome: 'NOT_RECOVERED', rows: page.total - recovered.length },
      { outcome: 'RECOVERED', rows: recovered.length },
    ]);
    for (const row of page.rows) {
      const days = row.outcomeAt ? (row.outcomeAt.getTime() - row.at.getTime()) / 86_400_000 : null;
      expect(row.outcome === 'RECOVERED' ? days !== null && days > 0 && days <= 14 : days === null).toBe(true);
    }
  });

  it('pages without overlap in any order: every row once', async () => {
    const filter = {
      kpi: 'WON_VOLUME',
      businessModel: 'CONSUMER_LOANS',
      from: '2026-01-01',
      to: '2026-07-01',
      orderBy: 'AMOUNT' as const,
      descending: false,
    };
    const whole = await rows.page(BOSS, { ...filter, limit: 200 });
    const paged = await allRows(BOSS, filter);
    expect(paged.rows.map((row) => row.rowId)).toEqual(whole.rows.map((row) => row.rowId));
    const amounts = paged.rows.map((row) => row.amount ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });

  describe('whose rows', () => {
    const filter = { kpi: 'WON_DEALS', businessModel: 'CONSUMER_LOANS', from: '2026-01-01', to: '2026-07-01' };

    it('a rep sees their own deals only, and asking for another rep or their team is FORBIDDEN', async () => {
      const own = await allRows(REP_A, filter);
      expect(own.total).toBeGreaterThan(0);
      expect(new Set(own.rows.map((row) => row.repId))).toEqual(new Set(['A']));
      await expect(rows.page(REP_A, { ...filter, scope: { type: 'REP', id: 'B' } })).rejects.toThrow(ForbiddenError);
      await expect(rows.page(REP_A, { ...filter, scope: { type: 'TEAM', id: 'T1' } })).rejects.toThrow(ForbiddenError);
    });

    it('a sales manager sees their team and its reps, never another team, its region or the company', async () => {
      // The fixture's consumer loans are A's and C's, its premium financing B's and D's.
      const team = [
        ...(await allRows(MANAGER, filter)).rows,
        ...(await allRows(MANAGER, { ...filter, businessModel: 'PREMIUM_FINANCING' })).rows,
      ];
      expect(new Set(team.map((row) => row.repId))).toEqual(new Set(['A', 'B']));
      const repB = { ...filter, businessModel: 'PREMIUM_FINANCING', scope: { type: 'REP' as const, id: 'B' } };
      expect((await rows.page(MANAGER, repB)).total).toBeGreaterThan(0);
      for (const scope of [
        { type: 'REP' as const, id: 'C' },
        { type: 'TEAM' as const, id: 'T2' },
        { type: 'REGION' as const, id: 'R1' },
        { type: 'COMPANY' as const },
      ]) {
        await expect(rows.page(MANAGER, { ...filter, scope })).rejects.toThrow(ForbiddenError);
      }
    });

    it('a KPI the role may not see is FORBIDDEN; amounts stay hidden from a role that sees no KPI in EUR', async () => {
      await expect(rows.page(MARKETING, filter)).rejects.toThrow(ForbiddenError);
      const leads = await rows.page(MARKETING, { ...filter, kpi: 'NEW_LEADS' });
      expect(leads.total).toBeGreaterThan(0);
      expect(leads.amountsHidden).toBe(true);
      expect(leads.rows.every((row) => row.amount === null)).toBe(true);
      const managed = await rows.page(MANAGER, { ...filter, kpi: 'NEW_LEADS' });
      expect(managed.amountsHidden).toBe(false);
      expect(managed.rows.every((row) => typeof row.amount === 'number')).toBe(true);
    });
  });

  it('names every mistake of a filter at once, on its field', async () => {
    const attempt = rows.page(BOSS, {
      kpi: 'WINS',
      businessModel: 'NOPE',
      from: '2026-03-01',
      to: '2026-03-01',
      offset: -1,
      limit: 201,
    });
    await expect(attempt).rejects.toThrow(ValidationError);
    const error = await attempt.catch((caught: ValidationError) => caught);
    expect((error as ValidationError).issues.map((issue) => issue.field)).toEqual([
      'filter.kpi',
      'filter.businessModel',
      'filter.to',
      'filter.offset',
      'filter.limit',
    ]);
  });
});
