import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import { CorridorPolicies, CorridorPublisher, type PublishCorridorInput } from '@salesdash/api/policies';
import { ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KpiEngine } from '@salesdash/api/kpi-engine';
import { CorridorImpactService } from './corridor-impact.service';
import type { CorridorDraftInput } from './corridor-preview.types';

/** "Now" is mid-July 2026, so the 12 complete months are 2025-07 … 2026-06. */
const NOW = new Date('2026-07-15T10:00:00Z');

/**
 * CONSUMER_LOANS WIN_RATE. Team T1 "North 1" (reps A, B), team T2 "South 1" (rep C).
 * June 2026: A 3 won 1 lost (0.75, n 4), B 1 won 1 lost (0.5, n 2) → T1 4/6 (n 6); C 1 lost → T2 0 (n 1).
 * May 2026: A 1 won → A and T1 1.0 (n 1). A PREMIUM_FINANCING loss of A in June must not count, and
 * team T3 "West 1" (rep D), with PREMIUM_FINANCING deals only, is not a scope of the preview.
 */
const FACTS = `
  INSERT INTO region VALUES ('R1', 'North');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'South 1', 'R1', NULL), ('T3', 'West 1', 'R1', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T1'),
    ('C', 'c@x.test', 'Rep C', 'SALES_REP', 'T2'), ('D', 'd@x.test', 'Rep D', 'SALES_REP', 'T3');
  INSERT INTO deal VALUES
    ('A1', 'CONSUMER_LOANS', 'A', 'K1', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('A2', 'CONSUMER_LOANS', 'A', 'K2', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('A3', 'CONSUMER_LOANS', 'A', 'K3', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('A4', 'CONSUMER_LOANS', 'A', 'K4', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('A5', 'CONSUMER_LOANS', 'A', 'K5', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('AP', 'PREMIUM_FINANCING', 'A', 'K6', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('B1', 'CONSUMER_LOANS', 'B', 'K7', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('B2', 'CONSUMER_LOANS', 'B', 'K8', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('C1', 'CONSUMER_LOANS', 'C', 'K9', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('D1', 'PREMIUM_FINANCING', 'D', 'K10', '2026-01-01T00:00:00Z', 100, NULL, NULL);
  INSERT INTO stage_event VALUES
    ('E1', 'A1', 'WON', '2026-06-02T00:00:00Z', NULL),
    ('E2', 'A2', 'WON', '2026-06-10T00:00:00Z', NULL),
    ('E3', 'A3', 'WON', '2026-06-30T23:59:00Z', NULL),
    ('E4', 'A4', 'LOST', '2026-06-15T00:00:00Z', NULL),
    ('E5', 'A5', 'WON', '2026-05-20T00:00:00Z', NULL),
    ('E6', 'AP', 'LOST', '2026-06-20T00:00:00Z', NULL),
    ('E7', 'B1', 'WON', '2026-06-05T00:00:00Z', NULL),
    ('E8', 'B2', 'LOST', '2026-06-06T00:00:00Z', NULL),
    ('E9', 'C1', 'LOST', '2026-06-07T00:00:00Z', NULL);`;

function policy(overrides: Partial<PublishCorridorInput>): PublishCorridorInput {
  return {
    businessModel: 'CONSUMER_LOANS',
    kpi: 'WIN_RATE',
    effectiveFrom: '2026-06-01',
    acceptableMin: 0.4,
    toleratedMin: 0.2,
    minSampleSize: 1,
    rationale: 'Consumer loans close often.',
    expectedVersion: null,
    ...overrides,
  };
}

/** Narrows the published corridor and asks for two decisions per value. */
const NARROWING: CorridorDraftInput = {
  businessModel: 'CONSUMER_LOANS',
  kpi: 'WIN_RATE',
  acceptableMin: 0.7,
  toleratedMin: 0.6,
  minSampleSize: 2,
};

function counts(partial: Partial<Record<string, number>>) {
  return {
    NO_DATA: 0,
    NO_RANGE: 0,
    INSUFFICIENT_DATA: 0,
    ACCEPTABLE: 0,
    TOLERATED: 0,
    UNACCEPTABLE: 0,
    ...partial,
  };
}

describe('CorridorImpactService on PostgreSQL', () => {
  let db: TestDatabase;
  let service: CorridorImpactService;
  let publisher: CorridorPublisher;

  beforeAll(async () => {
    db = await createTestDatabase();
    service = new CorridorImpactService(
      db.dataSource,
      new KpiEngine(db.dataSource, new FactReader()),
      new CorridorPolicies(db.dataSource),
    );
    publisher = new CorridorPublisher(db.dataSource);
    await db.dataSource.query(FACTS);
    await rebuildFacts(db.dataSource);
  });

  beforeEach(async () => {
    await db.dataSource.query('TRUNCATE corridor_policy, audit_log');
    await publisher.publish(null, policy({}));
    // In force only from July, after the last complete month: June must still use version 1.
    await publisher.publish(null, policy({ effectiveFrom: '2026-07-01', acceptableMin: 0.9, expectedVersion: 1 }));
  });

  afterAll(async () => {
    await db.drop();
  });

  it('covers the 12 complete months before the current one, oldest first', async () => {
    const impact = await service.impact(NARROWING, NOW);
    expect(impact.months).toEqual([
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
  });

  it('counts team and rep statuses before (policy in force per month, NO_RANGE before it) and after', async () => {
    const impact = await service.impact(NARROWING, NOW);
    expect(impact.teams).toEqual({
      before: counts({ NO_DATA: 21, NO_RANGE: 1, ACCEPTABLE: 1, UNACCEPTABLE: 1 }),
      after: counts({ NO_DATA: 21, INSUFFICIENT_DATA: 2, TOLERATED: 1 }),
      changed: 3,
      total: 24,
    });
    expect(impact.reps).toEqual({
      before: counts({ NO_DATA: 32, NO_RANGE: 1, ACCEPTABLE: 2, UNACCEPTABLE: 1 }),
      after: counts({ NO_DATA: 32, INSUFFICIENT_DATA: 2, ACCEPTABLE: 1, UNACCEPTABLE: 1 }),
      changed: 3,
      total: 36,
    });
    expect(impact.changedScopesTruncated).toBe(0);
  });

  it('lists the changed scopes newest month first, then by name', async () => {
    const impact = await service.impact(NARROWING, NOW);
    expect(impact.changedScopes).toEqual([
      row('TEAM', 'T1', 'North 1', '2026-06-01', 4 / 6, 6, 'ACCEPTABLE', 'TOLERATED'),
      row('REP', 'B', 'Rep B', '2026-06-01', 0.5, 2, 'ACCEPTABLE', 'UNACCEPTABLE'),
      row('REP', 'C', 'Rep C', '2026-06-01', 0, 1, 'UNACCEPTABLE', 'INSUFFICIENT_DATA'),
      row('TEAM', 'T2', 'South 1', '2026-06-01', 0, 1, 'UNACCEPTABLE', 'INSUFFICIENT_DATA'),
      row('TEAM', 'T1', 'North 1', '2026-05-01', 1, 1, 'NO_RANGE', 'INSUFFICIENT_DATA'),
      row('REP', 'A', 'Rep A', '2026-05-01', 1, 1, 'NO_RANGE', 'INSUFFICIENT_DATA'),
    ]);
  });

  it('changes nothing for a draft equal to the policy in force, where one is in force', async () => {
    const impact = await service.impact({ ...NARROWING, acceptableMin: 0.4, toleratedMin: 0.2, minSampleSize: 1 }, NOW);
    // Only May changes: no policy was in force then, the draft judges it.
    expect(impact.changedScopes.map(({ scopeId, month, before, after }) => [scopeId, month, before, after])).toEqual([
      ['T1', '2026-05-01', 'NO_RANGE', 'ACCEPTABLE'],
      ['A', '2026-05-01', 'NO_RANGE', 'ACCEPTABLE'],
    ]);
  });

  it('judges through the draft basis: won deals per rep and month, a zero count a fact', async () => {
    const impact = await service.impact(
      {
        businessModel: 'CONSUMER_LOANS',
        kpi: 'WON_DEALS',
        basis: 'PER_REP_MONTH',
        acceptableMin: 2,
        toleratedMin: 1,
        minSampleSize: 5,
      },
      NOW,
    );
    const june = impact.changedScopes
      .filter((scope) => scope.month === '2026-06-01')
      .map(({ scopeId, value, judgedAfter, before, after }) => [scopeId, value, judgedAfter, before, after]);
    // T1 has reps A and B: 4 wins in June are 2 per rep-month; T2 (rep C) won nothing, which is not too few data.
    expect(june).toEqual([
      ['T1', 4, 2, 'NO_RANGE', 'ACCEPTABLE'],
      ['A', 3, 3, 'NO_RANGE', 'ACCEPTABLE'],
      ['B', 1, 1, 'NO_RANGE', 'TOLERATED'],
      ['C', 0, 0, 'NO_RANGE', 'UNACCEPTABLE'],
      ['T2', 0, 0, 'NO_RANGE', 'UNACCEPTABLE'],
    ]);
    expect(impact.teams.after.INSUFFICIENT_DATA).toBe(0);
  });

  it('refuses a basis the KPI does not allow', async () => {
    const refusal = service.impact({ ...NARROWING, basis: 'SHARE_OF_TARGET' }, NOW);
    const issues = await refusal.catch((error: ValidationError) => error.issues.map((issue) => issue.field));
    expect(issues).toEqual(['draft.basis']);
  });

  it('refuses an invalid draft with every field error, without asking for a rationale', async () => {
    const refusal = service.impact(
      { ...NARROWING, acceptableMin: 0.5, toleratedMin: 0.6, acceptableMax: 1.5, minSampleSize: 0 },
      NOW,
    );
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    const issues = await refusal.catch((error: ValidationError) => error.issues.map((issue) => issue.field));
    expect(issues).toEqual(['draft.acceptableMax', 'draft.toleratedMin', 'draft.minSampleSize']);
  });

  it('refuses an unknown business model and KPI', async () => {
    const refusal = service.impact({ ...NARROWING, businessModel: 'NO_SUCH_MODEL', kpi: 'NO_SUCH_KPI' }, NOW);
    const issues = await refusal.catch((error: ValidationError) => error.issues.map((issue) => issue.field));
    expect(issues).toEqual(['draft.businessModel', 'draft.kpi']);
  });
});

function row(
  scopeType: 'TEAM' | 'REP',
  scopeId: string,
  name: string,
  month: string,
  value: number,
  sampleSize: number,
  before: string,
  after: string,
) {
  return { scopeType, scopeId, name, month, value, sampleSize, judgedAfter: value, before, after };
}
