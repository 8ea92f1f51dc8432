import { ForbiddenError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { FunnelModelType } from './journey.types';
import { BOSS, CEM, journeyReaders, MARKETING, MAX, MIA, PEOPLE_SQL, refusal } from './testing/journey-fixture';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const AS_OF = new Date('2026-03-01T00:00:00Z');

/** A model's stages as [stage, reached, conversionToNext, medianDaysToNext, daysToNextCount, lostHere, stillOpenHere]. */
function table(model: FunnelModelType | undefined) {
  return model?.stages.map((s) => [
    s.stage,
    s.reached,
    s.conversionToNext,
    s.medianDaysToNext,
    s.daysToNextCount,
    s.lostHere,
    s.stillOpenHere,
  ]);
}

describe('FunnelReader on PostgreSQL', () => {
  let db: TestDatabase;
  let readers: ReturnType<typeof journeyReaders>;

  beforeAll(async () => {
    db = await createTestDatabase();
    readers = journeyReaders(db.dataSource);
    await db.dataSource.query(`${PEOPLE_SQL}
      INSERT INTO deal (deal_id, business_model, rep_id, customer_id, created_at, amount) VALUES
        -- the whole way, and defaulted
        ('D1', 'CONSUMER_LOANS', 'U-ANA', 'C1', '2026-01-01T00:00Z', 1000),
        -- lost after PROSPECT
        ('D2', 'CONSUMER_LOANS', 'U-ANA', 'C2', '2026-01-03T00:00Z', 1000),
        -- straight to OPPORTUNITY (PROSPECT and CHAMPION never recorded), open
        ('D3', 'CONSUMER_LOANS', 'U-ANA', 'C3', '2026-01-05T00:00Z', 1000),
        -- PROSPECT; its CHAMPION lies after asOf
        ('D4', 'CONSUMER_LOANS', 'U-ANA', 'C4', '2026-01-10T00:00Z', 1000),
        -- no event at all: open at SUSPECT
        ('D5', 'CONSUMER_LOANS', 'U-CEM', 'C5', '2026-01-15T00:00Z', 1000),
        -- lost straight away
        ('D6', 'CONSUMER_LOANS', 'U-CEM', 'C6', '2026-01-20T00:00Z', 1000),
        -- created in the last hour of January, lost after CHAMPION in February
        ('D7', 'CONSUMER_LOANS', 'U-ANA', 'C7', '2026-01-31T23:00Z', 1000),
        -- created when the period has ended, and just before it began: not in the cohort
        ('D8', 'CONSUMER_LOANS', 'U-ANA', 'C8', '2026-02-01T00:00Z', 1000),
        ('D9', 'CONSUMER_LOANS', 'U-ANA', 'C9', '2025-12-31T23:59Z', 1000),
        -- PROSPECT after 8 hours, open
        ('D11', 'CONSUMER_LOANS', 'U-CEM', 'C11', '2026-01-12T00:00Z', 1000),
        -- premium financing has no deal created in January
        ('P1', 'PREMIUM_FINANCING', 'U-ANA', 'C12', '2026-02-05T00:00Z', 50000);
      INSERT INTO stage_event (event_id, deal_id, stage, occurred_at) VALUES
        ('E1-1', 'D1', 'SUSPECT', '2026-01-01T00:00Z'),
        ('E1-2', 'D1', 'PROSPECT', '2026-01-02T03:00Z'),
        ('E1-3', 'D1', 'CHAMPION', '2026-01-04T12:00Z'),
        ('E1-4', 'D1', 'OPPORTUNITY', '2026-01-05T00:00Z'),
        ('E1-5', 'D1', 'WON', '2026-01-10T00:00Z'),
        ('E1-6', 'D1', 'ONBOARDED', '2026-01-20T00:00Z'),
        ('E1-7', 'D1', 'PAID_OUT', '2026-01-25T00:00Z'),
        ('E1-8', 'D1', 'DEFAULTED', '2026-02-20T00:00Z'),
        ('E2-1', 'D2', 'PROSPECT', '2026-01-05T06:00Z'),
        ('E2-2', 'D2', 'LOST', '2026-01-08T00:00Z'),
        ('E3-1', 'D3', 'OPPORTUNITY', '2026-01-09T00:00Z'),
        ('E4-1', 'D4', 'PROSPECT', '2026-01-11T12:00Z'),
        ('E4-2', 'D4', 'CHAMPION', '2026-03-05T00:00Z'),
        ('E6-1', 'D6', 'LOST', '2026-01-21T00:00Z'),
        ('E7-1', 'D7', 'PROSPECT', '2026-02-01T05:00Z'),
        ('E7-2', 'D7', 'CHAMPION', '2026-02-02T05:00Z'),
        ('E7-3', 'D7', 'LOST', '2026-02-10T00:00Z'),
        ('E8-1', 'D8', 'PROSPECT', '2026-02-02T00:00Z'),
        ('E9-1', 'D9', 'PROSPECT', '2026-01-02T00:00Z'),
        ('E11-1', 'D11', 'PROSPECT', '2026-01-12T08:00Z');
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('counts the cohort along the main path, skipped stages included, with conversions, medians, losses and open deals', async () => {
    const { models } = await readers.funnels.funnel(BOSS, { ...JANUARY, asOf: AS_OF });

    const loans = models.find((model) => model.businessModel === 'CONSUMER_LOANS');
    // D1, D2, D3, D4, D5, D6, D7, D11; lost D2, D6, D7; D1 defaulted.
    expect(loans).toMatchObject({ cohortSize: 8, lostCount: 3, defaultedCount: 1 });
    expect(table(loans)).toEqual([
      // SUSPECT → PROSPECT: D1 1.125, D2 2.25, D4 1.5, D7 0.25, D11 1/3 day → median of 5 = 1.125.
      // Reached PROSPECT: D1, D2, D3 (by its OPPORTUNITY), D4, D7, D11 = 6 of 8.
      ['SUSPECT', 8, 6 / 8, 1.125, 5, 1, 1],
      // PROSPECT → CHAMPION: D1 2.375, D7 1 (D4's CHAMPION lies after asOf) → (2.375 + 1) / 2.
      ['PROSPECT', 6, 3 / 6, 1.6875, 2, 1, 2],
      // D3 reached CHAMPION by its OPPORTUNITY, but has no CHAMPION instant for the median.
      ['CHAMPION', 3, 2 / 3, 0.5, 1, 1, 0],
      ['OPPORTUNITY', 2, 1 / 2, 5, 1, 0, 1],
      ['WON', 1, 1, 10, 1, 0, 0],
      ['ONBOARDED', 1, 1, 5, 1, 0, 0],
      ['PAID_OUT', 1, null, null, 0, 0, 0],
    ]);
    // No deal vanishes: each stage's deals went on, were lost there, or wait there.
    const stages = loans?.stages ?? [];
    for (let index = 0; index < 4; index++) {
      expect(stages[index].reached).toBe(
        stages[index + 1].reached + stages[index].lostHere + stages[index].stillOpenHere,
      );
    }
  });

  it('answers a model without cohort deals with zeros and nulls, in catalogue order', async () => {
    const { models } = await readers.funnels.funnel(BOSS, { ...JANUARY, asOf: AS_OF });

    expect(models.map((model) => model.businessModel)).toEqual(['CONSUMER_LOANS', 'PREMIUM_FINANCING']);
    expect(models[1]).toMatchObject({ cohortSize: 0, lostCount: 0, defaultedCount: 0 });
    expect(table(models[1])).toEqual(
      ['SUSPECT', 'PROSPECT', 'CHAMPION', 'OPPORTUNITY', 'WON', 'ONBOARDED', 'PAID_OUT'].map((stage) => [
        stage,
        0,
        null,
        null,
        0,
        0,
        0,
      ]),
    );
  });

  it('reads the cohort as it stood at a past asOf (an event at asOf counts)', async () => {
    const { models } = await readers.funnels.funnel(MARKETING, {
      ...JANUARY,
      asOf: new Date('2026-01-09T00:00:00Z'),
      businessModels: ['CONSUMER_LOANS'],
    });

    expect(models).toHaveLength(1);
    // D4, D7 and D11 were created after asOf: in the cohort (created in the period), at SUSPECT.
    expect(models[0]).toMatchObject({ cohortSize: 8, lostCount: 1, defaultedCount: 0 });
    expect(table(models[0])).toEqual([
      // D1 1.125 and D2 2.25 days to PROSPECT; D3 reached PROSPECT by its OPPORTUNITY at asOf itself.
      ['SUSPECT', 8, 3 / 8, 1.6875, 2, 0, 5],
      ['PROSPECT', 3, 2 / 3, 2.375, 1, 1, 0],
      ['CHAMPION', 2, 1, 0.5, 1, 0, 0],
      ['OPPORTUNITY', 2, 0, null, 0, 0, 2],
      ['WON', 0, null, null, 0, 0, 0],
      ['ONBOARDED', 0, null, null, 0, 0, 0],
      ['PAID_OUT', 0, null, null, 0, 0, 0],
    ]);
  });

  it("keeps to the caller's rows: a rep their own deals, a manager their team", async () => {
    const own = await readers.funnels.funnel(CEM, { ...JANUARY, asOf: AS_OF, businessModels: ['CONSUMER_LOANS'] });
    // D5 (open), D6 (lost), D11 (PROSPECT).
    expect(own.models[0]).toMatchObject({ cohortSize: 3, lostCount: 1 });
    expect(own.models[0].stages.slice(0, 2).map((s) => [s.reached, s.lostHere, s.stillOpenHere])).toEqual([
      [3, 1, 1],
      [1, 0, 1],
    ]);

    const team = await readers.funnels.funnel(MIA, { ...JANUARY, asOf: AS_OF, businessModels: ['CONSUMER_LOANS'] });
    expect(team.models[0].cohortSize).toBe(5);
    await expect(
      readers.funnels.funnel(MAX, { ...JANUARY, asOf: AS_OF, scope: { type: 'TEAM', id: 'T1' } }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      readers.funnels.funnel(CEM, { ...JANUARY, asOf: AS_OF, scope: { type: 'REP', id: 'U-ANA' } }),
    ).rejects.toThrow(ForbiddenError);
  });

  it('refuses a role that may not see the lead KPIs', async () => {
    await db.dataSource.query(
      `DELETE FROM kpi_responsibility WHERE role = 'MARKETING' AND kpi = 'LEAD_CONVERSION_RATE'`,
    );
    try {
      await expect(readers.funnels.funnel(MARKETING, { ...JANUARY, asOf: AS_OF })).rejects.toThrow(
        'The role MARKETING may not see LEAD_CONVERSION_RATE',
      );
    } finally {
      await db.dataSource.query(
        `INSERT INTO kpi_responsibility (role, kpi) VALUES ('MARKETING', 'LEAD_CONVERSION_RATE')`,
      );
    }
  });

  it('names every problem of the filter with its field', async () => {
    expect(
      await refusal(readers.funnels.funnel(BOSS, { from: '2026-02-01', to: '2026-01-01', businessModels: ['NOPE'] })),
    ).toEqual([
      { field: 'filter.to', message: 'to (2026-01-01) must be after from (2026-02-01)' },
      { field: 'filter.businessModels', message: "unknown business model 'NOPE'" },
    ]);
    expect(await refusal(readers.funnels.funnel(BOSS, { from: '2020-01-01', to: '2026-01-02' }))).toEqual([
      { field: 'filter.to', message: 'a period may span at most 5 years' },
    ]);
    expect(
      await refusal(readers.funnels.funnel(BOSS, { from: '2026-02-30', to: 'soon', businessModels: [] }, 'input')),
    ).toEqual([
      { field: 'input.from', message: "must be a date YYYY-MM-DD (got '2026-02-30')" },
      { field: 'input.to', message: "must be a date YYYY-MM-DD (got 'soon')" },
      {
        field: 'input.businessModels',
        message: 'name at least one business model, or leave businessModels out for all',
      },
    ]);
    expect(await refusal(readers.funnels.funnel(BOSS, { ...JANUARY, scope: { type: 'TEAM' } }))).toEqual([
      { field: 'filter.scope.id', message: 'a TEAM scope needs the id of a team' },
    ]);
  });
});
