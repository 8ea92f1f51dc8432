import { rebuildFacts } from '@salesdash/api/facts';
import { CorridorPublisher, type PublishCorridorInput } from '@salesdash/api/policies';
import type { Viewer } from '@salesdash/api/identity';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { ScopeType } from '@salesdash/shared/domain';
import type { KpiQueryService } from './kpi-query.service';
import { kpiQueryServiceOn } from './testing/kpi-query-service';

const VIEWER: Viewer = { userId: 'U-C', email: 'c@x.test', displayName: 'Cora', role: 'CONTROLLING', teamId: null };

/**
 * CONSUMER_LOANS, December 2026, looked at on 11 December at noon: 10.5 of 31 days have elapsed.
 * Region R1: team T1 (reps A, B and the deactivated X; manager M has the team too but is no rep) and
 * team T2 (rep C); region R2: team T3 (rep D). Rep E has no team. Reps: company 5, R1 4, T1 3.
 * Won in December: A 2 deals (100 + 100), B 1 (60), D 1 (50); C nothing.
 * WON_VOLUME targets for December: A 310, B 620, C 310 (REP rows); T2 has a TEAM row of 160 for
 * 16–31 December, which replaces C's for the whole month although none of it has elapsed. A also has
 * 300 for November.
 */
const FACTS = `
  INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'North 2', 'R1', NULL), ('T3', 'South 1', 'R2', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id, active) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1', true), ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T1', true),
    ('X', 'x@x.test', 'Rep X', 'SALES_REP', 'T1', false), ('M', 'm@x.test', 'Manager M', 'SALES_MANAGER', 'T1', true),
    ('C', 'c@x.test', 'Rep C', 'SALES_REP', 'T2', true), ('D', 'd@x.test', 'Rep D', 'SALES_REP', 'T3', true),
    ('E', 'e@x.test', 'Rep E', 'SALES_REP', NULL, true), ('U-C', 'cora@x.test', 'Cora', 'CONTROLLING', NULL, true);
  INSERT INTO deal VALUES
    ('A1', 'CONSUMER_LOANS', 'A', 'K1', '2026-11-01T00:00:00Z', 100, NULL, NULL),
    ('A2', 'CONSUMER_LOANS', 'A', 'K2', '2026-11-01T00:00:00Z', 100, NULL, NULL),
    ('B1', 'CONSUMER_LOANS', 'B', 'K3', '2026-11-01T00:00:00Z', 60, NULL, NULL),
    ('D1', 'CONSUMER_LOANS', 'D', 'K4', '2026-11-01T00:00:00Z', 50, NULL, NULL);
  INSERT INTO stage_event VALUES
    ('E1', 'A1', 'WON', '2026-12-03T00:00:00Z', NULL),
    ('E2', 'A2', 'WON', '2026-12-08T00:00:00Z', NULL),
    ('E3', 'B1', 'WON', '2026-12-10T00:00:00Z', NULL),
    ('E4', 'D1', 'WON', '2026-12-05T00:00:00Z', NULL);
  INSERT INTO target VALUES
    ('TA', 'REP', 'A', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-12-01', '2027-01-01', 310),
    ('TB', 'REP', 'B', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-12-01', '2027-01-01', 620),
    ('TC', 'REP', 'C', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-12-01', '2027-01-01', 310),
    ('T2H', 'TEAM', 'T2', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-12-16', '2027-01-01', 160),
    ('TAN', 'REP', 'A', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-11-01', '2026-12-01', 300);`;

const DECEMBER = { from: '2026-12-01', to: '2027-01-01' };
const NOON_11TH = new Date('2026-12-11T12:00:00Z');
const MONTHS = 10.5 / 31;

function corridor(kpi: string, basis: PublishCorridorInput['basis'], acceptableMin: number, toleratedMin: number) {
  return {
    businessModel: 'CONSUMER_LOANS',
    kpi,
    effectiveFrom: '2026-01-01',
    acceptableMin,
    toleratedMin,
    minSampleSize: 5,
    rationale: 'Judged where it holds at every scope.',
    basis,
    expectedVersion: null,
  };
}

describe('running periods and corridor bases in kpiValues, on PostgreSQL', () => {
  let db: TestDatabase;
  let service: KpiQueryService;

  beforeAll(async () => {
    db = await createTestDatabase();
    service = kpiQueryServiceOn(db.dataSource);
    await db.dataSource.query(FACTS);
    await rebuildFacts(db.dataSource);
    const publisher = new CorridorPublisher(db.dataSource);
    await publisher.publish(null, corridor('WON_VOLUME', 'SHARE_OF_TARGET', 1, 0.8));
    await publisher.publish(null, corridor('WON_DEALS', 'PER_REP_MONTH', 2, 1));
  });

  afterAll(async () => {
    await db.drop();
  });

  async function values(scope: { type: ScopeType; id?: string }, asOf = NOON_11TH, period = DECEMBER) {
    const rows = await service.values(VIEWER, {
      ...period,
      asOf,
      scope,
      businessModels: ['CONSUMER_LOANS'],
      kpis: ['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT'],
    });
    return new Map(rows.map((row) => [row.kpi, row]));
  }

  it.each([
    ['COMPANY', undefined, 5],
    ['REGION', 'R1', 4],
    ['TEAM', 'T1', 3],
    ['REP', 'E', 1],
  ] as const)('counts the reps of %s %s (deactivated in, other roles and teamless out): %s', async (type, id, reps) => {
    expect((await values({ type, id })).get('WON_DEALS')?.reps).toBe(reps);
  });

  it('prorates the target to the elapsed 10.5 days and forecasts the month at the rate so far', async () => {
    const rep = (await values({ type: 'REP', id: 'A' })).get('WON_VOLUME');
    expect(rep).toMatchObject({ value: 200, target: 310, pace: 'ON_TRACK', basis: 'SHARE_OF_TARGET' });
    expect(rep?.targetToDate).toBeCloseTo(105, 9);
    expect(rep?.forecast).toBeCloseTo((200 * 31) / 10.5, 9);
    expect(rep?.judgedValue).toBeCloseTo(200 / 105, 9);
    expect(rep?.status).toBe('ACCEPTABLE');
    expect(rep?.months).toBeCloseTo(MONTHS, 12);
  });

  it.each([
    ['REP', 'B', 60, 620, 210, 'AT_RISK', 'UNACCEPTABLE'],
    ['TEAM', 'T1', 260, 930, 315, 'BEHIND', 'TOLERATED'],
    ['REGION', 'R1', 260, 1090, 315, 'BEHIND', 'TOLERATED'],
    ['COMPANY', undefined, 310, 1090, 315, 'BEHIND', 'TOLERATED'],
  ] as const)(
    '%s %s: won %s of %s (to date %s) is %s and %s',
    async (type, id, value, target, toDate, pace, status) => {
      const row = (await values({ type, id })).get('WON_VOLUME');
      expect(row).toMatchObject({ value, target, pace, status });
      expect(row?.targetToDate).toBeCloseTo(toDate, 9);
    },
  );

  it('decides on the whole period that a team row replaces the reps, even when none of it has elapsed', async () => {
    const team = (await values({ type: 'TEAM', id: 'T2' })).get('WON_VOLUME');
    expect(team).toMatchObject({ value: 0, target: 160, targetToDate: 0, pace: null, judgedValue: null });
    expect(team?.status).toBe('NO_RANGE');
  });

  it('judges won deals per elapsed rep-month, a month without a win as a fact', async () => {
    const team = (await values({ type: 'TEAM', id: 'T1' })).get('WON_DEALS');
    expect(team?.judgedValue).toBeCloseTo(3 / (3 * MONTHS), 9);
    expect(team).toMatchObject({ status: 'ACCEPTABLE', target: null, pace: null });
    expect((await values({ type: 'REP', id: 'C' })).get('WON_DEALS')).toMatchObject({
      value: 0,
      judgedValue: 0,
      status: 'UNACCEPTABLE',
    });
  });

  it('gives quota attainment the pace of won volume, and no target of its own', async () => {
    const quota = (await values({ type: 'REP', id: 'A' })).get('QUOTA_ATTAINMENT');
    expect(quota).toMatchObject({ target: null, targetToDate: null, forecast: null, pace: 'ON_TRACK' });
    expect(quota?.value).toBeCloseTo(200 / 310, 12);
  });

  it('is too early to tell before a fifth of the month, and judges nothing before it starts', async () => {
    expect((await values({ type: 'REP', id: 'A' }, new Date('2026-12-04T00:00:00Z'))).get('WON_VOLUME')?.pace).toBe(
      'TOO_EARLY',
    );
    const notStarted = (await values({ type: 'REP', id: 'A' }, new Date('2026-11-20T00:00:00Z'))).get('WON_VOLUME');
    expect(notStarted).toMatchObject({ targetToDate: 0, forecast: null, pace: 'TOO_EARLY', months: 0 });
    expect(notStarted?.status).toBe('NO_RANGE');
  });

  it('takes the target of an ended period as its target to date, with the final verdict', async () => {
    const november = (await values({ type: 'REP', id: 'A' }, NOON_11TH, { from: '2026-11-01', to: '2026-12-01' })).get(
      'WON_VOLUME',
    );
    expect(november).toMatchObject({
      value: 0,
      target: 300,
      targetToDate: 300,
      forecast: 0,
      pace: 'AT_RISK',
      months: 1,
    });
  });

  it('gives each trend month its own elapsed part: November ended, December running', async () => {
    const [series] = await service.trend(VIEWER, {
      to: '2027-01-01',
      months: 2,
      asOf: NOON_11TH,
      scope: { type: 'REP', id: 'A' },
      businessModels: ['CONSUMER_LOANS'],
      kpis: ['WON_VOLUME'],
    });
    const [november, december] = series.points;
    expect(november).toMatchObject({ from: '2026-11-01', targetToDate: 300, pace: 'AT_RISK', months: 1 });
    expect(december).toMatchObject({ from: '2026-12-01', value: 200, pace: 'ON_TRACK', status: 'ACCEPTABLE' });
    expect(december.targetToDate).toBeCloseTo(105, 9);
  });
});
