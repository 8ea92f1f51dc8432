import { KPI_STAGE_ORDER } from '@salesdash/shared/domain';
import { buildStageGroups, hasNoData } from './stage-groups';
import { CATALOGUE, MODELS, trendFor, valuesFor } from './testing.fixtures';

const QUERY = { period: { from: '2024-06-01', to: '2025-06-01' }, businessModel: null };

describe('buildStageGroups', () => {
  const data = {
    query: QUERY,
    catalogue: CATALOGUE,
    businessModels: MODELS,
    // The API may answer in any order: rows follow the business models' order.
    values: valuesFor(['CONSUMER_LOANS', 'PREMIUM_FINANCING']),
  };

  it('makes 18 tiles grouped by journey stage in KPI_STAGE_ORDER, the customer voice last', () => {
    const groups = buildStageGroups(data, null);
    expect(groups.map((g) => g.stage)).toEqual([...KPI_STAGE_ORDER]);
    expect(groups.flatMap((g) => g.tiles)).toHaveLength(18);
    expect(groups.at(-1)?.title).toBe('Customer voice & activity');
    expect(groups.at(-1)?.tiles.map((t) => t.code)).toEqual([
      'CSAT',
      'NPS',
      'NEGATIVE_MOMENT_RATE',
      'RECOVERY_RATE',
      'FIRST_RESPONSE_HOURS',
      'ACTIVITIES',
    ]);
    expect(groups.find((g) => g.stage === 'WON')?.tiles.map((t) => t.code)).toEqual([
      'WON_DEALS',
      'WON_VOLUME',
      'AVG_DEAL_SIZE',
      'SALES_CYCLE_DAYS',
      'QUOTA_ATTAINMENT',
    ]);
  });

  it('puts one row per business model in their order, with the API figures unchanged', () => {
    const tile = buildStageGroups(data, null)[0].tiles[0];
    expect(tile).toMatchObject({ code: 'NEW_LEADS', name: 'New leads', unit: 'COUNT', stage: 'SUSPECT' });
    expect(tile.rows).toEqual([
      {
        businessModel: 'PREMIUM_FINANCING',
        businessModelName: 'Premium financing',
        value: 0,
        sampleSize: 40,
        status: 'NO_RANGE',
        target: null,
        trend: null,
      },
      {
        businessModel: 'CONSUMER_LOANS',
        businessModelName: 'Consumer loans',
        value: 0.5,
        sampleSize: 40,
        status: 'NO_RANGE',
        target: null,
        trend: null,
      },
    ]);
  });

  it('attaches the monthly trend with month labels, gaps kept', () => {
    const groups = buildStageGroups(data, trendFor(['PREMIUM_FINANCING'], '2025-06-01'));
    const [premium, consumer] = groups[0].tiles[0].rows;
    expect(premium.trend).toHaveLength(12);
    expect(premium.trend?.[0]).toEqual({ label: 'Jun 2024', value: null });
    expect(premium.trend?.[11]).toEqual({ label: 'May 2025', value: 11 });
    expect(consumer.trend).toEqual([]);
  });

  it('keeps a KPI of an unknown stage, after the known ones', () => {
    const extra = { ...CATALOGUE[0], code: 'CHAMPIONS', name: 'Champions', stage: 'CHAMPION' };
    const groups = buildStageGroups({ ...data, catalogue: [...CATALOGUE, extra] }, null);
    expect(groups.at(-1)).toMatchObject({ stage: 'CHAMPION', title: 'Champion' });
  });
});

describe('hasNoData', () => {
  it('is true only when every sample is empty', () => {
    const base = { query: QUERY, catalogue: CATALOGUE, businessModels: MODELS };
    expect(hasNoData({ ...base, values: valuesFor(['CONSUMER_LOANS'], 0) })).toBe(true);
    expect(hasNoData({ ...base, values: [] })).toBe(true);
    const values = valuesFor(['CONSUMER_LOANS'], 0);
    values[3] = { ...values[3], sampleSize: 1, value: 1 };
    expect(hasNoData({ ...base, values })).toBe(false);
  });
});
