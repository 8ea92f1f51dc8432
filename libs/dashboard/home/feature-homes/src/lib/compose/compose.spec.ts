import { type CorridorDto, CorridorIndex } from '@salesdash/dashboard/kpi/data-access';
import type { KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { catalogueFor, MODELS, UNJUDGED, value } from '../testing.fixtures';
import { journeySections } from './journey';
import { cellOf, matrixByColumn, matrixByModel, modelColumns, modelsWithData } from './matrix';
import { buildPerformance, ofTarget } from './performance';
import { attainmentBar, repRows, sortRepRows, statusDistribution, visibleKpis } from './teams';

describe('buildPerformance', () => {
  const catalogue = catalogueFor('SALES_REP');
  const values = [
    value('QUOTA_ATTAINMENT', 'CONSUMER_LOANS', 0.9),
    value('WON_VOLUME', 'CONSUMER_LOANS', 90_000, 100_000),
    value('WIN_RATE', 'CONSUMER_LOANS', 0.3),
    value('QUOTA_ATTAINMENT', 'PREMIUM_FINANCING', null),
    value('WON_VOLUME', 'PREMIUM_FINANCING', null),
  ];

  it('shows only the business models the rep has data in, quota attainment as the headline', () => {
    const view = buildPerformance(catalogue, MODELS, values, null, null);
    expect(view.headlines).toHaveLength(1);
    expect(view.headlines[0]).toMatchObject({
      businessModel: 'CONSUMER_LOANS',
      attainment: { code: 'QUOTA_ATTAINMENT', value: 0.9 },
      volume: { code: 'WON_VOLUME', value: 90_000, target: 100_000, ofTarget: 0.9 },
    });
    expect(view.rows.map((row) => row.code)).toEqual(['WIN_RATE', 'WON_VOLUME', 'QUOTA_ATTAINMENT']);
    expect(view.rows.every((row) => row.trend === null && row.teamMedian === null)).toBe(true);
  });

  it('attaches the monthly trend once it is there, on the corridor’s basis, the running month partial', () => {
    const month = { ...UNJUDGED, sampleSize: 3, target: null, status: 'TOLERATED' as const, partial: false };
    const trend = [
      {
        kpi: 'WIN_RATE',
        businessModel: 'CONSUMER_LOANS',
        points: [{ ...month, from: '2025-01-01', to: '2025-02-01', value: 0.2, policyVersion: 2 }],
      },
      {
        kpi: 'WON_VOLUME',
        businessModel: 'CONSUMER_LOANS',
        points: [
          {
            ...month,
            from: '2025-04-01',
            to: '2025-05-01',
            value: 100_000,
            basis: 'SHARE_OF_TARGET' as const,
            judgedValue: 0.95,
            policyVersion: 1,
          },
          {
            ...month,
            from: '2025-05-01',
            to: '2025-06-01',
            value: 40_000,
            status: 'ACCEPTABLE' as const,
            basis: 'SHARE_OF_TARGET' as const,
            judgedValue: 1.05,
            policyVersion: 1,
            partial: true,
          },
        ],
      },
    ];
    const judgedVolume = { ...values[1], basis: 'SHARE_OF_TARGET' as const, judgedValue: 1.05 };
    const rows = buildPerformance(catalogue, MODELS, [values[0], judgedVolume, values[2]], trend, null).rows;
    expect(rows.find((row) => row.code === 'WIN_RATE')?.trend).toEqual([
      { label: 'Jan 2025', value: 0.2, status: 'TOLERATED', policyVersion: 2, partial: false },
    ]);
    const volume = rows.find((row) => row.code === 'WON_VOLUME');
    // A running month judged on its elapsed part sits among the others instead of dropping.
    expect(volume?.trend).toEqual([
      { label: 'Apr 2025', value: 0.95, status: 'TOLERATED', policyVersion: 1, partial: false },
      { label: 'May 2025', value: 1.05, status: 'ACCEPTABLE', policyVersion: 1, partial: true },
    ]);
    expect(volume?.formatTrend(1.05)).toBe('105% of target to date');
    expect(rows.find((row) => row.code === 'QUOTA_ATTAINMENT')?.trend).toEqual([]);
  });

  it('judges the share of target against the target to date, and carries pace and forecast', () => {
    const running: KpiValueDto = {
      ...value('WON_VOLUME', 'CONSUMER_LOANS', 52_000, 390_000),
      targetToDate: 50_000,
      forecast: 403_000,
      pace: 'ON_TRACK',
      basis: 'SHARE_OF_TARGET',
      judgedValue: 1.04,
      status: 'ACCEPTABLE',
    };
    const attainment: KpiValueDto = { ...value('QUOTA_ATTAINMENT', 'CONSUMER_LOANS', 0.133), pace: 'ON_TRACK' };
    const [headline] = buildPerformance(catalogue, MODELS, [attainment, running], null, null).headlines;
    expect(headline.volume).toMatchObject({
      ofTarget: 1.04,
      targetToDate: 50_000,
      target: 390_000,
      forecast: 403_000,
      pace: 'ON_TRACK',
      basis: 'SHARE_OF_TARGET',
      judgedValue: 1.04,
    });
    // Quota attainment is against the whole period's quota; its pace is the won volume's.
    expect(headline.attainment).toMatchObject({ value: 0.133, pace: 'ON_TRACK', status: 'NO_RANGE' });
  });

  it('puts the team median of the same KPI and business model beside each own value', () => {
    const winRate = {
      kpi: 'WIN_RATE',
      businessModel: 'CONSUMER_LOANS',
      median: 0.25,
      colleagueCount: 5,
      unavailableReason: null,
    };
    const volume = {
      kpi: 'WON_VOLUME',
      businessModel: 'CONSUMER_LOANS',
      median: null,
      colleagueCount: 2,
      unavailableReason: 'TOO_FEW_COLLEAGUES' as const,
    };
    const otherModel = { ...winRate, businessModel: 'PREMIUM_FINANCING', median: 0.9 };
    const rows = buildPerformance(catalogue, MODELS, values, null, [otherModel, volume, winRate]).rows;
    expect(rows.map((row) => [row.code, row.teamMedian])).toEqual([
      ['WIN_RATE', winRate],
      ['WON_VOLUME', volume],
      ['QUOTA_ATTAINMENT', null],
    ]);
  });

  it('computes % of target only with a value and a non-zero target', () => {
    expect(ofTarget(50, 200)).toBe(0.25);
    expect(ofTarget(null, 200)).toBeNull();
    expect(ofTarget(50, null)).toBeNull();
    expect(ofTarget(50, 0)).toBeNull();
  });
});

describe('corridors behind statuses', () => {
  const corridor = (version: number): CorridorDto => ({
    id: `C-${version}`,
    businessModel: 'CONSUMER_LOANS',
    kpi: 'WIN_RATE',
    segment: null,
    version,
    effectiveFrom: '2025-01-01',
    acceptableMin: 0.25,
    acceptableMax: null,
    toleratedMin: 0.15,
    toleratedMax: null,
    minSampleSize: 5,
    rationale: 'Why not',
    basis: 'VALUE',
    publishedAt: '2025-01-01T00:00:00Z',
    publishedBy: null,
    description: 'acceptable at least 25%, tolerated at least 15%',
  });
  const corridors = new CorridorIndex([corridor(1), corridor(2)]);
  const judged = { ...value('WIN_RATE', 'CONSUMER_LOANS', 0.3), status: 'ACCEPTABLE' as const, policyVersion: 2 };

  it('explains each value by the version that judged it and gives the trend every version', () => {
    const [row] = buildPerformance(catalogueFor('SALES_REP'), MODELS, [judged], [], null, corridors).rows;
    expect(row).toMatchObject({ status: 'ACCEPTABLE', policyVersion: 2, corridor: { id: 'C-2' } });
    expect(row.trendCorridors.map((c) => c.version)).toEqual([1, 2]);
  });

  it('puts status and corridor into matrix cells', () => {
    const rows = matrixByModel(catalogueFor('SALES_REP'), [judged], modelColumns(MODELS), corridors);
    expect(rows.find((row) => row.code === 'WIN_RATE')?.cells['CONSUMER_LOANS']).toMatchObject({
      status: 'ACCEPTABLE',
      policyVersion: 2,
      corridor: { id: 'C-2', minSampleSize: 5 },
    });
  });
});

describe('matrices', () => {
  const catalogue = catalogueFor('MARKETING').slice(0, 2);

  it('puts KPIs by business model, the API figures unchanged', () => {
    const rows = matrixByModel(catalogue, [value('NEW_LEADS', 'CONSUMER_LOANS', 12, 10)], modelColumns(MODELS));
    expect(rows[0]).toMatchObject({
      code: 'NEW_LEADS',
      cells: {
        CONSUMER_LOANS: {
          value: 12,
          sampleSize: 10,
          target: 10,
          status: 'NO_RANGE',
          policyVersion: null,
          corridor: null,
        },
        PREMIUM_FINANCING: null,
      },
    });
  });

  it('puts KPIs by region for one model, each value leading to its region’s rows; a refused region has no figures', () => {
    const columns = [
      { key: 'R-NORTH', label: 'North' },
      { key: 'R-SOUTH', label: 'South' },
    ];
    const values = new Map([
      ['R-NORTH', [value('NEW_LEADS', 'CONSUMER_LOANS', 5), value('NEW_LEADS', 'PREMIUM_FINANCING', 7)]],
      ['R-SOUTH', null],
    ]);
    const period = { from: '2026-01-01', to: '2026-02-01' };
    const rows = matrixByColumn(catalogue, columns, values, 'PREMIUM_FINANCING', undefined, (regionId) => ({
      period,
      scope: { type: 'REGION', id: regionId },
    }));
    expect(rows[0].cells).toEqual({
      'R-NORTH': {
        value: 7,
        sampleSize: 10,
        target: null,
        status: 'NO_RANGE',
        policyVersion: null,
        corridor: null,
        targetToDate: null,
        forecast: null,
        pace: null,
        basis: null,
        judgedValue: null,
        change: null,
        rows: {
          path: ['/', 'rows', 'NEW_LEADS'],
          queryParams: { model: 'PREMIUM_FINANCING', ...period, scope: 'REGION:R-NORTH' },
        },
      },
      'R-SOUTH': null,
    });
  });

  it('carries what the corridor judged, how the period is going and its change into a cell', () => {
    const change = {
      previous: { from: '2025-11-01', to: '2025-11-06', value: 100, sampleSize: 100 },
      lastYear: { from: '2024-12-01', to: '2024-12-06', value: null, sampleSize: 0 },
    };
    const running: KpiValueDto = {
      ...value('NEW_LEADS', 'CONSUMER_LOANS', 127, 974),
      targetToDate: 125.8,
      forecast: 983.2,
      pace: 'TOO_EARLY',
      basis: 'PER_REP_MONTH',
      judgedValue: 27.3,
      status: 'ACCEPTABLE',
      change,
    };
    expect(cellOf(running)).toEqual({
      value: 127,
      sampleSize: 10,
      target: 974,
      status: 'ACCEPTABLE',
      policyVersion: null,
      corridor: null,
      targetToDate: 125.8,
      forecast: 983.2,
      pace: 'TOO_EARLY',
      basis: 'PER_REP_MONTH',
      judgedValue: 27.3,
      change,
      rows: null,
    });
    expect(cellOf(undefined)).toBeNull();
  });

  it('keeps the models with data, or all of them when none has', () => {
    expect(modelsWithData(MODELS, [value('NEW_LEADS', 'PREMIUM_FINANCING', 1)]).map((m) => m.code)).toEqual([
      'PREMIUM_FINANCING',
    ]);
    expect(modelsWithData(MODELS, [])).toHaveLength(2);
  });
});

describe('rep rows', () => {
  const team = {
    id: 'T-1',
    name: 'North 1',
    regionId: 'R-NORTH',
    regionName: 'North',
    reps: [
      { id: 'U-1', displayName: 'Ann' },
      { id: 'U-2', displayName: 'Ben' },
      { id: 'U-3', displayName: 'Cid' },
      { id: 'U-4', displayName: 'Dee' },
    ],
  };
  const paced = (kpi: string, v: number, pace: KpiValueDto['pace']): KpiValueDto => ({
    ...value(kpi, 'CONSUMER_LOANS', v),
    pace,
  });

  it('one row per rep with the compact KPIs and the API’s pace of the won volume', () => {
    const rows = repRows(
      catalogueFor('SALES_MANAGER'),
      {
        team,
        values: [],
        reps: new Map([
          [
            'U-1',
            [
              paced('WON_VOLUME', 30_000, 'AT_RISK'),
              paced('QUOTA_ATTAINMENT', 0.08, 'AT_RISK'),
              value('WON_DEALS', 'CONSUMER_LOANS', 4),
            ],
          ],
          // 13 % of the month's quota on the 4th is ahead of the target to date: on track, not behind.
          ['U-2', [paced('WON_VOLUME', 52_000, 'ON_TRACK'), paced('QUOTA_ATTAINMENT', 0.13, 'ON_TRACK')]],
          ['U-3', null],
          ['U-4', [value('WON_VOLUME', 'CONSUMER_LOANS', 1_000)]],
        ]),
      },
      'CONSUMER_LOANS',
    );
    expect(rows.map((row) => [row.name, row.available, row.pace])).toEqual([
      ['Ann', true, 'AT_RISK'],
      ['Ben', true, 'ON_TRACK'],
      ['Cid', false, null],
      ['Dee', true, null],
    ]);
    expect(rows[0].cells.map((cell) => cell.code)).toEqual([
      'WON_VOLUME',
      'WON_DEALS',
      'QUOTA_ATTAINMENT',
      'ACTIVITIES',
      'WIN_RATE',
    ]);
    expect(rows[0].cells.find((cell) => cell.code === 'WON_DEALS')?.value).toBe(4);
    expect(rows[0].cells.find((cell) => cell.code === 'WON_DEALS')?.figure?.status).toBe('NO_RANGE');
    expect(rows[0].cells.find((cell) => cell.code === 'WIN_RATE')?.figure).toBeNull();
    expect(rows[1].cells.find((cell) => cell.code === 'WON_VOLUME')?.figure?.pace).toBe('ON_TRACK');
  });

  it('takes quota attainment’s pace when the won volume is not visible', () => {
    const catalogue = catalogueFor('SALES_MANAGER').filter((kpi) => kpi.code !== 'WON_VOLUME');
    const rows = repRows(
      catalogue,
      { team, values: [], reps: new Map([['U-1', [paced('QUOTA_ATTAINMENT', 0.9, 'BEHIND')]]]) },
      'CONSUMER_LOANS',
    );
    expect(rows[0].pace).toBe('BEHIND');
  });

  it('asks only for KPIs the caller may see', () => {
    expect(visibleKpis(catalogueFor('MARKETING'), ['WON_VOLUME', 'NEW_LEADS']).map((kpi) => kpi.code)).toEqual([
      'NEW_LEADS',
    ]);
  });

  function sampleRows() {
    return repRows(
      catalogueFor('SALES_MANAGER'),
      {
        team,
        values: [],
        reps: new Map([
          ['U-1', [{ ...paced('WON_VOLUME', 30_000, 'TOO_EARLY'), status: 'UNACCEPTABLE' as const }]],
          ['U-2', [{ ...value('WON_VOLUME', 'CONSUMER_LOANS', 52_000), status: 'ACCEPTABLE' as const }]],
          ['U-3', null],
          ['U-4', [{ ...value('WON_VOLUME', 'CONSUMER_LOANS', 30_000), status: 'ACCEPTABLE' as const }]],
        ]),
      },
      'CONSUMER_LOANS',
    );
  }

  it('sorts by a KPI either way, reps without a value last, ties by name', () => {
    const rows = sampleRows();
    const names = (sort: Parameters<typeof sortRepRows>[1]) => sortRepRows(rows, sort).map((row) => row.name);
    expect(names({ key: 'WON_VOLUME', direction: 'descending' })).toEqual(['Ben', 'Ann', 'Dee', 'Cid']);
    expect(names({ key: 'WON_VOLUME', direction: 'ascending' })).toEqual(['Ann', 'Dee', 'Ben', 'Cid']);
    expect(names({ key: 'name', direction: 'descending' })).toEqual(['Dee', 'Cid', 'Ben', 'Ann']);
  });

  it('counts the statuses the table shows, a judgement too early to tell as too early', () => {
    expect(statusDistribution(sampleRows()).filter((entry) => entry.status !== 'NO_RANGE')).toEqual([
      { status: 'ACCEPTABLE', count: 2 },
      { status: 'TOO_EARLY', count: 1 },
    ]);
  });

  it('draws the attainment bar against the whole target, the mark at the target to date', () => {
    expect(attainmentBar(25_000, 100_000, 40_000)).toEqual({ fill: 25, mark: 40 });
    expect(attainmentBar(150_000, 100_000, 100_000)).toEqual({ fill: 100, mark: null });
    expect(attainmentBar(1, 0, 0)).toBeNull();
    expect(attainmentBar(1, null, null)).toBeNull();
  });
});

describe('journeySections', () => {
  it('splits marketing tiles into journey and customer voice', () => {
    const tile = (code: string) => ({ code, unit: 'COUNT' as const, stage: 'ANY', rows: [] });
    const sections = journeySections(['CSAT', 'NEW_LEADS', 'NPS', 'LEAD_CONVERSION_RATE', 'WIN_RATE'].map(tile));
    expect(sections.map((s) => [s.key, s.tiles.map((t) => t.code)])).toEqual([
      ['journey', ['NEW_LEADS', 'LEAD_CONVERSION_RATE']],
      ['voice', ['CSAT', 'NPS']],
      ['other', ['WIN_RATE']],
    ]);
  });
});
