import type { KpiTrendSeries } from '@salesdash/dashboard/kpi/data-access';
import { catalogueFor, MODELS, UNJUDGED, value } from '../testing.fixtures';
import type { RepDealsDto } from '../rep-deals/rep-deals-api';
import { repDealsView } from './rep-deals';
import { comparedPerRep, teamLine, teamValueOf } from './rep-page';
import { repRows } from './teams';

const DEALS: RepDealsDto = {
  rep: { id: 'U-1', displayName: 'Ann', teamId: 'T1', teamName: 'North' },
  asOf: '2026-02-01T00:00:00.000Z',
  openDealCount: 3,
  openAmount: 6500.5,
  openDeals: [
    {
      dealId: 'D1',
      customerId: 'C1',
      businessModel: 'CONSUMER_LOANS',
      stage: 'OPPORTUNITY',
      stageSince: '2026-01-20T09:00:00.000Z',
      createdAt: '2026-01-05T09:00:00.000Z',
      ageDays: 26,
      amount: 1000.5,
      lastActivityAt: null,
    },
    {
      dealId: 'D2',
      customerId: 'C2',
      businessModel: 'PREMIUM_FINANCING',
      stage: null,
      stageSince: null,
      createdAt: '2026-01-30T09:00:00.000Z',
      ageDays: 1,
      amount: 5500,
      lastActivityAt: '2026-01-31T09:00:00.000Z',
    },
  ],
  actions: [
    {
      dealId: 'D9',
      customerId: 'C9',
      businessModel: 'CONSUMER_LOANS',
      amount: 9000,
      reason: 'ONBOARDING_OVERDUE',
      since: '2025-12-01T00:00:00.000Z',
      days: 62.9,
      limitDays: 35,
    },
    {
      dealId: 'D1',
      customerId: 'C1',
      businessModel: 'CONSUMER_LOANS',
      amount: 1000.5,
      reason: 'NO_RECENT_ACTIVITY',
      since: '2026-01-05T09:00:00.000Z',
      days: 26.6,
      limitDays: 14,
    },
  ],
  modelsWithoutOnboardingLimit: ['PREMIUM_FINANCING'],
};

describe('repDealsView', () => {
  const view = repDealsView(DEALS, MODELS);

  it('groups the deals that need action by reason, in the API’s order, waits in whole days against the limit', () => {
    expect(view.actionGroups.map((group) => [group.reason, group.count, group.rows.map((row) => row.dealId)])).toEqual([
      ['ONBOARDING_OVERDUE', '1 deal', ['D9']],
      ['NO_RECENT_ACTIVITY', '1 deal', ['D1']],
    ]);
    expect(view.actionGroups[0].rows[0].waiting).toBe('62 days (limit 35)');
    expect(view.actionGroups[1].rows[0].waiting).toBe('26 days');
    expect(view.actionGroups[0].rows[0].amount).toBe('€9,000');
  });

  it('says which models’ waiting won deals are not judged, names stages in words, and says when a list is cut', () => {
    const names = Object.fromEntries(MODELS.map((model) => [model.code, model.name]));
    expect(view.unchecked).toContain(names['PREMIUM_FINANCING']);
    expect(view.openDeals.map((row) => [row.dealId, row.stage, row.lastActivity])).toEqual([
      ['D1', 'Opportunity', 'None'],
      ['D2', 'No stage yet', 'Jan 31, 2026, 9:00 AM UTC'],
    ]);
    expect(view.pipelineSummary).toBe('3 open deals worth €6,501, as of Feb 1, 2026, 12:00 AM UTC');
    expect(view.pipelineCut).toBe('Showing the oldest 2 of 3 open deals; the export has all of them.');
    expect(repDealsView({ ...DEALS, openDealCount: 2, modelsWithoutOnboardingLimit: [] }, MODELS)).toMatchObject({
      pipelineCut: null,
      unchecked: null,
    });
  });
});

describe('the team beside a rep', () => {
  it('compares counts and amounts per rep, rates and means as they are', () => {
    expect(['WON_VOLUME', 'ACTIVITIES', 'PIPELINE_VALUE', 'WIN_RATE', 'CSAT'].map(comparedPerRep)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    const team = [
      { ...value('WON_VOLUME', 'CONSUMER_LOANS', 90_000), reps: 3 },
      { ...value('WIN_RATE', 'CONSUMER_LOANS', 0.25), reps: 3 },
      { ...value('ACTIVITIES', 'CONSUMER_LOANS', 12), reps: 0 },
    ];
    expect(teamValueOf(team, 'WON_VOLUME', 'CONSUMER_LOANS')).toBe(30_000);
    expect(teamValueOf(team, 'WIN_RATE', 'CONSUMER_LOANS')).toBe(0.25);
    // A team without reps has no value per rep.
    expect(teamValueOf(team, 'ACTIVITIES', 'CONSUMER_LOANS')).toBeNull();
    expect(teamValueOf(null, 'WON_VOLUME', 'CONSUMER_LOANS')).toBeNull();
  });

  it('draws the team’s trend month by month, per rep for amounts', () => {
    const month = {
      ...UNJUDGED,
      sampleSize: 3,
      target: null,
      status: 'NO_RANGE' as const,
      policyVersion: null,
      partial: false,
    };
    const series: KpiTrendSeries = {
      kpi: 'WON_VOLUME',
      businessModel: 'CONSUMER_LOANS',
      points: [
        { ...month, from: '2026-01-01', to: '2026-02-01', value: 90_000, reps: 3 },
        { ...month, from: '2026-02-01', to: '2026-03-01', value: null, reps: 3 },
        { ...month, from: '2026-03-01', to: '2026-04-01', value: 40_000, reps: 4 },
      ],
    };
    expect(teamLine('North (per rep)', series, 'WON_VOLUME')).toEqual({
      name: 'North (per rep)',
      values: [30_000, null, 10_000],
    });
    expect(teamLine('North', undefined, 'WON_VOLUME')).toBeNull();
  });
});

describe('repRows with chosen KPIs', () => {
  it('shows the chosen KPIs the manager may see, in the order given', () => {
    const team = {
      id: 'T1',
      name: 'North',
      regionId: 'R1',
      regionName: 'North',
      reps: [{ id: 'U-1', displayName: 'Ann' }],
    };
    const rows = repRows(
      catalogueFor('SALES_MANAGER'),
      { team, values: [], reps: new Map([['U-1', [value('NEW_LEADS', 'CONSUMER_LOANS', 7)]]]) },
      'CONSUMER_LOANS',
      undefined,
      ['NEW_LEADS', 'DEFAULT_RATE', 'ACTIVITIES'],
    );
    expect(rows[0].cells.map((cell) => [cell.code, cell.name, cell.value])).toEqual([
      ['NEW_LEADS', 'New leads', 7],
      ['ACTIVITIES', 'Activities', null],
    ]);
  });
});
