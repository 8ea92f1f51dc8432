import { DEMO_TEAM_ID } from '../org/organisation';
import { TEAM_TARGET_TEAM_ID } from '../demo-data';
import type { CsvRecord } from '../testing/csv-reader';
import { LOAD_TIMEOUT_MS, loadSharedBundle, type LoadedBundle } from '../testing/bundle';
import { median, repAttainment } from '../testing/model-stats';

describe('targets.csv', () => {
  let bundle: LoadedBundle;
  let targets: readonly CsvRecord[];

  beforeAll(async () => {
    bundle = await loadSharedBundle();
    targets = bundle.tables['targets.csv'].records;
  }, LOAD_TIMEOUT_MS);

  it('plans every rep, model sold, KPI and month from the window start to 3 months ahead', () => {
    const sold = new Set(
      bundle.tables['deals.csv'].records.map((deal) => `${deal['rep_id']}|${deal['business_model']}`),
    );
    const repRows = targets.filter((row) => row['scope_type'] === 'REP');
    const keys = repRows.map(
      (row) => `${row['scope_id']}|${row['business_model']}|${row['kpi']}|${row['period_start']}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    // 24 months of history (2023-07 … 2025-06) plus 2025-07 … 2025-09.
    expect(repRows.length).toBe(sold.size * 4 * 27);
    const starts = [...new Set(repRows.map((row) => row['period_start']))].sort();
    expect(starts[0]).toBe('2023-07-01');
    expect(starts[starts.length - 1]).toBe('2025-09-01');
    expect(new Set(repRows.map((row) => row['kpi']))).toEqual(
      new Set(['WON_VOLUME', 'WON_DEALS', 'NEW_LEADS', 'ACTIVITIES']),
    );
    for (const row of repRows.slice(0, 200)) {
      const start = new Date(`${row['period_start']}T00:00:00Z`);
      start.setUTCMonth(start.getUTCMonth() + 1);
      expect(row['period_end']).toBe(start.toISOString().slice(0, 10));
    }
  });

  it('sets TEAM won-volume rows for one team other than the demo team, differing from its reps’ sum', () => {
    const teamRows = targets.filter((row) => row['scope_type'] === 'TEAM');
    expect(teamRows.length).toBeGreaterThan(0);
    expect(new Set(teamRows.map((row) => row['scope_id']))).toEqual(new Set([TEAM_TARGET_TEAM_ID]));
    expect(TEAM_TARGET_TEAM_ID).not.toBe(DEMO_TEAM_ID);
    expect(new Set(teamRows.map((row) => row['kpi']))).toEqual(new Set(['WON_VOLUME']));
    const teamReps = new Set(
      bundle.tables['users.csv'].records
        .filter((user) => user['team_id'] === TEAM_TARGET_TEAM_ID)
        .map((user) => user['user_id']),
    );
    // All 27 months, so no period mixes TEAM rows with the reps' own targets.
    expect(teamRows).toHaveLength(27);
    for (const teamRow of teamRows) {
      const repSum = targets
        .filter(
          (row) =>
            row['scope_type'] === 'REP' &&
            row['kpi'] === 'WON_VOLUME' &&
            row['period_start'] === teamRow['period_start'] &&
            teamReps.has(row['scope_id']),
        )
        .reduce((sum, row) => sum + Number(row['value']), 0);
      expect(Number(teamRow['value'])).toBeGreaterThan(repSum);
    }
  });

  it('is sized so that reps land on both sides of their quota', () => {
    const attainment = [...repAttainment(bundle, '2024-06-01', '2025-06-01').values()];
    expect(median(attainment)).toBeGreaterThan(0.85);
    expect(median(attainment)).toBeLessThan(1.15);
    expect(attainment.filter((value) => value >= 1.15).length).toBeGreaterThanOrEqual(3);
    expect(attainment.filter((value) => value <= 0.85).length).toBeGreaterThanOrEqual(3);
  });
});
