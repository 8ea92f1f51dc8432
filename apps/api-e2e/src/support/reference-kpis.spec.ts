import { KPI_CASES, type KpiCase, type KpiCaseExpectation } from '@salesdash/api/testing';
import { KPI_CODES, type KpiCode } from '@salesdash/shared/domain';
import {
  computeReferenceKpis,
  type CorridorPolicy,
  parseBundle,
  type ReferenceBundle,
  type ReferenceKpiValue,
  validateBundle,
} from './reference-kpis';
import { factIndex } from './reference/fact-index';
import { repsInScope, type ScopeFilter } from './reference/scope';
import { syntheticBundle } from './reference/synthetic-bundle';

const TOLERANCE = 1e-9;
const BOTH_MODELS = ['CONSUMER_LOANS', 'PREMIUM_FINANCING'];

function sameNumber(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) {
    return actual === expected;
  }
  return Math.abs(actual - expected) <= TOLERANCE;
}

/** Every difference between an expected row and the reference rows, as readable lines. */
function differences(expected: KpiCaseExpectation, rows: readonly ReferenceKpiValue[]): string[] {
  const label = `${expected.kpi}/${expected.businessModel}`;
  const row = rows.find((r) => r.kpi === expected.kpi && r.businessModel === expected.businessModel);
  if (!row) {
    return [`${label}: no row`];
  }
  const problems: string[] = [];
  if (!sameNumber(row.value, expected.value)) {
    problems.push(`${label} value: expected ${expected.value}, reference ${row.value}`);
  }
  if (row.sampleSize !== expected.sampleSize) {
    problems.push(`${label} sampleSize: expected ${expected.sampleSize}, reference ${row.sampleSize}`);
  }
  if (expected.target !== undefined && !sameNumber(row.target, expected.target)) {
    problems.push(`${label} target: expected ${expected.target}, reference ${row.target}`);
  }
  return problems;
}

const parsed = new Map<KpiCase, ReferenceBundle>();
function bundleOf(kpiCase: KpiCase): ReferenceBundle {
  let bundle = parsed.get(kpiCase);
  if (!bundle) {
    bundle = parseBundle(kpiCase.bundle);
    parsed.set(kpiCase, bundle);
  }
  return bundle;
}

describe('the reference KPI implementation reproduces every hand-computed case', () => {
  it('has cases that check every one of the 18 KPIs', () => {
    const checked = new Set(KPI_CASES.flatMap((c) => c.requests.flatMap((r) => r.expected.map((e) => e.kpi))));
    expect(KPI_CODES.filter((code) => !checked.has(code))).toEqual([]);
  });

  describe.each(KPI_CASES.map((kpiCase) => [kpiCase.name, kpiCase] as const))('%s', (_name, kpiCase) => {
    it('is a valid bundle under §3', () => {
      expect(validateBundle(bundleOf(kpiCase))).toEqual([]);
    });

    it.each(kpiCase.requests.map((request, index) => [index + 1, request] as const))(
      'request %i',
      (_index, request) => {
        const rows = computeReferenceKpis(bundleOf(kpiCase), request.filter);
        // One row per requested KPI and business model (default: all 18 × both models).
        const kpis = request.filter.kpis ?? KPI_CODES;
        const models = request.filter.businessModels ?? BOTH_MODELS;
        const expectedKeys = kpis.flatMap((kpi) => models.map((model) => `${kpi}/${model}`));
        expect(rows.map((row) => `${row.kpi}/${row.businessModel}`).sort()).toEqual(expectedKeys.sort());
        expect(request.expected.flatMap((expected) => differences(expected, rows))).toEqual([]);
      },
    );
  });
});

/**
 * A hand-made bundle for §4.2 and §5.1: April 2026 (30 days), PREMIUM_FINANCING only. Every fact of
 * April lies before 2026-04-06, so that each asOf checked from then on sees all of them.
 * Reps (SALES_REP with a team): T1 = U1, U2; T2 = U3; T3 = U4; T4 none; U5 has no team, M1 is a manager.
 */
const RUNNING_BUNDLE: Record<string, string> = {
  'regions.csv': 'region_id,name\nR1,North\nR2,South\n',
  'teams.csv': 'team_id,name,region_id,manager_user_id\nT1,One,R1,M1\nT2,Two,R1,\nT3,Three,R2,\nT4,Four,R2,\n',
  'users.csv': [
    'user_id,email,display_name,role,team_id',
    'M1,m1@x.test,M1,SALES_MANAGER,T1',
    'U1,u1@x.test,U1,SALES_REP,T1',
    'U2,u2@x.test,U2,SALES_REP,T1',
    'U3,u3@x.test,U3,SALES_REP,T2',
    'U4,u4@x.test,U4,SALES_REP,T3',
    'U5,u5@x.test,U5,SALES_REP,',
    'A1,a1@x.test,A1,ADMIN,',
    '',
  ].join('\n'),
  'deals.csv': [
    'deal_id,business_model,rep_id,customer_id,created_at,amount',
    'D1,PREMIUM_FINANCING,U1,C1,2026-04-02T09:00:00Z,1240.00',
    'D2,PREMIUM_FINANCING,U2,C2,2026-04-02T12:00:00Z,3100.00',
    'D3,PREMIUM_FINANCING,U3,C3,2026-03-20T09:00:00Z,100.00',
    'D4,PREMIUM_FINANCING,U4,C4,2026-04-05T09:00:00Z,500.00',
    'D5,PREMIUM_FINANCING,U1,C5,2026-02-10T00:00:00Z,50.00',
    '',
  ].join('\n'),
  'stage_events.csv': [
    'event_id,deal_id,stage,occurred_at,info_complete',
    'E1,D1,WON,2026-04-03T10:00:00Z,',
    'E2,D2,WON,2026-04-04T10:00:00Z,',
    'E3,D3,WON,2026-04-05T10:00:00Z,',
    '',
  ].join('\n'),
  'targets.csv': [
    'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value',
    'V1,REP,U1,PREMIUM_FINANCING,WON_VOLUME,2026-04-01,2026-05-01,3000',
    'V2,REP,U2,PREMIUM_FINANCING,WON_VOLUME,2026-04-01,2026-05-01,6000',
    'V3,REP,U3,PREMIUM_FINANCING,WON_VOLUME,2026-04-01,2026-05-01,30000',
    // Overlaps P but not its elapsed part: still replaces U3's row for team T2 (decided on P).
    'V4,TEAM,T2,PREMIUM_FINANCING,WON_VOLUME,2026-04-20,2026-05-01,1100',
    'N1,REP,U1,PREMIUM_FINANCING,NEW_LEADS,2026-04-01,2026-05-01,30',
    'N4,REP,U4,PREMIUM_FINANCING,NEW_LEADS,2026-04-20,2026-05-01,11',
    '',
  ].join('\n'),
};

const CORRIDORS: readonly CorridorPolicy[] = [
  corridor('NEW_LEADS', 1, '2026-01-01', [2, null, 1, null], { basis: 'PER_REP_MONTH', minSampleSize: 5 }),
  corridor('WON_VOLUME', 1, '2026-01-01', [0, 1e9, 0, 1e9], {}),
  // In force for April from its last day on; version 3 starts after April.
  corridor('WON_VOLUME', 2, '2026-04-30', [1, null, 0.8, null], { basis: 'SHARE_OF_TARGET' }),
  corridor('WON_VOLUME', 3, '2026-05-01', [0, null, null, null], { basis: 'VALUE' }),
  corridor('PIPELINE_VALUE', 1, '2026-01-01', [100, 200, 0, 300], { basis: 'PER_REP_MONTH' }),
  corridor('WIN_RATE', 1, '2026-01-01', [0.2, 1, 0, 1], { minSampleSize: 5 }),
];

function corridor(
  kpi: KpiCode,
  version: number,
  effectiveFrom: string,
  [acceptableMin, acceptableMax, toleratedMin, toleratedMax]: readonly (number | null)[],
  extra: Partial<CorridorPolicy>,
): CorridorPolicy {
  return {
    businessModel: 'PREMIUM_FINANCING',
    kpi,
    version,
    effectiveFrom,
    acceptableMin,
    acceptableMax,
    toleratedMin,
    toleratedMax,
    minSampleSize: null,
    basis: null,
    ...extra,
  };
}

describe('running periods (§4.2) and corridor bases (§5.1) on a hand-made bundle', () => {
  const bundle = parseBundle(RUNNING_BUNDLE);
  const APRIL = { from: '2026-04-01', to: '2026-05-01', businessModels: ['PREMIUM_FINANCING'] };
  const MID_APRIL = '2026-04-16T12:00:00Z'; // 15.5 of 30 days elapsed: months = 15.5 / 30
  const months = 15.5 / 30;

  function kpiRow(asOf: string, kpi: KpiCode, scope?: ScopeFilter): ReferenceKpiValue {
    const rows = computeReferenceKpis(bundle, { ...APRIL, asOf, kpis: [kpi], scope }, new Date(), CORRIDORS);
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  it('is a valid bundle under §3', () => {
    expect(validateBundle(bundle)).toEqual([]);
  });

  describe('reps per scope: SALES_REP users whose team lies in the scope', () => {
    const index = factIndex(bundle);
    it.each([
      [{ type: 'COMPANY' }, 4],
      [{ type: 'REGION', id: 'R1' }, 3],
      [{ type: 'REGION', id: 'R2' }, 1],
      [{ type: 'TEAM', id: 'T1' }, 2],
      [{ type: 'TEAM', id: 'T4' }, 0],
      [{ type: 'REP', id: 'U5' }, 1],
    ] as const)('%j has %i', (scope, reps) => {
      expect(repsInScope(bundle, index, scope)).toBe(reps);
    });

    it('counts per scope on the demo-sized synthetic bundle too', () => {
      const synthetic = parseBundle(syntheticBundle(20));
      const syntheticIndex = factIndex(synthetic);
      expect(repsInScope(synthetic, syntheticIndex, { type: 'COMPANY' })).toBe(200);
      expect(repsInScope(synthetic, syntheticIndex, { type: 'REGION', id: 'R0' })).toBe(50);
      expect(repsInScope(synthetic, syntheticIndex, { type: 'TEAM', id: 'T0' })).toBe(10);
    });
  });

  describe('mid-April, mid-day (running, 15.5 of 30 days)', () => {
    it('prorates the target to date over the elapsed part; TEAM rows are chosen on P', () => {
      const company = kpiRow(MID_APRIL, 'WON_VOLUME');
      expect(company.value).toBe(4440);
      expect(company.target).toBeCloseTo(3000 + 6000 + 1100, 9);
      // U1 1550 + U2 3100, T2's TEAM row has no elapsed overlap (0) and still replaces U3's 15 500.
      expect(company.targetToDate).toBeCloseTo(4650, 9);
      const team2 = kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'TEAM', id: 'T2' });
      expect([team2.target, team2.targetToDate, team2.pace]).toEqual([1100, 0, null]);
      const region2 = kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'REGION', id: 'R2' });
      expect([region2.target, region2.targetToDate, region2.pace]).toEqual([null, null, null]);
    });

    it('forecasts the four flows by run rate, nothing else', () => {
      expect(kpiRow(MID_APRIL, 'WON_VOLUME').forecast).toBeCloseTo((4440 * 30) / 15.5, 9);
      expect(kpiRow(MID_APRIL, 'WON_DEALS').forecast).toBeCloseTo((3 * 30) / 15.5, 12);
      expect(kpiRow(MID_APRIL, 'NEW_LEADS').forecast).toBeCloseTo((3 * 30) / 15.5, 12);
      expect(kpiRow(MID_APRIL, 'ACTIVITIES').forecast).toBe(0);
      expect(kpiRow(MID_APRIL, 'PIPELINE_VALUE').forecast).toBeNull();
      expect(kpiRow(MID_APRIL, 'AVG_DEAL_SIZE').forecast).toBeNull();
    });

    it('gives pace at exactly r = 0.8 (BEHIND) and r = 1 (ON_TRACK)', () => {
      const u1 = kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'REP', id: 'U1' });
      expect([u1.value, u1.targetToDate, u1.pace]).toEqual([1240, 1550, 'BEHIND']);
      const u2 = kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'REP', id: 'U2' });
      expect([u2.value, u2.targetToDate, u2.pace]).toEqual([3100, 3100, 'ON_TRACK']);
      const u3 = kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'REP', id: 'U3' });
      expect([u3.value, u3.targetToDate, u3.pace]).toEqual([100, 15500, 'AT_RISK']);
      expect(kpiRow(MID_APRIL, 'WON_VOLUME').pace).toBe('BEHIND');
      expect(kpiRow(MID_APRIL, 'NEW_LEADS').pace).toBe('AT_RISK'); // 3 of 15.5
      const u4 = kpiRow(MID_APRIL, 'NEW_LEADS', { type: 'REP', id: 'U4' });
      expect([u4.target, u4.targetToDate, u4.pace]).toEqual([11, 0, null]);
    });

    it('has no target for QUOTA_ATTAINMENT, but its pace through WON_VOLUME', () => {
      const u1 = kpiRow(MID_APRIL, 'QUOTA_ATTAINMENT', { type: 'REP', id: 'U1' });
      expect(u1).toMatchObject({
        value: 1240 / 3000,
        target: null,
        targetToDate: null,
        forecast: null,
        pace: 'BEHIND',
      });
      expect(kpiRow(MID_APRIL, 'QUOTA_ATTAINMENT', { type: 'REP', id: 'U2' }).pace).toBe('ON_TRACK');
      expect(kpiRow(MID_APRIL, 'QUOTA_ATTAINMENT', { type: 'TEAM', id: 'T2' }).pace).toBeNull();
      expect(kpiRow(MID_APRIL, 'QUOTA_ATTAINMENT')).toMatchObject({
        status: 'NO_RANGE',
        policyVersion: null,
        basis: null,
        judgedValue: null,
      });
    });

    it('judges NEW_LEADS per elapsed rep-month; a zero count is not INSUFFICIENT_DATA', () => {
      const company = kpiRow(MID_APRIL, 'NEW_LEADS');
      expect(company).toMatchObject({ value: 3, sampleSize: 3, basis: 'PER_REP_MONTH', policyVersion: 1 });
      expect(company.judgedValue).toBeCloseTo(3 / (4 * months), 12);
      expect(company.status).toBe('TOLERATED');
      const region1 = kpiRow(MID_APRIL, 'NEW_LEADS', { type: 'REGION', id: 'R1' });
      expect(region1.judgedValue).toBeCloseTo(2 / (3 * months), 12);
      const team2 = kpiRow(MID_APRIL, 'NEW_LEADS', { type: 'TEAM', id: 'T2' });
      expect(team2).toMatchObject({ value: 0, sampleSize: 0, judgedValue: 0, status: 'UNACCEPTABLE' });
      const repWithoutTeam = kpiRow(MID_APRIL, 'NEW_LEADS', { type: 'REP', id: 'U5' });
      expect(repWithoutTeam).toMatchObject({ value: 0, judgedValue: 0, status: 'UNACCEPTABLE' });
      // No rep in the team: no judged value.
      const team4 = kpiRow(MID_APRIL, 'NEW_LEADS', { type: 'TEAM', id: 'T4' });
      expect(team4).toMatchObject({ value: 0, judgedValue: null, status: 'NO_RANGE', basis: 'PER_REP_MONTH' });
    });

    it('judges WON_VOLUME against the target to date with the version in force on the last day', () => {
      const company = kpiRow(MID_APRIL, 'WON_VOLUME');
      expect(company).toMatchObject({ basis: 'SHARE_OF_TARGET', policyVersion: 2, status: 'TOLERATED' });
      expect(company.judgedValue).toBeCloseTo(4440 / 4650, 12);
      expect(kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'REP', id: 'U1' })).toMatchObject({
        judgedValue: 0.8,
        status: 'TOLERATED',
      });
      expect(kpiRow(MID_APRIL, 'WON_VOLUME', { type: 'REP', id: 'U2' })).toMatchObject({
        judgedValue: 1,
        status: 'ACCEPTABLE',
      });
      // Target to date 0, and no target at all: no judged value.
      for (const scope of [
        { type: 'TEAM', id: 'T2' },
        { type: 'REGION', id: 'R2' },
      ] as const) {
        expect(kpiRow(MID_APRIL, 'WON_VOLUME', scope)).toMatchObject({
          basis: 'SHARE_OF_TARGET',
          judgedValue: null,
          status: 'NO_RANGE',
        });
      }
    });

    it('judges PIPELINE_VALUE (a stock) per rep with months 1, and rates on VALUE with minSampleSize', () => {
      const pipeline = kpiRow(MID_APRIL, 'PIPELINE_VALUE');
      expect(pipeline).toMatchObject({ value: 550, judgedValue: 550 / 4, status: 'ACCEPTABLE' });
      const winRate = kpiRow(MID_APRIL, 'WIN_RATE');
      expect(winRate).toMatchObject({ value: 1, sampleSize: 3, judgedValue: 1, status: 'INSUFFICIENT_DATA' });
      expect(kpiRow(MID_APRIL, 'CSAT')).toMatchObject({
        value: null,
        status: 'NO_DATA',
        basis: null,
        judgedValue: null,
      });
      expect(kpiRow(MID_APRIL, 'SALES_CYCLE_DAYS')).toMatchObject({ status: 'NO_RANGE', basis: null });
    });
  });

  it('is TOO_EARLY below 20 % elapsed and judges from exactly 20 % (6 of 30 days) on', () => {
    const justBefore = kpiRow('2026-04-06T23:59:59.999999Z', 'WON_VOLUME');
    expect(justBefore.pace).toBe('TOO_EARLY');
    expect(kpiRow('2026-04-06T23:59:59.999999Z', 'QUOTA_ATTAINMENT').pace).toBe('TOO_EARLY');
    const exactly = kpiRow('2026-04-07T00:00:00Z', 'WON_VOLUME');
    // U1 600 + U2 1200, T2 0.
    expect(exactly.targetToDate).toBeCloseTo(1800, 9);
    expect(exactly.pace).toBe('ON_TRACK');
    expect(kpiRow('2026-04-07T00:00:00Z', 'NEW_LEADS').judgedValue).toBeCloseTo(3 / (4 * 0.2), 12);
  });

  it('has nothing elapsed before it starts: target to date 0, TOO_EARLY, no forecast, no rep-months', () => {
    const notStarted = '2026-03-15T00:00:00Z';
    const volume = kpiRow(notStarted, 'WON_VOLUME');
    expect(volume).toMatchObject({
      target: 10100,
      targetToDate: 0,
      forecast: null,
      pace: 'TOO_EARLY',
      status: 'NO_RANGE',
      judgedValue: null,
    });
    expect(kpiRow(notStarted, 'NEW_LEADS')).toMatchObject({ judgedValue: null, status: 'NO_RANGE', pace: 'TOO_EARLY' });
    expect(kpiRow(notStarted, 'QUOTA_ATTAINMENT').pace).toBe('TOO_EARLY');
    // Without a target there is no pace, not even TOO_EARLY.
    expect(kpiRow(notStarted, 'WON_VOLUME', { type: 'REGION', id: 'R2' }).pace).toBeNull();
    // A stock has months 1 whether or not the period started.
    expect(kpiRow(notStarted, 'PIPELINE_VALUE').judgedValue).toBe(550 / 4);
  });

  it('gives the final verdict once ended (asOf = to): target to date = target, forecast = value', () => {
    const ended = '2026-05-01T00:00:00Z';
    const volume = kpiRow(ended, 'WON_VOLUME');
    expect(volume).toMatchObject({ value: 4440, forecast: 4440, pace: 'AT_RISK', status: 'UNACCEPTABLE' });
    expect(volume.targetToDate).toBeCloseTo(volume.target ?? Number.NaN, 9);
    expect(volume.judgedValue).toBeCloseTo(4440 / 10100, 12);
    const leads = kpiRow(ended, 'NEW_LEADS');
    expect(leads).toMatchObject({ forecast: 3, judgedValue: 3 / 4, status: 'UNACCEPTABLE' });
  });
});
