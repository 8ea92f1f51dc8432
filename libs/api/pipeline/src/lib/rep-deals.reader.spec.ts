import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError, ValidationError, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { Role } from '@salesdash/shared/domain';
import { RepDealsReader } from './rep-deals.reader';

const viewer = (userId: string, role: Role, teamId: string | null = null): Viewer => ({
  userId,
  email: `${userId}@x.test`,
  displayName: userId,
  role,
  teamId,
});
const MIA = viewer('U-MIA', 'SALES_MANAGER');
const MAX = viewer('U-MAX', 'SALES_MANAGER');
const BOSS = viewer('U-BOSS', 'MANAGEMENT');
const ANA = viewer('U-ANA', 'SALES_REP', 'T1');
const CEM = viewer('U-CEM', 'SALES_REP', 'T2');

const AS_OF = new Date('2026-02-01T00:00:00Z');

describe('RepDealsReader on PostgreSQL', () => {
  let db: TestDatabase;
  let reader: RepDealsReader;

  beforeAll(async () => {
    db = await createTestDatabase();
    reader = new RepDealsReader(db.dataSource, new AccessService(new OrgDirectory(db.dataSource), db.dataSource));
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North');
      INSERT INTO app_user (user_id, email, display_name, role) VALUES
        ('U-MIA', 'mia@x.test', 'Mia Manager', 'SALES_MANAGER'), ('U-MAX', 'max@x.test', 'Max Manager', 'SALES_MANAGER'),
        ('U-BOSS', 'boss@x.test', 'Bo Boss', 'MANAGEMENT');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MIA'), ('T2', 'North 2', 'R1', 'U-MAX');
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('U-ANA', 'ana@x.test', 'Ana Rep', 'SALES_REP', 'T1'), ('U-CEM', 'cem@x.test', 'Cem Rep', 'SALES_REP', 'T2');
      INSERT INTO deal (deal_id, business_model, rep_id, customer_id, created_at, amount, segment) VALUES
        ('D-QUIET', 'CONSUMER_LOANS', 'U-ANA', 'C1', '2026-01-01T09:00Z', 1000, NULL),
        ('D-LOST-LATER', 'CONSUMER_LOANS', 'U-ANA', 'C2', '2026-01-02T09:00Z', 2000, NULL),
        ('D-NEVER', 'CONSUMER_LOANS', 'U-ANA', 'C3', '2026-01-10T12:00Z', 300.5, NULL),
        ('D-ACTIVE', 'CONSUMER_LOANS', 'U-ANA', 'C4', '2026-01-20T09:00Z', 4000, NULL),
        ('D-WON-LATE', 'CONSUMER_LOANS', 'U-ANA', 'C5', '2025-11-01T09:00Z', 5000, NULL),
        ('D-WON-RECENT', 'CONSUMER_LOANS', 'U-ANA', 'C6', '2025-12-01T09:00Z', 6000, NULL),
        ('D-WON-SME', 'CONSUMER_LOANS', 'U-ANA', 'C7', '2025-12-01T09:00Z', 7000, 'SME'),
        ('D-PAID-MISSING', 'CONSUMER_LOANS', 'U-ANA', 'C8', '2025-10-01T09:00Z', 8000, NULL),
        ('D-PAID-UNKNOWN', 'CONSUMER_LOANS', 'U-ANA', 'C9', '2025-10-01T09:00Z', 9000, NULL),
        ('D-PAID-OK', 'CONSUMER_LOANS', 'U-ANA', 'C10', '2025-10-01T09:00Z', 10000, NULL),
        ('D-PAID-OLD', 'CONSUMER_LOANS', 'U-ANA', 'C11', '2025-06-01T09:00Z', 11000, NULL),
        ('D-PREMIUM-OPEN', 'PREMIUM_FINANCING', 'U-ANA', 'C12', '2026-01-25T09:00Z', 120000, NULL),
        ('D-PREMIUM-WON', 'PREMIUM_FINANCING', 'U-ANA', 'C13', '2025-10-01T09:00Z', 130000, NULL),
        ('D-LATER', 'CONSUMER_LOANS', 'U-ANA', 'C14', '2026-02-05T09:00Z', 14000, NULL),
        ('D-CEM', 'CONSUMER_LOANS', 'U-CEM', 'C15', '2026-01-05T09:00Z', 15000, NULL);
      INSERT INTO stage_event (event_id, deal_id, stage, occurred_at, info_complete) VALUES
        ('E1', 'D-QUIET', 'SUSPECT', '2026-01-01T09:00Z', NULL), ('E2', 'D-QUIET', 'PROSPECT', '2026-01-05T09:00Z', NULL),
        ('E3', 'D-LOST-LATER', 'SUSPECT', '2026-01-02T09:00Z', NULL),
        ('E4', 'D-LOST-LATER', 'LOST', '2026-02-10T09:00Z', NULL),
        ('E5', 'D-ACTIVE', 'SUSPECT', '2026-01-20T09:00Z', NULL),
        ('E6', 'D-ACTIVE', 'OPPORTUNITY', '2026-01-25T09:00Z', NULL),
        ('E7', 'D-WON-LATE', 'WON', '2025-12-01T00:00Z', NULL),
        ('E8', 'D-WON-RECENT', 'WON', '2026-01-20T00:00Z', NULL),
        ('E9', 'D-WON-SME', 'WON', '2026-01-15T00:00Z', NULL),
        ('E10', 'D-PAID-MISSING', 'WON', '2025-10-10T00:00Z', NULL),
        ('E11', 'D-PAID-MISSING', 'ONBOARDED', '2025-11-10T00:00Z', NULL),
        ('E12', 'D-PAID-MISSING', 'PAID_OUT', '2026-01-15T00:00Z', false),
        ('E13', 'D-PAID-UNKNOWN', 'WON', '2025-10-10T00:00Z', NULL),
        ('E14', 'D-PAID-UNKNOWN', 'ONBOARDED', '2025-11-10T00:00Z', NULL),
        ('E15', 'D-PAID-UNKNOWN', 'PAID_OUT', '2026-01-20T00:00Z', NULL),
        ('E16', 'D-PAID-OK', 'WON', '2025-10-10T00:00Z', NULL),
        ('E17', 'D-PAID-OK', 'ONBOARDED', '2025-11-10T00:00Z', NULL),
        ('E18', 'D-PAID-OK', 'PAID_OUT', '2026-01-20T00:00Z', true),
        ('E19', 'D-PAID-OLD', 'WON', '2025-07-01T00:00Z', NULL),
        ('E20', 'D-PAID-OLD', 'ONBOARDED', '2025-08-01T00:00Z', NULL),
        ('E21', 'D-PAID-OLD', 'PAID_OUT', '2025-09-01T00:00Z', false),
        ('E22', 'D-PREMIUM-WON', 'WON', '2025-11-01T00:00Z', NULL);
      INSERT INTO interaction (interaction_id, deal_id, rep_id, touchpoint, direction, occurred_at) VALUES
        ('I1', 'D-QUIET', 'U-ANA', 'PHONE', 'OUTBOUND', '2026-01-10T00:00Z'),
        ('I2', 'D-QUIET', 'U-ANA', 'EMAIL', 'INBOUND', '2026-01-30T00:00Z'),
        ('I3', 'D-ACTIVE', 'U-ANA', 'PHONE', 'OUTBOUND', '2026-01-28T00:00Z'),
        ('I4', 'D-LOST-LATER', 'U-ANA', 'PHONE', 'OUTBOUND', '2026-01-31T00:00Z'),
        ('I5', 'D-LOST-LATER', 'U-ANA', 'PHONE', 'OUTBOUND', '2026-02-09T00:00Z');
      INSERT INTO corridor_policy (business_model, kpi, segment, version, effective_from, acceptable_max, tolerated_max, rationale) VALUES
        ('CONSUMER_LOANS', 'ONBOARDING_DAYS', NULL, 1, '2025-01-01', 35, 45, 'Fast onboarding is the promise'),
        ('CONSUMER_LOANS', 'ONBOARDING_DAYS', NULL, 2, '2026-03-01', 5, 10, 'Not yet in force on asOf'),
        ('CONSUMER_LOANS', 'ONBOARDING_DAYS', 'SME', 1, '2025-01-01', 10, 20, 'Small firms onboard on one form');
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('lists the open deals as they stood at asOf, oldest first, with stage, age and last outbound activity', async () => {
    const deals = await reader.deals(MIA, { repId: 'U-ANA', businessModel: null, asOf: AS_OF });

    expect(deals.rep).toEqual({ id: 'U-ANA', displayName: 'Ana Rep', teamId: 'T1', teamName: 'North 1' });
    expect(deals.openDeals.map((deal) => deal.dealId)).toEqual([
      'D-QUIET',
      'D-LOST-LATER',
      'D-NEVER',
      'D-ACTIVE',
      'D-PREMIUM-OPEN',
    ]);
    expect(deals.openDeals[0]).toEqual({
      dealId: 'D-QUIET',
      customerId: 'C1',
      businessModel: 'CONSUMER_LOANS',
      stage: 'PROSPECT',
      stageSince: new Date('2026-01-05T09:00Z'),
      createdAt: new Date('2026-01-01T09:00Z'),
      ageDays: 30,
      amount: 1000,
      // The customer's own e-mail on 30 January is not the rep's activity.
      lastActivityAt: new Date('2026-01-10T00:00Z'),
    });
    const active = deals.openDeals.find((deal) => deal.dealId === 'D-ACTIVE');
    expect(active).toMatchObject({ stage: 'OPPORTUNITY', ageDays: 11 });
    const never = deals.openDeals.find((deal) => deal.dealId === 'D-NEVER');
    expect(never).toMatchObject({ stage: null, stageSince: null, lastActivityAt: null });
    // Lost only after asOf, and its later activity does not count.
    const lostLater = deals.openDeals.find((deal) => deal.dealId === 'D-LOST-LATER');
    expect(lostLater?.lastActivityAt).toEqual(new Date('2026-01-31T00:00Z'));
    expect(deals.openDealCount).toBe(5);
    expect(deals.openAmount).toBe(1000 + 2000 + 300.5 + 4000 + 120000);
  });

  it('names the deals that need action: overdue onboarding by the corridor in force, payouts with information missing, quiet open deals', async () => {
    const deals = await reader.deals(MIA, { repId: 'U-ANA', businessModel: null, asOf: AS_OF });

    expect(deals.actions.map((action) => [action.dealId, action.reason, action.limitDays])).toEqual([
      // 62 days since WON against 35 (version 1; version 2 is not in force yet)
      ['D-WON-LATE', 'ONBOARDING_OVERDUE', 35],
      // 17 days against the SME segment's own 10; D-WON-RECENT waits 12 of 35 days
      ['D-WON-SME', 'ONBOARDING_OVERDUE', 10],
      ['D-PAID-MISSING', 'PAYOUT_INFO_MISSING', null],
      ['D-PAID-UNKNOWN', 'PAYOUT_INFO_MISSING', null],
      // 22 days since the last outbound call, 21.5 since creation without any; D-PREMIUM-OPEN is 7 days old
      ['D-QUIET', 'NO_RECENT_ACTIVITY', 14],
      ['D-NEVER', 'NO_RECENT_ACTIVITY', 14],
    ]);
    const late = deals.actions[0];
    expect(late.since).toEqual(new Date('2025-12-01T00:00Z'));
    expect(late.days).toBe(62);
    expect(deals.actions.find((action) => action.dealId === 'D-NEVER')?.since).toEqual(new Date('2026-01-10T12:00Z'));
    // Premium has no onboarding corridor: its waiting won deal is not judged, and the answer says so.
    expect(deals.modelsWithoutOnboardingLimit).toEqual(['PREMIUM_FINANCING']);
  });

  it('keeps to one business model when asked', async () => {
    const deals = await reader.deals(BOSS, { repId: 'U-ANA', businessModel: 'PREMIUM_FINANCING', asOf: AS_OF });

    expect(deals.openDeals.map((deal) => deal.dealId)).toEqual(['D-PREMIUM-OPEN']);
    // Its won deal waits without a corridor to judge it, its open one is a week old.
    expect(deals.actions).toEqual([]);
    expect(deals.modelsWithoutOnboardingLimit).toEqual(['PREMIUM_FINANCING']);
  });

  it('lets a rep open their own deals only, and a sales manager only their teams’ reps', async () => {
    await expect(reader.deals(ANA, { repId: 'U-ANA', asOf: AS_OF })).resolves.toMatchObject({ openDealCount: 5 });
    await expect(reader.deals(CEM, { repId: 'U-ANA', asOf: AS_OF })).rejects.toThrow(ForbiddenError);
    await expect(reader.deals(MAX, { repId: 'U-ANA', asOf: AS_OF })).rejects.toThrow(ForbiddenError);
    await expect(reader.deals(MAX, { repId: 'U-CEM', asOf: AS_OF })).resolves.toMatchObject({ openDealCount: 1 });
  });

  it('refuses an unknown rep, a user who is not a rep and an unknown business model with the field named', async () => {
    const refusal = (request: Promise<unknown>) =>
      request.then(
        () => null,
        (error: unknown) =>
          error instanceof ValidationError ? error.issues.map(({ field, message }) => ({ field, message })) : error,
      );

    expect(await refusal(reader.deals(BOSS, { repId: 'U-NOBODY' }))).toEqual([
      { field: 'input.repId', message: "unknown rep 'U-NOBODY'" },
    ]);
    expect(await refusal(reader.deals(BOSS, { repId: 'U-MIA' }))).toEqual([
      { field: 'input.repId', message: "'U-MIA' is not a sales rep (role SALES_MANAGER)" },
    ]);
    expect(await refusal(reader.deals(BOSS, { repId: 'U-ANA', businessModel: 'NO_SUCH_MODEL' }))).toEqual([
      { field: 'input.businessModel', message: "unknown business model 'NO_SUCH_MODEL'" },
    ]);
    expect(await refusal(reader.deals(BOSS, { repId: ' ' }))).toEqual([
      { field: 'input.repId', message: 'is required' },
    ]);
  });
});
