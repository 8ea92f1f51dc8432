import { type CorridorDto, CorridorIndex } from '@salesdash/dashboard/kpi/data-access';
import { KPI_STAGE_ORDER } from '@salesdash/shared/domain';
import { buildStageGroups, hasNoData } from './stage-groups';
import { CATALOGUE, MODELS, trendFor, UNJUDGED, valuesFor } from './testing.fixtures';

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

  it('puts one row per business model in their order, with the API figures unchanged and a link to its rows', () => {
    const tile = buildStageGroups(data, null)[0].tiles[0];
    expect(tile).toMatchObject({ code: 'NEW_LEADS', unit: 'COUNT', stage: 'SUSPECT' });
    expect(tile.rows).toEqual([
      {
        businessModel: 'PREMIUM_FINANCING',
        businessModelName: 'Premium financing',
        value: 0,
        sampleSize: 40,
        status: 'NO_RANGE',
        policyVersion: null,
        corridor: null,
        target: null,
        targetToDate: null,
        forecast: null,
        pace: null,
        basis: null,
        judgedValue: null,
        trend: null,
        trendCorridors: [],
        change: null,
        rows: {
          path: ['/', 'rows', 'NEW_LEADS'],
          queryParams: { model: 'PREMIUM_FINANCING', from: '2024-06-01', to: '2025-06-01' },
        },
      },
      {
        businessModel: 'CONSUMER_LOANS',
        businessModelName: 'Consumer loans',
        value: 0.5,
        sampleSize: 40,
        status: 'NO_RANGE',
        policyVersion: null,
        corridor: null,
        target: null,
        targetToDate: null,
        forecast: null,
        pace: null,
        basis: null,
        judgedValue: null,
        trend: null,
        trendCorridors: [],
        change: null,
        rows: {
          path: ['/', 'rows', 'NEW_LEADS'],
          queryParams: { model: 'CONSUMER_LOANS', from: '2024-06-01', to: '2025-06-01' },
        },
      },
    ]);
  });

  it('attaches the monthly trend with month labels, gaps kept', () => {
    const groups = buildStageGroups(data, trendFor(['PREMIUM_FINANCING'], '2025-06-01'));
    const [premium, consumer] = groups[0].tiles[0].rows;
    expect(premium.trend).toHaveLength(12);
    expect(premium.trend?.[0]).toEqual({
      label: 'Jun 2024',
      value: null,
      status: 'NO_RANGE',
      policyVersion: null,
      partial: false,
    });
    expect(premium.trend?.[11]).toEqual({
      label: 'May 2025',
      value: 11,
      status: 'NO_RANGE',
      policyVersion: null,
      partial: false,
    });
    expect(consumer.trend).toEqual([]);
  });

  it('maps pace, forecast, target to date and judgement, and draws the trend on the judged basis', () => {
    const running = {
      ...UNJUDGED,
      basis: 'SHARE_OF_TARGET' as const,
      judgedValue: 0.92,
      target: 1_622_000,
      targetToDate: 209_511,
      forecast: 1_498_816,
      pace: 'TOO_EARLY' as const,
    };
    const values = data.values.map((v) =>
      v.kpi === 'NEW_LEADS' && v.businessModel === 'PREMIUM_FINANCING' ? { ...v, ...running } : v,
    );
    const trend = trendFor(['PREMIUM_FINANCING'], '2025-06-01').map((series) => ({
      ...series,
      points: series.points.map((point, index) => ({
        ...point,
        basis: 'SHARE_OF_TARGET' as const,
        judgedValue: index / 10,
        partial: index === 11,
      })),
    }));
    const [premium] = buildStageGroups({ ...data, values }, trend)[0].tiles[0].rows;
    expect(premium).toMatchObject({
      targetToDate: 209_511,
      forecast: 1_498_816,
      pace: 'TOO_EARLY',
      basis: 'SHARE_OF_TARGET',
      judgedValue: 0.92,
    });
    expect(premium.trend?.slice(-2)).toEqual([
      { label: 'Apr 2025', value: 1, status: 'NO_RANGE', policyVersion: null, partial: false },
      { label: 'May 2025', value: 1.1, status: 'NO_RANGE', policyVersion: null, partial: true },
    ]);
  });

  it('explains each status by its corridor version and gives the trend every version for its bands', () => {
    const corridor = (version: number): CorridorDto => ({
      id: `C-${version}`,
      businessModel: 'PREMIUM_FINANCING',
      kpi: 'NEW_LEADS',
      segment: null,
      version,
      effectiveFrom: '2025-01-01',
      acceptableMin: 5,
      acceptableMax: null,
      toleratedMin: 2,
      toleratedMax: null,
      minSampleSize: 1,
      rationale: 'Leads feed the funnel.',
      basis: 'VALUE',
      publishedAt: '2025-01-01T00:00:00Z',
      publishedBy: null,
      description: 'acceptable at least 5, tolerated at least 2',
    });
    const judged = data.values.map((v) =>
      v.kpi === 'NEW_LEADS' && v.businessModel === 'PREMIUM_FINANCING'
        ? { ...v, status: 'UNACCEPTABLE' as const, policyVersion: 2 }
        : v,
    );
    const trend = trendFor(['PREMIUM_FINANCING'], '2025-06-01').map((series) => ({
      ...series,
      points: series.points.map((point, index) => ({ ...point, policyVersion: index < 6 ? 1 : 2 })),
    }));
    const groups = buildStageGroups({ ...data, values: judged }, trend, new CorridorIndex([corridor(2), corridor(1)]));
    const [premium, consumer] = groups[0].tiles[0].rows;
    expect(premium).toMatchObject({ status: 'UNACCEPTABLE', policyVersion: 2, corridor: { id: 'C-2' } });
    expect(premium.trendCorridors.map((c) => c.version)).toEqual([1, 2]);
    expect(premium.trend?.map((point) => point.policyVersion)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(consumer).toMatchObject({ corridor: null, trendCorridors: [] });
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
