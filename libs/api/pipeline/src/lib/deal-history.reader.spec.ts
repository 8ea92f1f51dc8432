import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError, ValidationError, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { Role } from '@salesdash/shared/domain';
import { DealHistoryReader } from './deal-history.reader';

const viewer = (userId: string, role: Role, teamId: string | null = null): Viewer => ({
  userId,
  email: `${userId}@x.test`,
  displayName: userId,
  role,
  teamId,
});

describe('DealHistoryReader on PostgreSQL', () => {
  let db: TestDatabase;
  let reader: DealHistoryReader;

  beforeAll(async () => {
    db = await createTestDatabase();
    reader = new DealHistoryReader(db.dataSource, new AccessService(new OrgDirectory(db.dataSource), db.dataSource));
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North');
      INSERT INTO app_user (user_id, email, display_name, role) VALUES
        ('U-MIA', 'mia@x.test', 'Mia Manager', 'SALES_MANAGER'), ('U-MAX', 'max@x.test', 'Max Manager', 'SALES_MANAGER');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MIA'), ('T2', 'North 2', 'R1', 'U-MAX');
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('U-ANA', 'ana@x.test', 'Ana Rep', 'SALES_REP', 'T1'), ('U-CEM', 'cem@x.test', 'Cem Rep', 'SALES_REP', 'T2');
      INSERT INTO deal (deal_id, business_model, rep_id, customer_id, created_at, amount, segment, source_touchpoint) VALUES
        ('D1', 'CONSUMER_LOANS', 'U-ANA', 'C1', '2026-01-01T09:00Z', 1234.5, 'SME', 'WEB');
      INSERT INTO stage_event (event_id, deal_id, stage, occurred_at, info_complete) VALUES
        ('E2', 'D1', 'WON', '2026-01-20T09:00Z', NULL), ('E1', 'D1', 'SUSPECT', '2026-01-01T09:00Z', NULL),
        ('E3', 'D1', 'PAID_OUT', '2026-02-01T09:00Z', false);
      INSERT INTO interaction (interaction_id, deal_id, rep_id, touchpoint, direction, occurred_at, response_minutes) VALUES
        ('I2', 'D1', 'U-CEM', 'PHONE', 'INBOUND', '2026-01-05T00:00Z', 90),
        ('I1', 'D1', 'U-ANA', 'EMAIL', 'OUTBOUND', '2026-01-02T00:00Z', NULL);
      INSERT INTO feedback (feedback_id, deal_id, stage, touchpoint, occurred_at, csat, nps, comment) VALUES
        ('F1', 'D1', 'WON', 'PHONE', '2026-01-21T00:00Z', 2, 3, 'slow'),
        ('F2', 'D1', 'PAID_OUT', 'APP', '2026-02-02T00:00Z', 5, NULL, NULL);
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('tells the deal’s story oldest first: events, interactions (with who handled them) and feedback', async () => {
    const history = await reader.history(viewer('U-MIA', 'SALES_MANAGER'), ' D1 ');
    expect(history).toMatchObject({
      dealId: 'D1',
      customerId: 'C1',
      businessModel: 'CONSUMER_LOANS',
      segment: 'SME',
      sourceTouchpoint: 'WEB',
      amount: 1234.5,
      repName: 'Ana Rep',
      teamName: 'North 1',
    });
    expect(history.events.map((event) => [event.stage, event.infoComplete])).toEqual([
      ['SUSPECT', null],
      ['WON', null],
      ['PAID_OUT', false],
    ]);
    expect(history.interactions.map((row) => [row.interactionId, row.repName, row.responseMinutes])).toEqual([
      ['I1', 'Ana Rep', null],
      ['I2', 'Cem Rep', 90],
    ]);
    expect(history.feedback.map((row) => [row.feedbackId, row.csat, row.nps, row.comment])).toEqual([
      ['F1', 2, 3, 'slow'],
      ['F2', 5, null, null],
    ]);
  });

  it('shows a deal only inside the viewer’s rows', async () => {
    await expect(reader.history(viewer('U-ANA', 'SALES_REP', 'T1'), 'D1')).resolves.toMatchObject({ dealId: 'D1' });
    await expect(reader.history(viewer('U-CEM', 'SALES_REP', 'T2'), 'D1')).rejects.toThrow(ForbiddenError);
    await expect(reader.history(viewer('U-MAX', 'SALES_MANAGER'), 'D1')).rejects.toThrow(ForbiddenError);
    await expect(reader.history(viewer('U-BOSS', 'MANAGEMENT'), 'D1')).resolves.toMatchObject({ amount: 1234.5 });
  });

  it('leaves the amount out for a role that sees no KPI in EUR', async () => {
    await expect(reader.history(viewer('U-MK', 'MARKETING'), 'D1')).resolves.toMatchObject({ amount: null });
  });

  it('refuses an empty or unknown deal id on its field', async () => {
    await expect(reader.history(viewer('U-BOSS', 'MANAGEMENT'), ' ')).rejects.toThrow(ValidationError);
    await expect(reader.history(viewer('U-BOSS', 'MANAGEMENT'), 'D404')).rejects.toThrow("dealId: unknown deal 'D404'");
  });
});
