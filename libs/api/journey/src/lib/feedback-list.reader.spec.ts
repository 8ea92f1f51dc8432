import { ForbiddenError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { FeedbackListFields } from './feedback-list.reader';
import { ANA, BOSS, CEM, journeyReaders, MARKETING, MIA, PEOPLE_SQL, refusal } from './testing/journey-fixture';

const MARCH = { from: '2026-03-01', to: '2026-04-01' };
const AS_OF = new Date('2026-05-01T00:00:00Z');

describe('FeedbackListReader on PostgreSQL', () => {
  let db: TestDatabase;
  let readers: ReturnType<typeof journeyReaders>;

  const ids = async (filter: Partial<FeedbackListFields>, who = BOSS) => {
    const page = await readers.feedback.page(who, { ...MARCH, asOf: AS_OF, ...filter });
    return { total: page.total, ids: page.rows.map((row) => row.feedbackId) };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    readers = journeyReaders(db.dataSource);
    await db.dataSource.query(`${PEOPLE_SQL}
      INSERT INTO deal (deal_id, business_model, rep_id, customer_id, created_at, amount) VALUES
        ('R1', 'CONSUMER_LOANS', 'U-ANA', 'C1', '2026-02-15T00:00Z', 1000),
        ('R2', 'CONSUMER_LOANS', 'U-ANA', 'C2', '2026-02-15T00:00Z', 1000),
        ('R3', 'CONSUMER_LOANS', 'U-ANA', 'C3', '2026-02-15T00:00Z', 1000),
        ('R4', 'PREMIUM_FINANCING', 'U-ANA', 'C4', '2026-02-15T00:00Z', 1000),
        ('R5', 'CONSUMER_LOANS', 'U-ANA', 'C5', '2026-02-15T00:00Z', 1000),
        ('R6', 'CONSUMER_LOANS', 'U-ANA', 'C6', '2026-02-15T00:00Z', 1000),
        ('R7', 'CONSUMER_LOANS', 'U-CEM', 'C7', '2026-02-15T00:00Z', 1000);
      INSERT INTO feedback (feedback_id, deal_id, stage, touchpoint, occurred_at, csat, nps, comment) VALUES
        -- recovered after 9 days
        ('F-N1', 'R1', 'ONBOARDED', 'PHONE', '2026-03-01T10:00Z', 1, 0, 'Lästig, zu langsam'),
        ('F-G1', 'R1', 'ONBOARDED', 'PHONE', '2026-03-10T10:00Z', 4, 8, NULL),
        -- recovered exactly 14 days later (counts)
        ('F-N2', 'R2', 'WON', 'EMAIL', '2026-03-02T00:00Z', 2, NULL, NULL),
        ('F-G2', 'R2', 'WON', 'EMAIL', '2026-03-16T00:00Z', 5, 10, '   '),
        -- praise at the same instant does not recover it
        ('F-N3', 'R3', 'PROSPECT', 'WEB', '2026-03-03T00:00Z', 2, 3, '=1+1 kaputt'),
        ('F-G3', 'R3', 'PROSPECT', 'WEB', '2026-03-03T00:00Z', 5, NULL, NULL),
        -- recovered, but 16 days later
        ('F-N4', 'R4', 'PAID_OUT', 'APP', '2026-03-04T00:00Z', 1, NULL, NULL),
        ('F-G4', 'R4', 'PAID_OUT', 'APP', '2026-03-20T00:00Z', 4, NULL, NULL),
        -- recovered only after asOf (and after the period)
        ('F-N5', 'R5', 'SUSPECT', 'PHONE', '2026-03-05T00:00Z', 1, NULL, NULL),
        ('F-G5', 'R5', 'SUSPECT', 'PHONE', '2026-05-10T00:00Z', 4, NULL, NULL),
        -- followed by a 3 only
        ('F-N6', 'R6', 'CHAMPION', 'MEETING', '2026-03-06T00:00Z', 2, NULL, NULL),
        ('F-M6', 'R6', 'CHAMPION', 'MEETING', '2026-03-07T00:00Z', 3, NULL, NULL),
        -- Cem's (team 2)
        ('F-C7', 'R7', 'SUSPECT', 'BRANCH', '2026-03-08T00:00Z', 3, 9, 'Freundlich'),
        -- outside the period on both ends
        ('F-X1', 'R1', 'ONBOARDED', 'PHONE', '2026-02-28T23:59:59Z', 1, NULL, NULL),
        ('F-X2', 'R1', 'ONBOARDED', 'PHONE', '2026-04-01T00:00Z', 1, NULL, NULL);
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('lists the feedback of the period newest first (then by id) with deal, rep, team and recovery', async () => {
    const page = await readers.feedback.page(BOSS, { ...MARCH, asOf: AS_OF });

    expect(page).toMatchObject({ total: 12, offset: 0, limit: 50 });
    expect(page.rows.map((row) => [row.feedbackId, row.recovery])).toEqual([
      ['F-G4', null],
      ['F-G2', null],
      ['F-G1', null],
      ['F-C7', null],
      ['F-M6', null],
      ['F-N6', 'NOT_RECOVERED'],
      ['F-N5', 'NOT_RECOVERED'],
      ['F-N4', 'RECOVERED_LATER'],
      ['F-G3', null],
      ['F-N3', 'NOT_RECOVERED'],
      ['F-N2', 'RECOVERED_WITHIN_14_DAYS'],
      ['F-N1', 'RECOVERED_WITHIN_14_DAYS'],
    ]);
    expect(page.rows[11]).toEqual({
      feedbackId: 'F-N1',
      dealId: 'R1',
      businessModel: 'CONSUMER_LOANS',
      repId: 'U-ANA',
      repName: 'Ana Rep',
      teamName: 'North 1',
      customerId: 'C1',
      stage: 'ONBOARDED',
      touchpoint: 'PHONE',
      occurredAt: new Date('2026-03-01T10:00Z'),
      csat: 1,
      nps: 0,
      comment: 'Lästig, zu langsam',
      recovery: 'RECOVERED_WITHIN_14_DAYS',
      recoveredAt: new Date('2026-03-10T10:00Z'),
    });
    const recovered = Object.fromEntries(page.rows.map((row) => [row.feedbackId, row.recoveredAt]));
    expect(recovered['F-N2']).toEqual(new Date('2026-03-16T00:00Z'));
    expect(recovered['F-N4']).toEqual(new Date('2026-03-20T00:00Z'));
    expect(recovered['F-N3']).toBeNull();
    expect(recovered['F-N5']).toBeNull();
  });

  it('classifies a recovery by asOf: after asOf it is not yet one', async () => {
    const later = await readers.feedback.page(BOSS, {
      ...MARCH,
      asOf: new Date('2026-06-01T00:00:00Z'),
      recovery: ['RECOVERED_LATER'],
    });
    expect(later.rows.map((row) => [row.feedbackId, row.recoveredAt])).toEqual([
      ['F-N5', new Date('2026-05-10T00:00Z')],
      ['F-N4', new Date('2026-03-20T00:00Z')],
    ]);
    // Before its recovery F-N1 was not recovered (9 days before asOf is not 14 days, but nothing followed yet).
    expect(await ids({ asOf: new Date('2026-03-10T09:59:59Z'), recovery: ['NOT_RECOVERED'] })).toEqual({
      total: 6,
      ids: ['F-N6', 'F-N5', 'F-N4', 'F-N3', 'F-N2', 'F-N1'],
    });
  });

  it('filters by recovery (negative feedback only), stage, touchpoint, CSAT range and comment', async () => {
    expect(await ids({ recovery: ['RECOVERED_WITHIN_14_DAYS'] })).toEqual({ total: 2, ids: ['F-N2', 'F-N1'] });
    expect(await ids({ recovery: ['NOT_RECOVERED'] })).toEqual({ total: 3, ids: ['F-N6', 'F-N5', 'F-N3'] });
    expect(await ids({ recovery: ['RECOVERED_LATER', 'RECOVERED_WITHIN_14_DAYS'] })).toEqual({
      total: 3,
      ids: ['F-N4', 'F-N2', 'F-N1'],
    });
    expect(await ids({ stages: ['WON', 'PAID_OUT'] })).toEqual({ total: 4, ids: ['F-G4', 'F-G2', 'F-N4', 'F-N2'] });
    expect(await ids({ touchpoints: ['PHONE'] })).toEqual({ total: 3, ids: ['F-G1', 'F-N5', 'F-N1'] });
    expect(await ids({ csatMin: 4 })).toEqual({ total: 4, ids: ['F-G4', 'F-G2', 'F-G1', 'F-G3'] });
    expect(await ids({ csatMin: 2, csatMax: 3 })).toEqual({
      total: 5,
      ids: ['F-C7', 'F-M6', 'F-N6', 'F-N3', 'F-N2'],
    });
    expect(await ids({ csatMax: 1 })).toEqual({ total: 3, ids: ['F-N5', 'F-N4', 'F-N1'] });
    // A blank comment is no comment.
    expect(await ids({ withComment: true })).toEqual({ total: 3, ids: ['F-C7', 'F-N3', 'F-N1'] });
    expect((await ids({ withComment: false })).total).toBe(9);
    expect(await ids({ businessModels: ['PREMIUM_FINANCING'] })).toEqual({ total: 2, ids: ['F-G4', 'F-N4'] });
    expect(
      await ids({
        stages: ['SUSPECT'],
        touchpoints: ['PHONE', 'BRANCH'],
        recovery: ['NOT_RECOVERED'],
        withComment: false,
      }),
    ).toEqual({ total: 1, ids: ['F-N5'] });
  });

  it('pages on the server: total of all matches, the rows from offset, at most limit', async () => {
    const page = await readers.feedback.page(BOSS, { ...MARCH, asOf: AS_OF, offset: 3, limit: 4 });
    expect([page.total, page.offset, page.limit]).toEqual([12, 3, 4]);
    expect(page.rows.map((row) => row.feedbackId)).toEqual(['F-C7', 'F-M6', 'F-N6', 'F-N5']);
    expect(await ids({ offset: 10, limit: 5 })).toEqual({ total: 12, ids: ['F-N2', 'F-N1'] });
    expect(await ids({ offset: 12 })).toEqual({ total: 12, ids: [] });
  });

  it("keeps to the caller's rows", async () => {
    expect(await ids({}, CEM)).toEqual({ total: 1, ids: ['F-C7'] });
    const own = await readers.feedback.page(CEM, { ...MARCH, asOf: AS_OF });
    expect(own.rows[0]).toMatchObject({ repName: 'Cem Rep', teamName: 'North 2', nps: 9, comment: 'Freundlich' });
    expect((await ids({}, MIA)).total).toBe(11);
    expect((await ids({}, MARKETING)).total).toBe(12);
    await expect(readers.feedback.page(ANA, { ...MARCH, scope: { type: 'TEAM', id: 'T2' } })).rejects.toThrow(
      ForbiddenError,
    );
  });

  it('needs CSAT: a role without it is refused', async () => {
    await db.dataSource.query(`DELETE FROM kpi_responsibility WHERE role = 'SALES_REP' AND kpi = 'CSAT'`);
    try {
      await expect(readers.feedback.page(ANA, MARCH)).rejects.toThrow('The role SALES_REP may not see CSAT');
    } finally {
      await db.dataSource.query(`INSERT INTO kpi_responsibility (role, kpi) VALUES ('SALES_REP', 'CSAT')`);
    }
  });

  it('exports every match, and refuses what the GraphQL page refuses with the same fields', async () => {
    const all = await readers.feedback.all(BOSS, { ...MARCH, asOf: AS_OF, csatMax: 2 });
    expect(all.rows.map((row) => row.feedbackId)).toEqual(['F-N6', 'F-N5', 'F-N4', 'F-N3', 'F-N2', 'F-N1']);
    expect(await refusal(readers.feedback.all(BOSS, { ...MARCH, stages: [] }))).toEqual([
      { field: 'input.stages', message: 'name at least one stage, or leave it out for all' },
    ]);
  });

  it('names the field of every bad filter', async () => {
    expect(
      await refusal(
        readers.feedback.page(BOSS, {
          ...MARCH,
          csatMin: 0,
          csatMax: 6,
          offset: -1,
          limit: 201,
          stages: ['NOWHERE'],
          touchpoints: [],
          recovery: ['SOMEDAY'],
        }),
      ),
    ).toEqual([
      { field: 'filter.csatMin', message: 'must be a whole number from 1 to 5 (got 0)' },
      { field: 'filter.csatMax', message: 'must be a whole number from 1 to 5 (got 6)' },
      { field: 'filter.stages', message: "unknown stage 'NOWHERE'" },
      { field: 'filter.touchpoints', message: 'name at least one touchpoint, or leave it out for all' },
      { field: 'filter.recovery', message: "unknown recovery 'SOMEDAY'" },
      { field: 'filter.offset', message: `must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got -1)` },
      { field: 'filter.limit', message: 'must be a whole number from 1 to 200 (got 201)' },
    ]);
    expect(await refusal(readers.feedback.page(BOSS, { ...MARCH, csatMin: 4, csatMax: 3, limit: 0 }))).toEqual([
      { field: 'filter.csatMax', message: 'must be at least csatMin (4), got 3' },
      { field: 'filter.limit', message: 'must be a whole number from 1 to 200 (got 0)' },
    ]);
  });

  it('refuses an export of more than 100,000 rows with the reason, and answers 100,000', async () => {
    await db.dataSource.query(`
      INSERT INTO deal (deal_id, business_model, rep_id, customer_id, created_at, amount)
        VALUES ('BULK', 'CONSUMER_LOANS', 'U-ANA', 'C-BULK', '2027-01-01T00:00Z', 1);
      INSERT INTO feedback (feedback_id, deal_id, stage, touchpoint, occurred_at, csat)
        SELECT 'BULK-' || n, 'BULK', 'WON', 'WEB', timestamptz '2027-01-01' + n * interval '1 second',
               CASE WHEN n = 1 THEN 4 ELSE 3 END
        FROM generate_series(1, 100001) AS n;`);
    const year = { from: '2027-01-01', to: '2028-01-01' };
    expect(await refusal(readers.feedback.all(BOSS, year))).toEqual([
      {
        field: 'input.to',
        message:
          'the export would hold 100001 feedback rows, at most 100000 are allowed: choose a shorter period or narrow the filters',
      },
    ]);
    // Without the one 4: exactly the maximum, newest first.
    const rows = (await readers.feedback.all(BOSS, { ...year, csatMax: 3 })).rows;
    expect(rows).toHaveLength(100000);
    expect([rows[0].feedbackId, rows[99999].feedbackId]).toEqual(['BULK-100001', 'BULK-2']);
    // Writes and reads 100,001 rows: seconds on a busy 2-core machine, beyond Jest's default 5 s.
  }, 60_000);
});
