import { BusinessModelCatalog } from '@salesdash/api/policies';
import { FactReader } from '@salesdash/api/facts';
import { AccessService, type Viewer } from '@salesdash/api/identity';
import { BundleImporter, bundleFileFromContent } from '@salesdash/api/ingestion';
import { OrgDirectory } from '@salesdash/api/org';
import { ACCESS_DECISION, ForbiddenError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEFAULT_RESPONSIBILITY, KPI_CODES, type Role } from '@salesdash/shared/domain';
import { TeamMedianResolver } from './graphql/team-median.resolver';
import type { TeamMedianType } from './graphql/team-median.types';
import { KpiEngine, repScopes } from './kpi-engine.service';
import { median, teamMedian } from './team-median';
import { TeamMedianService } from './team-median.service';

const CL = 'CONSUMER_LOANS';
const PF = 'PREMIUM_FINANCING';
const MARCH = { from: '2026-03-01', to: '2026-04-01' };
const AS_OF = new Date('2026-06-01T00:00:00Z');
const MARCH_2 = { from: '2026-03-02', to: '2026-03-03' };
const MARCH_3 = { from: '2026-03-03', to: '2026-03-04' };

function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/**
 * Team Red: Anna, Ben, Carl, Dana (manager Mia); team Blue: Erik, Fay, Gina, Hana; team Green: Ivo,
 * Jon, Kim; Nola has no team. A rep's median is over their colleagues, never their own value.
 * March 2026, consumer loans, per rep of Red (hand-computed from docs/kpis.md):
 *   NEW_LEADS      Anna 2 (A1, A2), Ben 1, Carl 4, Dana 1
 *   WON_VOLUME     Anna 100, Ben 300, Carl 1000, Dana 0 (no win)
 *   WIN_RATE       Anna 1/2, Ben 1/1, Carl 1/4, Dana none (null)
 *   QUOTA_ATTAINMENT against REP targets 200, 300, 500 (the TEAM row of 10 000 is not a rep's):
 *                  Anna 0.5, Ben 1, Carl 2, Dana no target (null)
 *   FIRST_RESPONSE_HOURS  Anna median(1 h, 3 h) = 2, Ben 0.5, Carl 10
 *   CSAT           Anna 5, Ben 3
 * Anna's colleagues Ben, Carl, Dana: NEW_LEADS 1, 1, 4 → 1; WON_VOLUME 0, 300, 1000 → 300; the rates
 * rest on two colleagues or fewer → withheld. Ben's colleagues: NEW_LEADS 1, 2, 4 → 2; WON_VOLUME
 * 0, 100, 1000 → 100.
 * One day, 3 March: only Ben has a new lead, so Ben's colleagues all have 0 (withheld: all equal).
 * One day, 2 March: Ivo has 1 new lead, Jon and Kim none: the issue's "median 0 of 3 reps with the
 * caller at 1", which told Ivo that both colleagues had none.
 * Blue: WON_VOLUME Erik 50, Fay 5000, Gina 70, Hana 20 → Erik's colleagues 20, 70, 5000 → 70.
 */
const BUNDLE = {
  'regions.csv': csv('region_id,name', 'R-1,North'),
  'teams.csv': csv(
    'team_id,name,region_id,manager_user_id',
    'T-RED,Red,R-1,U-MIA',
    'T-BLUE,Blue,R-1,',
    'T-GREEN,Green,R-1,',
  ),
  'users.csv': csv(
    'user_id,email,display_name,role,team_id',
    'U-MIA,mia@median.test,Mia Manager,SALES_MANAGER,',
    'U-ANNA,anna@median.test,Anna,SALES_REP,T-RED',
    'U-BEN,ben@median.test,Ben,SALES_REP,T-RED',
    'U-CARL,carl@median.test,Carl,SALES_REP,T-RED',
    'U-DANA,dana@median.test,Dana,SALES_REP,T-RED',
    'U-ERIK,erik@median.test,Erik,SALES_REP,T-BLUE',
    'U-FAY,fay@median.test,Fay,SALES_REP,T-BLUE',
    'U-GINA,gina@median.test,Gina,SALES_REP,T-BLUE',
    'U-HANA,hana@median.test,Hana,SALES_REP,T-BLUE',
    'U-IVO,ivo@median.test,Ivo,SALES_REP,T-GREEN',
    'U-JON,jon@median.test,Jon,SALES_REP,T-GREEN',
    'U-KIM,kim@median.test,Kim,SALES_REP,T-GREEN',
    'U-NOLA,nola@median.test,Nola,SALES_REP,',
  ),
  'deals.csv': csv(
    'deal_id,business_model,rep_id,customer_id,created_at,amount',
    'A1,CONSUMER_LOANS,U-ANNA,C-1,2026-03-02T00:00:00Z,100.00',
    'A2,CONSUMER_LOANS,U-ANNA,C-2,2026-03-02T00:00:00Z,400.00',
    'B1,CONSUMER_LOANS,U-BEN,C-3,2026-03-03T00:00:00Z,300.00',
    'C1,CONSUMER_LOANS,U-CARL,C-4,2026-03-04T00:00:00Z,1000.00',
    'C2,CONSUMER_LOANS,U-CARL,C-5,2026-03-04T00:00:00Z,10.00',
    'C3,CONSUMER_LOANS,U-CARL,C-6,2026-03-04T00:00:00Z,20.00',
    'C4,CONSUMER_LOANS,U-CARL,C-7,2026-03-04T00:00:00Z,30.00',
    'D1,CONSUMER_LOANS,U-DANA,C-8,2026-03-05T00:00:00Z,5.00',
    'E1,CONSUMER_LOANS,U-ERIK,C-9,2026-03-06T00:00:00Z,50.00',
    'F1,CONSUMER_LOANS,U-FAY,C-10,2026-03-06T00:00:00Z,5000.00',
    'G1,CONSUMER_LOANS,U-GINA,C-11,2026-03-06T00:00:00Z,70.00',
    'H1,CONSUMER_LOANS,U-HANA,C-13,2026-03-06T00:00:00Z,20.00',
    'IV1,CONSUMER_LOANS,U-IVO,C-14,2026-03-02T09:00:00Z,40.00',
    'N1,CONSUMER_LOANS,U-NOLA,C-12,2026-03-06T00:00:00Z,999.00',
  ),
  'stage_events.csv': csv(
    'event_id,deal_id,stage,occurred_at,info_complete',
    'A1-W,A1,WON,2026-03-10T00:00:00Z,',
    'A2-L,A2,LOST,2026-03-11T00:00:00Z,',
    'B1-W,B1,WON,2026-03-12T00:00:00Z,',
    'C1-W,C1,WON,2026-03-13T00:00:00Z,',
    'C2-L,C2,LOST,2026-03-14T00:00:00Z,',
    'C3-L,C3,LOST,2026-03-15T00:00:00Z,',
    'C4-L,C4,LOST,2026-03-16T00:00:00Z,',
    'E1-W,E1,WON,2026-03-17T00:00:00Z,',
    'F1-W,F1,WON,2026-03-17T00:00:00Z,',
    'G1-W,G1,WON,2026-03-17T00:00:00Z,',
    'H1-W,H1,WON,2026-03-17T00:00:00Z,',
    'N1-W,N1,WON,2026-03-17T00:00:00Z,',
  ),
  'interactions.csv': csv(
    'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes',
    'I1,A1,U-ANNA,EMAIL,INBOUND,2026-03-05T00:00:00Z,60',
    'I2,A1,U-ANNA,PHONE,INBOUND,2026-03-06T00:00:00Z,180',
    'I3,B1,U-BEN,EMAIL,INBOUND,2026-03-06T00:00:00Z,30',
    'I4,C1,U-CARL,EMAIL,INBOUND,2026-03-06T00:00:00Z,600',
  ),
  'feedback.csv': csv(
    'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment',
    'F-A,A1,WON,EMAIL,2026-03-20T00:00:00Z,5,,',
    'F-B,B1,WON,EMAIL,2026-03-20T00:00:00Z,3,,',
  ),
  'targets.csv': csv(
    'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value',
    'G-A,REP,U-ANNA,CONSUMER_LOANS,WON_VOLUME,2026-03-01,2026-04-01,200',
    'G-B,REP,U-BEN,CONSUMER_LOANS,WON_VOLUME,2026-03-01,2026-04-01,300',
    'G-C,REP,U-CARL,CONSUMER_LOANS,WON_VOLUME,2026-03-01,2026-04-01,500',
    'G-RED,TEAM,T-RED,CONSUMER_LOANS,WON_VOLUME,2026-03-01,2026-04-01,10000',
  ),
};

function rep(userId: string, teamId: string | null, role: Role = 'SALES_REP'): Viewer {
  return { userId, role, teamId, email: `${userId}@median.test`, displayName: userId };
}

const ANNA = rep('U-ANNA', 'T-RED');
const BEN = rep('U-BEN', 'T-RED');
const ERIK = rep('U-ERIK', 'T-BLUE');
const IVO = rep('U-IVO', 'T-GREEN');
const NOLA = rep('U-NOLA', null);

function row(rows: readonly TeamMedianType[], kpi: string, businessModel = CL): TeamMedianType | undefined {
  return rows.find((r) => r.kpi === kpi && r.businessModel === businessModel);
}

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[-1, 5], 2],
  ])('of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('teamMedian of the colleagues’ values (null: no value)', () => {
  it.each([
    [[], null, 0, 'TOO_FEW_COLLEAGUES'],
    [[4], null, 1, 'TOO_FEW_COLLEAGUES'],
    [[0, 0], null, 2, 'TOO_FEW_COLLEAGUES'],
    [[1, 5, null, null], null, 2, 'TOO_FEW_COLLEAGUES'],
    [[0, 0, 0], null, 3, 'ALL_EQUAL'],
    [[0.5, 0.5, null, 0.5, 0.5], null, 4, 'ALL_EQUAL'],
    [[0, 0, 1], 0, 3, null],
    [[3, null, 1, 2], 2, 3, null],
    [[4, 1, 3, 2], 2.5, 4, null],
  ])('of %p is %p from %p colleagues (%p)', (values, expected, colleagueCount, unavailableReason) => {
    expect(teamMedian(values)).toEqual({ median: expected, colleagueCount, unavailableReason });
  });
});

describe('Team medians on PostgreSQL', () => {
  let db: TestDatabase;
  let engine: KpiEngine;
  let service: TeamMedianService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const imported = await new BundleImporter(db.dataSource).importBundle(
      Object.entries(BUNDLE).map(([name, content]) => bundleFileFromContent(name, content)),
    );
    expect(imported).toMatchObject({ ok: true });
    const org = new OrgDirectory(db.dataSource);
    engine = new KpiEngine(db.dataSource, new FactReader());
    service = new TeamMedianService(
      engine,
      new AccessService(org, db.dataSource),
      new BusinessModelCatalog(db.dataSource),
      db.dataSource,
    );
  });

  afterAll(async () => {
    await db.drop();
  });

  it('gives the median of the caller’s colleagues, never counting the caller’s own value', async () => {
    const rows = await service.medians(ANNA, { ...MARCH, asOf: AS_OF });
    expect(row(rows, 'NEW_LEADS')).toEqual({
      kpi: 'NEW_LEADS',
      businessModel: CL,
      median: 1,
      colleagueCount: 3,
      unavailableReason: null,
    });
    expect(row(rows, 'WON_VOLUME')).toMatchObject({ median: 300, colleagueCount: 3, unavailableReason: null });
    const ben = await service.medians(BEN, { ...MARCH, asOf: AS_OF, kpis: ['NEW_LEADS', 'WON_VOLUME'] });
    expect(row(ben, 'NEW_LEADS')).toMatchObject({ median: 2, colleagueCount: 3, unavailableReason: null });
    expect(row(ben, 'WON_VOLUME')).toMatchObject({ median: 100, colleagueCount: 3, unavailableReason: null });
  });

  it('withholds a median resting on fewer than 3 colleagues with a value', async () => {
    const rows = await service.medians(ANNA, { ...MARCH, asOf: AS_OF });
    const withheld = { median: null, unavailableReason: 'TOO_FEW_COLLEAGUES' };
    expect(row(rows, 'WIN_RATE')).toMatchObject({ ...withheld, colleagueCount: 2 });
    expect(row(rows, 'QUOTA_ATTAINMENT')).toMatchObject({ ...withheld, colleagueCount: 2 });
    expect(row(rows, 'FIRST_RESPONSE_HOURS')).toMatchObject({ ...withheld, colleagueCount: 2 });
    expect(row(rows, 'CSAT')).toMatchObject({ ...withheld, colleagueCount: 1 });
    expect(row(rows, 'WIN_RATE', PF)).toMatchObject({ ...withheld, colleagueCount: 0 });
  });

  it('withholds the one-day median of 3 reps that told the caller both colleagues had nothing', async () => {
    const rows = await service.medians(IVO, { ...MARCH_2, asOf: AS_OF, kpis: ['NEW_LEADS'] });
    expect(row(rows, 'NEW_LEADS')).toEqual({
      kpi: 'NEW_LEADS',
      businessModel: CL,
      median: null,
      colleagueCount: 2,
      unavailableReason: 'TOO_FEW_COLLEAGUES',
    });
  });

  it('withholds a median when all colleagues have the same value, since it would be each one’s value', async () => {
    const day = { ...MARCH_3, asOf: AS_OF, kpis: ['NEW_LEADS'], businessModels: [CL] };
    expect(await service.medians(BEN, day)).toEqual([
      { kpi: 'NEW_LEADS', businessModel: CL, median: null, colleagueCount: 3, unavailableReason: 'ALL_EQUAL' },
    ]);
    // Anna's colleagues that day: Ben 1, Carl 0, Dana 0 — not all equal, so the median is shown.
    expect(await service.medians(ANNA, day)).toEqual([
      { kpi: 'NEW_LEADS', businessModel: CL, median: 0, colleagueCount: 3, unavailableReason: null },
    ]);
    const rows = await service.medians(ANNA, { ...MARCH, asOf: AS_OF, kpis: ['WON_VOLUME'], businessModels: [PF] });
    expect(rows).toEqual([
      { kpi: 'WON_VOLUME', businessModel: PF, median: null, colleagueCount: 3, unavailableReason: 'ALL_EQUAL' },
    ]);
  });

  it('counts only the colleagues of the caller’s own team', async () => {
    const rows = await service.medians(ERIK, { ...MARCH, asOf: AS_OF, kpis: ['WON_VOLUME'], businessModels: [CL] });
    expect(rows).toEqual([
      { kpi: 'WON_VOLUME', businessModel: CL, median: 70, colleagueCount: 3, unavailableReason: null },
    ]);
  });

  it('says a rep without a team has no team median', async () => {
    const rows = await service.medians(NOLA, { ...MARCH, kpis: ['WON_VOLUME'] });
    expect(rows.map((r) => [r.businessModel, r.median, r.colleagueCount, r.unavailableReason])).toEqual([
      [CL, null, 0, 'NO_TEAM'],
      [PF, null, 0, 'NO_TEAM'],
    ]);
  });

  it('answers only the KPIs the rep may see, and never a rep id or figure', async () => {
    const rows = await service.medians(ANNA, MARCH);
    expect(new Set(rows.map((r) => r.kpi))).toEqual(new Set(DEFAULT_RESPONSIBILITY.SALES_REP));
    expect(rows).toHaveLength(DEFAULT_RESPONSIBILITY.SALES_REP.length * 2);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['businessModel', 'colleagueCount', 'kpi', 'median', 'unavailableReason']);
    }
    await expect(service.medians(ANNA, { ...MARCH, kpis: ['DEFAULT_RATE'] })).rejects.toThrow(ForbiddenError);
  });

  it.each([
    [{ from: '2026-04-01', to: '2026-03-01' }, 'filter.to'],
    [{ ...MARCH, businessModels: ['PAWN_SHOP'] }, 'filter.businessModels'],
    [{ ...MARCH, kpis: ['HAPPINESS'] }, 'filter.kpis'],
  ])('validates the filter like kpiValues: %p', async (filter, field) => {
    const error: unknown = await service.medians(ANNA, filter).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details['field']).toBe(field);
  });

  it('measures each rep in one pass exactly as measure does with that rep as scope', async () => {
    const repIds = ['U-ANNA', 'U-BEN', 'U-CARL', 'U-DANA'];
    const query = { asOf: AS_OF, businessModels: [CL, PF], kpis: KPI_CODES, periods: [MARCH] };
    const perRep = await engine.measureEach({ ...query, scopes: repScopes(repIds) });
    for (const repId of repIds) {
      const alone = await engine.measure({ ...query, scope: { type: 'REP', ids: [repId], repIds: [repId] } });
      expect(perRep.get(repId)).toEqual(alone);
    }
  });

  it('gives the trend month by month, each month by the same rules as the median of that month alone', async () => {
    const filter = { to: '2026-04-01', months: 3, asOf: AS_OF, kpis: ['NEW_LEADS', 'WON_VOLUME'] };
    const series = await service.trend(ANNA, filter);
    expect(series.map((s) => [s.kpi, s.businessModel])).toEqual([
      ['NEW_LEADS', CL],
      ['NEW_LEADS', PF],
      ['WON_VOLUME', CL],
      ['WON_VOLUME', PF],
    ]);
    const months = [
      { from: '2026-01-01', to: '2026-02-01' },
      { from: '2026-02-01', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-04-01' },
    ];
    for (const s of series) {
      expect(s.points.map((p) => ({ from: p.from, to: p.to }))).toEqual(months);
      for (const [index, month] of months.entries()) {
        const alone = row(
          await service.medians(ANNA, { ...month, asOf: AS_OF, kpis: [s.kpi] }),
          s.kpi,
          s.businessModel,
        );
        expect({ ...s.points[index], kpi: s.kpi, businessModel: s.businessModel }).toEqual({ ...alone, ...month });
      }
    }
    expect(series[0].points[2]).toMatchObject({ median: 1, colleagueCount: 3 });
    expect((await service.trend(NOLA, { ...filter, kpis: ['WON_VOLUME'] }))[0].points[0]).toMatchObject({
      unavailableReason: 'NO_TEAM',
    });
  });

  it('refuses a trend of more than 36 months, naming the field', async () => {
    await expect(service.trend(ANNA, { to: '2026-04-01', months: 37 })).rejects.toMatchObject({
      issues: [{ field: 'filter.months', message: 'months must be between 1 and 36' }],
    });
  });

  it('is declared for SALES_REP only; every other role is FORBIDDEN by the guard', () => {
    for (const operation of [TeamMedianResolver.prototype.teamMedians, TeamMedianResolver.prototype.teamMedianTrend]) {
      expect(Reflect.getMetadata(ACCESS_DECISION, operation)).toEqual({ kind: 'ROLES', roles: ['SALES_REP'] });
    }
  });
});
