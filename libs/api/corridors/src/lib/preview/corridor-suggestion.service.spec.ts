import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import { ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KpiEngine } from '@salesdash/api/kpi-engine';
import { CorridorSuggestionService, percentile, suggestionLabel } from './corridor-suggestion.service';

/** "Now" is mid-July 2026, so the 24 complete months are 2024-07 … 2026-06. */
const NOW = new Date('2026-07-15T10:00:00Z');

/**
 * WON_DEALS (value = wins, sampleSize = wins). CONSUMER_LOANS: team T1 (rep A) wins 1, 2, 3, 4, 5 and
 * team T2 (rep B) 6 … 10 in ten months of the window; 100 wins in 2024-06 and 50 in 2026-07 lie
 * outside it. PREMIUM_FINANCING: three team months only. Months without wins have sampleSize 0.
 */
const FACTS = `
  INSERT INTO region VALUES ('R1', 'North');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'South 1', 'R1', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T2');
  CREATE TEMP TABLE wins (model text, rep text, month date, n int);
  INSERT INTO wins VALUES
    ('CONSUMER_LOANS', 'A', '2024-07-01', 1), ('CONSUMER_LOANS', 'A', '2024-12-01', 2),
    ('CONSUMER_LOANS', 'A', '2025-03-01', 3), ('CONSUMER_LOANS', 'A', '2025-06-01', 4),
    ('CONSUMER_LOANS', 'A', '2026-06-01', 5), ('CONSUMER_LOANS', 'B', '2024-08-01', 6),
    ('CONSUMER_LOANS', 'B', '2025-01-01', 7), ('CONSUMER_LOANS', 'B', '2025-05-01', 8),
    ('CONSUMER_LOANS', 'B', '2025-11-01', 9), ('CONSUMER_LOANS', 'B', '2026-01-01', 10),
    ('CONSUMER_LOANS', 'A', '2024-06-01', 100), ('CONSUMER_LOANS', 'B', '2026-07-01', 50),
    ('PREMIUM_FINANCING', 'A', '2025-02-01', 1), ('PREMIUM_FINANCING', 'A', '2025-03-01', 2),
    ('PREMIUM_FINANCING', 'B', '2025-02-01', 3);
  CREATE TEMP VIEW won AS
    SELECT format('%s-%s-%s-%s', w.model, w.rep, w.month, i) AS deal_id, w.model, w.rep, w.month
    FROM wins w, generate_series(1, w.n) AS i;
  INSERT INTO deal SELECT deal_id, model, rep, 'K', '2024-01-01T00:00:00Z', 100, NULL, NULL FROM won;
  INSERT INTO stage_event SELECT 'E-' || deal_id, deal_id, 'WON', month + interval '3 days', NULL FROM won;
  DROP VIEW won;
  DROP TABLE wins;`;

describe('percentile', () => {
  it('interpolates linearly between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 10);
    expect(percentile([10, 20], 0.9)).toBeCloseTo(19, 10);
    expect(percentile([5], 0.1)).toBe(5);
  });
});

describe('CorridorSuggestionService on PostgreSQL', () => {
  let db: TestDatabase;
  let service: CorridorSuggestionService;

  beforeAll(async () => {
    db = await createTestDatabase();
    service = new CorridorSuggestionService(db.dataSource, new KpiEngine(db.dataSource, new FactReader()));
    await db.dataSource.query(FACTS);
    await rebuildFacts(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('proposes acceptable from p25 and tolerated from p10 of the team months with data, as more is better', async () => {
    const suggestion = await service.suggest('CONSUMER_LOANS', 'WON_DEALS', null, NOW);
    // Sorted 1 … 10 (n 10): p10 at rank 0.9 → 1.9, p25 at 2.25 → 3.25, p75 at 6.75 → 7.75, p90 at 8.1 → 9.1.
    expect(suggestion.basedOn).toBe(10);
    expect(suggestion.percentiles?.p10).toBeCloseTo(1.9, 10);
    expect(suggestion.percentiles?.p25).toBeCloseTo(3.25, 10);
    expect(suggestion.percentiles?.p75).toBeCloseTo(7.75, 10);
    expect(suggestion.percentiles?.p90).toBeCloseTo(9.1, 10);
    expect(suggestion.toleratedMin).toBeCloseTo(1.9, 10);
    expect(suggestion.acceptableMin).toBeCloseTo(3.25, 10);
    // The best teams are never above a corridor of a KPI where more is better.
    expect(suggestion.acceptableMax).toBeNull();
    expect(suggestion.toleratedMax).toBeNull();
    expect(suggestion).toMatchObject({ basis: 'VALUE', direction: 'HIGHER_IS_BETTER' });
    expect(suggestion.label).toBe(suggestionLabel('VALUE', 'WON_DEALS'));
    expect(suggestion.reason).toBeNull();
  });

  it('sets both sides where both matter (sales cycle: too fast skips structuring)', async () => {
    const suggestion = await service.suggest('CONSUMER_LOANS', 'SALES_CYCLE_DAYS', 'VALUE', NOW);
    expect(suggestion.direction).toBe('BOTH_SIDES');
    expect(suggestion.acceptableMin).not.toBeNull();
    expect(suggestion.acceptableMax).not.toBeNull();
    expect(suggestion.toleratedMin).not.toBeNull();
    expect(suggestion.toleratedMax).not.toBeNull();
  });

  it('judges per rep and month, counting months without a win as zero', async () => {
    const suggestion = await service.suggest('CONSUMER_LOANS', 'WON_DEALS', 'PER_REP_MONTH', NOW);
    // 2 one-rep teams × 24 months: the 10 months with wins (1 … 10) and 38 without.
    expect(suggestion.basedOn).toBe(48);
    expect(suggestion.percentiles?.p90).toBeCloseTo(5.3, 10);
    expect(suggestion.label).toBe(suggestionLabel('PER_REP_MONTH', 'WON_DEALS'));
  });

  it('leaves out the months before the model has data', async () => {
    await db.dataSource.query(`
      INSERT INTO business_model (code, name, description) VALUES ('SME_LEASING', 'SME leasing', 'New in 2026.');
      INSERT INTO deal VALUES ('S1', 'SME_LEASING', 'A', 'K', '2026-03-10T00:00:00Z', 100, NULL, NULL);`);
    await rebuildFacts(db.dataSource);
    const suggestion = await service.suggest('SME_LEASING', 'WON_DEALS', 'PER_REP_MONTH', NOW);
    // March … June 2026 of team T1 only: 4 team months, too few.
    expect(suggestion.basedOn).toBe(4);
    expect(suggestion.reason).toBe(
      'only 4 team months with data in the last 24 complete months; at least 8 are needed',
    );
  });

  it('refuses a basis the KPI does not allow', async () => {
    const refusal = service.suggest('CONSUMER_LOANS', 'WIN_RATE', 'PER_REP_MONTH', NOW);
    const issues = await refusal.catch((error: ValidationError) => error.issues.map((issue) => issue.field));
    expect(issues).toEqual(['basis']);
  });

  it('gives no bands, with a reason, below 8 team months', async () => {
    expect(await service.suggest('PREMIUM_FINANCING', 'WON_DEALS', null, NOW)).toEqual({
      businessModel: 'PREMIUM_FINANCING',
      kpi: 'WON_DEALS',
      basis: 'VALUE',
      direction: 'HIGHER_IS_BETTER',
      basedOn: 3,
      acceptableMin: null,
      acceptableMax: null,
      toleratedMin: null,
      toleratedMax: null,
      percentiles: null,
      label: suggestionLabel('VALUE', 'WON_DEALS'),
      reason: 'only 3 team months with data in the last 24 complete months; at least 8 are needed',
    });
  });

  it('refuses an unknown business model and KPI', async () => {
    const refusal = service.suggest('NO_SUCH_MODEL', 'NO_SUCH_KPI', null, NOW);
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    const issues = await refusal.catch((error: ValidationError) => error.issues.map((issue) => issue.field));
    expect(issues).toEqual(['businessModel', 'kpi']);
  });
});
