import { ForbiddenError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { MomentReadCell } from './moment-heatmap.reader';
import { momentCell } from './moment-heatmap.reader';
import {
  ANA,
  BOSS,
  CEM,
  CONTROLLING,
  journeyReaders,
  MARKETING,
  MAX,
  MIA,
  PEOPLE_SQL,
  refusal,
} from './testing/journey-fixture';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };

/** Feedback rows: id, deal, stage, touchpoint, instant, csat. */
function feedback(rows: [string, string, string, string, string, number][]): string {
  return `INSERT INTO feedback (feedback_id, deal_id, stage, touchpoint, occurred_at, csat) VALUES ${rows
    .map((row) => `('${row.slice(0, 5).join("', '")}', ${row[5]})`)
    .join(', ')};`;
}

/** A cell as [model/stage/touchpoint, responses, csatMean, negativeCount, negativeRate, previous figures or null]. */
function cellRow(cell: MomentReadCell) {
  const figures = momentCell(cell);
  return [
    `${cell.businessModel}/${cell.stage}/${cell.touchpoint}`,
    figures.responses,
    figures.csatMean,
    figures.negativeCount,
    figures.negativeRate,
    figures.previous && [
      figures.previous.responses,
      figures.previous.csatMean,
      figures.previous.negativeCount,
      figures.previous.negativeRate,
    ],
  ];
}

describe('moments: heatmap, weakest moments and the flags of moments that matter, on PostgreSQL', () => {
  let db: TestDatabase;
  let readers: ReturnType<typeof journeyReaders>;

  const audits = (): Promise<
    { action: string; entity_id: string; actor_user_id: string; before: unknown; after: unknown; reason: string }[]
  > =>
    db.dataSource.query(
      `SELECT action, entity_id, actor_user_id, before, after, reason FROM audit_log WHERE entity_type = 'moment' ORDER BY audit_id`,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    readers = journeyReaders(db.dataSource);
    await db.dataSource.query(`${PEOPLE_SQL}
      INSERT INTO deal (deal_id, business_model, rep_id, customer_id, created_at, amount) VALUES
        ('D0', 'CONSUMER_LOANS', 'U-ANA', 'C0', '2025-11-01T00:00Z', 1000),
        ('D1', 'CONSUMER_LOANS', 'U-ANA', 'C1', '2025-11-01T00:00Z', 1000),
        ('D5', 'CONSUMER_LOANS', 'U-CEM', 'C5', '2025-11-01T00:00Z', 1000),
        ('P1', 'PREMIUM_FINANCING', 'U-ANA', 'C12', '2025-11-01T00:00Z', 50000);
      ${feedback([
        // ONBOARDED × PHONE: 1, 2, 5, 4 — the first at the period's first instant
        ['A1', 'D1', 'ONBOARDED', 'PHONE', '2026-01-01T00:00Z', 1],
        ['A2', 'D1', 'ONBOARDED', 'PHONE', '2026-01-05T00:00Z', 2],
        ['A3', 'D1', 'ONBOARDED', 'PHONE', '2026-01-06T00:00Z', 5],
        ['A4', 'D1', 'ONBOARDED', 'PHONE', '2026-01-31T23:59:59.999Z', 4],
        // the period's end is exclusive
        ['A5', 'D1', 'ONBOARDED', 'PHONE', '2026-02-01T00:00Z', 1],
        // WON × EMAIL: 3, 3, 2
        ['B1', 'D1', 'WON', 'EMAIL', '2026-01-10T00:00Z', 3],
        ['B2', 'D1', 'WON', 'EMAIL', '2026-01-11T00:00Z', 3],
        ['B3', 'D1', 'WON', 'EMAIL', '2026-01-12T00:00Z', 2],
        // PROSPECT × WEB: 5, 4, 4, 1
        ['C1', 'D1', 'PROSPECT', 'WEB', '2026-01-02T00:00Z', 5],
        ['C2', 'D1', 'PROSPECT', 'WEB', '2026-01-03T00:00Z', 4],
        ['C3', 'D1', 'PROSPECT', 'WEB', '2026-01-04T00:00Z', 4],
        ['C4', 'D1', 'PROSPECT', 'WEB', '2026-01-05T00:00Z', 1],
        // three moments of two answers, mean 3: SUSPECT × WEB, SUSPECT × EMAIL, CHAMPION × WEB
        ['D1', 'D1', 'SUSPECT', 'WEB', '2026-01-07T00:00Z', 2],
        ['D2', 'D1', 'SUSPECT', 'WEB', '2026-01-08T00:00Z', 4],
        ['H1', 'D1', 'SUSPECT', 'EMAIL', '2026-01-07T00:00Z', 4],
        ['H2', 'D1', 'SUSPECT', 'EMAIL', '2026-01-08T00:00Z', 2],
        ['G1', 'D1', 'CHAMPION', 'WEB', '2026-01-09T00:00Z', 2],
        ['G2', 'D1', 'CHAMPION', 'WEB', '2026-01-09T00:00Z', 4],
        // Cem's (team 2) SUSPECT × APP
        ['I1', 'D5', 'SUSPECT', 'APP', '2026-01-15T00:00Z', 3],
        // premium WON × MEETING
        ['E1', 'P1', 'WON', 'MEETING', '2026-01-20T00:00Z', 5],
        // December, the previous period: ONBOARDED × PHONE 2, 4; PROSPECT × WEB 5, 5; LOST × PHONE 1 (not in January)
        ['PA1', 'D0', 'ONBOARDED', 'PHONE', '2025-12-01T00:00Z', 2],
        ['PA2', 'D0', 'ONBOARDED', 'PHONE', '2025-12-31T23:00Z', 4],
        ['PC1', 'D0', 'PROSPECT', 'WEB', '2025-12-10T00:00Z', 5],
        ['PC2', 'D0', 'PROSPECT', 'WEB', '2025-12-11T00:00Z', 5],
        ['PF1', 'D0', 'LOST', 'PHONE', '2025-12-12T00:00Z', 1],
        // November is before the previous period
        ['PX1', 'D0', 'WON', 'EMAIL', '2025-11-30T23:59Z', 5],
      ])}
    `);
  });

  afterAll(async () => {
    await db.drop();
  });

  describe('the heatmap', () => {
    it('has a cell per moment with feedback in the period, with the previous period’s figures', async () => {
      const read = await readers.moments.read(BOSS, JANUARY);

      expect(read.previous).toEqual({ from: '2025-12-01', to: '2026-01-01' });
      expect(read.cells.map(cellRow)).toEqual([
        ['CONSUMER_LOANS/SUSPECT/WEB', 2, 3, 1, 0.5, null],
        ['CONSUMER_LOANS/SUSPECT/EMAIL', 2, 3, 1, 0.5, null],
        ['CONSUMER_LOANS/SUSPECT/APP', 1, 3, 0, 0, null],
        ['CONSUMER_LOANS/PROSPECT/WEB', 4, 3.5, 1, 0.25, [2, 5, 0, 0]],
        ['CONSUMER_LOANS/CHAMPION/WEB', 2, 3, 1, 0.5, null],
        ['CONSUMER_LOANS/WON/EMAIL', 3, 8 / 3, 1, 1 / 3, null],
        ['CONSUMER_LOANS/ONBOARDED/PHONE', 4, 3, 2, 0.5, [2, 3, 1, 0.5]],
        ['PREMIUM_FINANCING/WON/MEETING', 1, 5, 0, 0, null],
      ]);
      expect(read.cells.every((cell) => cell.flag === null)).toBe(true);
    });

    it("keeps to the caller's rows and models", async () => {
      const team = await readers.moments.read(MIA, { ...JANUARY, businessModels: ['CONSUMER_LOANS'] });
      expect(team.cells.map((cell) => `${cell.stage}/${cell.touchpoint}`)).toEqual([
        'SUSPECT/WEB',
        'SUSPECT/EMAIL',
        'PROSPECT/WEB',
        'CHAMPION/WEB',
        'WON/EMAIL',
        'ONBOARDED/PHONE',
      ]);
      const other = await readers.moments.read(MAX, JANUARY);
      expect(other.cells.map(cellRow)).toEqual([['CONSUMER_LOANS/SUSPECT/APP', 1, 3, 0, 0, null]]);
      await expect(readers.moments.read(MAX, { ...JANUARY, scope: { type: 'TEAM', id: 'T1' } })).rejects.toThrow(
        ForbiddenError,
      );
    });

    it('needs CSAT and NEGATIVE_MOMENT_RATE: a rep (without NEGATIVE_MOMENT_RATE) is refused', async () => {
      await expect(readers.moments.read(ANA, JANUARY)).rejects.toThrow('may not see NEGATIVE_MOMENT_RATE');
      await expect(readers.moments.weakest(CEM, JANUARY)).rejects.toThrow(ForbiddenError);
    });

    it('compares whole months with the months before, other periods with as many days before', async () => {
      const quarter = await readers.moments.read(BOSS, { from: '2026-01-01', to: '2026-04-01' });
      expect(quarter.previous).toEqual({ from: '2025-10-01', to: '2026-01-01' });
      const days = await readers.moments.read(BOSS, { from: '2026-01-05', to: '2026-01-08' });
      expect(days.previous).toEqual({ from: '2026-01-02', to: '2026-01-05' });
      // 5–7 January; 2–4 January before: PROSPECT × WEB 5, 4, 4 then; 1 now.
      expect(days.cells.map(cellRow)).toEqual([
        ['CONSUMER_LOANS/SUSPECT/WEB', 1, 2, 1, 1, null],
        ['CONSUMER_LOANS/SUSPECT/EMAIL', 1, 4, 0, 0, null],
        ['CONSUMER_LOANS/PROSPECT/WEB', 1, 1, 1, 1, [3, 13 / 3, 0, 0]],
        ['CONSUMER_LOANS/ONBOARDED/PHONE', 2, 3.5, 1, 0.5, null],
      ]);
    });
  });

  describe('the weakest moments', () => {
    const ranking = async (filter: object) =>
      (await readers.moments.weakest(BOSS, { ...JANUARY, ...filter })).map(
        (moment) => `${moment.rank} ${moment.stage}/${moment.touchpoint}`,
      );

    it('ranks by the lowest CSAT among the moments with enough responses; ties by more responses, stage, touchpoint', async () => {
      expect(await ranking({ minResponses: 3 })).toEqual(['1 WON/EMAIL', '2 ONBOARDED/PHONE', '3 PROSPECT/WEB']);
      // Mean 3 four times: ONBOARDED × PHONE has 4 answers, then SUSPECT (WEB before EMAIL), then CHAMPION.
      expect(await ranking({ minResponses: 2 })).toEqual([
        '1 WON/EMAIL',
        '2 ONBOARDED/PHONE',
        '3 SUSPECT/WEB',
        '4 SUSPECT/EMAIL',
        '5 CHAMPION/WEB',
        '6 PROSPECT/WEB',
      ]);
      expect(await ranking({ minResponses: 2, limit: 4 })).toHaveLength(4);
      // The default minimum is 10 responses.
      expect(await ranking({})).toEqual([]);
    });

    it('ranks by the highest negative rate when asked', async () => {
      expect(await ranking({ minResponses: 2, rankBy: 'NEGATIVE_RATE' })).toEqual([
        '1 ONBOARDED/PHONE',
        '2 SUSPECT/WEB',
        '3 SUSPECT/EMAIL',
        '4 CHAMPION/WEB',
        '5 WON/EMAIL',
        '6 PROSPECT/WEB',
      ]);
    });

    it('gives the figures now and before, and the change (null without a previous figure)', async () => {
      const moments = await readers.moments.weakest(BOSS, { ...JANUARY, minResponses: 3 });
      expect(
        moments.map((m) => [m.stage, m.csatMean, m.previous?.csatMean ?? null, m.csatChange, m.negativeRateChange]),
      ).toEqual([
        ['WON', 8 / 3, null, null, null],
        ['ONBOARDED', 3, 3, 0, 0],
        ['PROSPECT', 3.5, 5, -1.5, 0.25],
      ]);
    });

    it('names the field of each bad ranking option', async () => {
      expect(await refusal(readers.moments.weakest(BOSS, { ...JANUARY, minResponses: 0, limit: 101 }))).toEqual([
        { field: 'filter.minResponses', message: 'must be a whole number from 1 to 10000 (got 0)' },
        { field: 'filter.limit', message: 'must be a whole number from 1 to 100 (got 101)' },
      ]);
      expect(await refusal(readers.moments.weakest(BOSS, { ...JANUARY, minResponses: 10001, limit: 0 }))).toEqual([
        { field: 'filter.minResponses', message: 'must be a whole number from 1 to 10000 (got 10001)' },
        { field: 'filter.limit', message: 'must be a whole number from 1 to 100 (got 0)' },
      ]);
    });
  });

  describe('the flags of moments that matter', () => {
    const moment = { businessModel: 'CONSUMER_LOANS', stage: 'ONBOARDED', touchpoint: 'PHONE' } as const;

    it('flags a moment, changes its reason, shows it in the heatmap and the list, and removes it — each audited', async () => {
      const flagged = await readers.flags.flag(MARKETING, { ...moment, reason: '  The welcome call decides  ' });
      expect(flagged).toMatchObject({
        ...moment,
        reason: 'The welcome call decides',
        flaggedBy: 'U-MKT',
        flaggedByName: 'Mo Marketing',
      });

      const changed = await readers.flags.flag(CONTROLLING, { ...moment, reason: 'Defaults start here' });
      expect(changed).toMatchObject({ reason: 'Defaults start here', flaggedBy: 'U-CTRL' });
      expect(await readers.flags.list(null)).toEqual([
        {
          ...moment,
          reason: 'Defaults start here',
          flaggedBy: 'U-CTRL',
          flaggedByName: 'Cleo Controlling',
          flaggedAt: changed.flaggedAt,
        },
      ]);
      expect(await readers.flags.list(['PREMIUM_FINANCING'])).toEqual([]);
      const cell = (await readers.moments.read(BOSS, JANUARY)).cells.find((c) => c.stage === 'ONBOARDED');
      expect(cell?.flag).toMatchObject({ reason: 'Defaults start here', flaggedByName: 'Cleo Controlling' });

      const removed = await readers.flags.unflag(MARKETING, { ...moment, reason: 'Handled by the new script' });
      expect(removed).toMatchObject({ reason: 'Defaults start here', flaggedBy: 'U-CTRL' });
      expect(await readers.flags.list(null)).toEqual([]);

      const entries = await audits();
      expect(entries.map((entry) => [entry.action, entry.entity_id, entry.actor_user_id, entry.reason])).toEqual([
        ['moment.flag', 'CONSUMER_LOANS/ONBOARDED/PHONE', 'U-MKT', 'The welcome call decides'],
        ['moment.flag', 'CONSUMER_LOANS/ONBOARDED/PHONE', 'U-CTRL', 'Defaults start here'],
        ['moment.unflag', 'CONSUMER_LOANS/ONBOARDED/PHONE', 'U-MKT', 'Handled by the new script'],
      ]);
      expect(entries[0].before).toBeNull();
      expect(entries[0].after).toEqual({
        reason: 'The welcome call decides',
        flaggedBy: 'U-MKT',
        flaggedAt: flagged.flaggedAt.toISOString(),
      });
      expect(entries[1].before).toEqual(entries[0].after);
      expect(entries[1].after).toMatchObject({ reason: 'Defaults start here', flaggedBy: 'U-CTRL' });
      expect(entries[2].before).toEqual(entries[1].after);
      expect(entries[2].after).toBeNull();
    });

    it('refuses bad input and a moment without a flag, and writes nothing then', async () => {
      await db.dataSource.query(`DELETE FROM audit_log WHERE entity_type = 'moment'`);
      expect(
        await refusal(readers.flags.flag(MARKETING, { ...moment, businessModel: 'no model', reason: ' ab ' })),
      ).toEqual([
        {
          field: 'input.businessModel',
          message: "must be 2–64 capital letters, digits or _ starting with a letter (got 'no model')",
        },
        { field: 'input.reason', message: 'must be at least 3 characters (got 2)' },
      ]);
      expect(await refusal(readers.flags.flag(MARKETING, { ...moment, reason: 'x'.repeat(501) }))).toEqual([
        { field: 'input.reason', message: 'must be at most 500 characters (got 501)' },
      ]);
      expect(
        await refusal(
          readers.flags.flag(MARKETING, {
            ...moment,
            stage: 'NOWHERE' as never,
            touchpoint: 'FAX' as never,
            reason: 'Why not',
          }),
        ),
      ).toEqual([
        { field: 'input.stage', message: "must be a journey stage (got 'NOWHERE')" },
        { field: 'input.touchpoint', message: "must be a touchpoint (got 'FAX')" },
      ]);
      expect(
        await refusal(readers.flags.flag(MARKETING, { ...moment, businessModel: 'NO_SUCH_MODEL', reason: 'Why not' })),
      ).toEqual([{ field: 'input.businessModel', message: "unknown business model 'NO_SUCH_MODEL'" }]);
      const message = 'CONSUMER_LOANS has no flag on WON × EMAIL';
      expect(
        await refusal(
          readers.flags.unflag(MARKETING, { ...moment, stage: 'WON', touchpoint: 'EMAIL', reason: 'Gone' }),
        ),
      ).toEqual([
        { field: 'input.stage', message },
        { field: 'input.touchpoint', message },
      ]);
      expect(await refusal(readers.flags.list(['NOPE']))).toEqual([
        { field: 'businessModels', message: "unknown business model 'NOPE'" },
      ]);
      expect(await audits()).toEqual([]);
      expect(await db.dataSource.query('SELECT * FROM moment_flag')).toEqual([]);
    });

    it('lets concurrent flags of one new moment all succeed, one creating it and each audited after the one before', async () => {
      await db.dataSource.query(`DELETE FROM audit_log WHERE entity_type = 'moment'`);
      const terminal = { businessModel: 'PREMIUM_FINANCING', stage: 'DEFAULTED', touchpoint: 'BRANCH' } as const;
      await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          readers.flags.flag(n % 2 ? MARKETING : CONTROLLING, { ...terminal, reason: `Reason ${n}` }),
        ),
      );
      const entries = await audits();
      expect(entries).toHaveLength(5);
      expect(entries.filter((entry) => entry.before === null)).toHaveLength(1);
      expect(entries[0].before).toBeNull();
      for (let index = 1; index < entries.length; index++) {
        expect(entries[index].before).toEqual(entries[index - 1].after);
      }
      const [stored] = await db.dataSource.query('SELECT reason FROM moment_flag');
      expect(stored.reason).toBe((entries[4].after as { reason: string }).reason);
    });
  });
});
