import { JOURNEY_STAGES, KPI_CODES, ROLES, TOUCHPOINTS } from '@salesdash/shared/domain';
import type { CsvRecord } from './testing/csv-reader';
import { LOAD_TIMEOUT_MS, loadSharedBundle, TEST_NOW, type LoadedBundle } from './testing/bundle';

/** docs/import.md#files, restated here so the test does not trust the writer's own header list. */
const SPEC_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'regions.csv': ['region_id', 'name'],
  'teams.csv': ['team_id', 'name', 'region_id', 'manager_user_id'],
  'users.csv': ['user_id', 'email', 'display_name', 'role', 'team_id'],
  'deals.csv': [
    'deal_id',
    'business_model',
    'rep_id',
    'customer_id',
    'created_at',
    'amount',
    'segment',
    'source_touchpoint',
  ],
  'stage_events.csv': ['event_id', 'deal_id', 'stage', 'occurred_at', 'info_complete'],
  'interactions.csv': [
    'interaction_id',
    'deal_id',
    'rep_id',
    'touchpoint',
    'direction',
    'occurred_at',
    'response_minutes',
  ],
  'feedback.csv': ['feedback_id', 'deal_id', 'stage', 'touchpoint', 'occurred_at', 'csat', 'nps', 'comment'],
  'targets.csv': [
    'target_id',
    'scope_type',
    'scope_id',
    'business_model',
    'kpi',
    'period_start',
    'period_end',
    'value',
  ],
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;
const INTEGER = /^\d+$/;
const MODELS = ['PREMIUM_FINANCING', 'CONSUMER_LOANS'];

describe('the generated bundle follows docs/import.md', () => {
  let bundle: LoadedBundle;
  let rows: (file: string) => readonly CsvRecord[];
  let dealById: Map<string, CsvRecord>;
  let userById: Map<string, CsvRecord>;

  beforeAll(async () => {
    bundle = await loadSharedBundle();
    const tables: Readonly<Record<string, { records: readonly CsvRecord[] }>> = bundle.tables;
    rows = (file) => tables[file].records;
    dealById = new Map(rows('deals.csv').map((deal) => [deal['deal_id'], deal]));
    userById = new Map(rows('users.csv').map((user) => [user['user_id'], user]));
  }, LOAD_TIMEOUT_MS);

  /** Every value of a column satisfies the check (reports the first offender). */
  function expectColumn(file: string, column: string, ok: (value: string, row: CsvRecord) => boolean) {
    const bad = rows(file).find((row) => !ok(row[column], row));
    expect(bad).toBeUndefined();
  }

  it('has exactly the specified columns in every file', () => {
    for (const [file, columns] of Object.entries(SPEC_COLUMNS)) {
      expect({ file, header: bundle.tables[file as keyof typeof bundle.tables].header }).toEqual({
        file,
        header: columns,
      });
    }
  });

  it('has unique, readable ids', () => {
    const ids: [string, string, RegExp][] = [
      ['regions.csv', 'region_id', /^R-[A-Z]+$/],
      ['teams.csv', 'team_id', /^T-[A-Z]+-\d$/],
      ['users.csv', 'user_id', /^U-\d{4}$/],
      ['deals.csv', 'deal_id', /^D-\d{6}$/],
      ['deals.csv', 'customer_id', /^C-\d{6}$/],
      ['stage_events.csv', 'event_id', /^E-\d{7}$/],
      ['interactions.csv', 'interaction_id', /^I-\d{7}$/],
      ['feedback.csv', 'feedback_id', /^F-\d{6}$/],
      ['targets.csv', 'target_id', /^TG-\d{6}$/],
    ];
    for (const [file, column, pattern] of ids) {
      expectColumn(file, column, (value) => pattern.test(value));
      if (column !== 'customer_id') {
        expect(new Set(rows(file).map((row) => row[column])).size).toBe(rows(file).length);
      }
    }
    const customers = rows('deals.csv').map((deal) => deal['customer_id']);
    expect(new Set(customers).size).toBeLessThan(customers.length);
  });

  it('writes values in the specified formats and vocabularies', () => {
    const timestamps: [string, string][] = [
      ['deals.csv', 'created_at'],
      ['stage_events.csv', 'occurred_at'],
      ['interactions.csv', 'occurred_at'],
      ['feedback.csv', 'occurred_at'],
    ];
    for (const [file, column] of timestamps) {
      expectColumn(file, column, (value) => TIMESTAMP.test(value));
    }
    const inSet = (values: readonly string[]) => (value: string) => values.includes(value);
    expectColumn('users.csv', 'role', inSet(ROLES));
    expectColumn('deals.csv', 'business_model', inSet(MODELS));
    expectColumn('deals.csv', 'amount', (value) => AMOUNT.test(value) && Number(value) > 0);
    expectColumn('deals.csv', 'source_touchpoint', inSet(TOUCHPOINTS));
    expectColumn('deals.csv', 'segment', (value, deal) =>
      (deal['business_model'] === 'PREMIUM_FINANCING'
        ? ['PRIVATE_BANKING', 'CORPORATE']
        : ['RETAIL', 'STUDENT']
      ).includes(value),
    );
    expectColumn('stage_events.csv', 'stage', inSet(JOURNEY_STAGES));
    expectColumn('stage_events.csv', 'info_complete', (value, event) =>
      event['stage'] === 'PAID_OUT' ? ['true', 'false', ''].includes(value) : value === '',
    );
    expectColumn('interactions.csv', 'touchpoint', inSet(TOUCHPOINTS));
    expectColumn('interactions.csv', 'direction', inSet(['INBOUND', 'OUTBOUND']));
    expectColumn(
      'interactions.csv',
      'response_minutes',
      (value, row) => value === '' || (row['direction'] === 'INBOUND' && INTEGER.test(value)),
    );
    expectColumn('feedback.csv', 'stage', inSet(JOURNEY_STAGES));
    expectColumn('feedback.csv', 'touchpoint', inSet(TOUCHPOINTS));
    expectColumn('feedback.csv', 'csat', (value) => /^[1-5]$/.test(value));
    expectColumn('feedback.csv', 'nps', (value) => value === '' || (INTEGER.test(value) && Number(value) <= 10));
    expectColumn('targets.csv', 'scope_type', inSet(['REP', 'TEAM']));
    expectColumn('targets.csv', 'business_model', inSet(MODELS));
    expectColumn('targets.csv', 'kpi', inSet(KPI_CODES));
    expectColumn('targets.csv', 'period_start', (value) => DATE.test(value) && value.endsWith('-01'));
    expectColumn('targets.csv', 'period_end', (value, row) => DATE.test(value) && value > row['period_start']);
    expectColumn('targets.csv', 'value', (value) => AMOUNT.test(value) && Number(value) > 0);
  });

  it('resolves every reference', () => {
    const teamIds = new Set(rows('teams.csv').map((team) => team['team_id']));
    const regionIds = new Set(rows('regions.csv').map((region) => region['region_id']));
    const role = (id: string) => userById.get(id)?.['role'];
    expectColumn('teams.csv', 'region_id', (value) => regionIds.has(value));
    expectColumn('teams.csv', 'manager_user_id', (value) => role(value) === 'SALES_MANAGER');
    expectColumn('users.csv', 'team_id', (value) => value === '' || teamIds.has(value));
    expectColumn('deals.csv', 'rep_id', (value) => role(value) === 'SALES_REP');
    for (const file of ['stage_events.csv', 'interactions.csv', 'feedback.csv']) {
      expectColumn(file, 'deal_id', (value) => dealById.has(value));
    }
    // A contact is handled by the deal's rep or a colleague from the same team.
    expectColumn('interactions.csv', 'rep_id', (value, row) => {
      const dealRep = dealById.get(row['deal_id'])?.['rep_id'] ?? '';
      return role(value) === 'SALES_REP' && userById.get(value)?.['team_id'] === userById.get(dealRep)?.['team_id'];
    });
    expectColumn('targets.csv', 'scope_id', (value, row) =>
      row['scope_type'] === 'REP' ? role(value) === 'SALES_REP' : teamIds.has(value),
    );
  });

  it('keeps every timestamp inside the data window and nothing after now', () => {
    const from = Date.parse(bundle.summary.from);
    const until = Date.parse(bundle.summary.until);
    expect(until).toBeLessThanOrEqual(TEST_NOW.getTime());
    const columns: [string, string][] = [
      ['deals.csv', 'created_at'],
      ['stage_events.csv', 'occurred_at'],
      ['interactions.csv', 'occurred_at'],
      ['feedback.csv', 'occurred_at'],
    ];
    for (const [file, column] of columns) {
      expectColumn(file, column, (value) => Date.parse(value) >= from && Date.parse(value) <= until);
    }
  });

  it('keeps facts at or after their deal was created', () => {
    for (const file of ['stage_events.csv', 'interactions.csv', 'feedback.csv']) {
      expectColumn(
        file,
        'occurred_at',
        (value, row) => Date.parse(value) >= Date.parse(dealById.get(row['deal_id'])?.['created_at'] ?? ''),
      );
    }
  });

  it('plays journeys by the importer rules: one event per stage, SUSPECT first, nothing after LOST', () => {
    const byDeal = new Map<string, CsvRecord[]>();
    for (const event of rows('stage_events.csv')) {
      const events = byDeal.get(event['deal_id']) ?? [];
      events.push(event);
      byDeal.set(event['deal_id'], events);
    }
    expect(byDeal.size).toBe(dealById.size);
    // Collected as text and asserted once: an expect per deal would make this suite slow.
    const violations: string[] = [];
    for (const [dealId, events] of byDeal) {
      const stages = events.map((event) => event['stage']);
      const times = events.map((event) => Date.parse(event['occurred_at']));
      const createdAt = Date.parse(dealById.get(dealId)?.['created_at'] ?? '');
      const path = stages.filter((stage) => stage !== 'LOST' && stage !== 'DEFAULTED');
      const problems = [
        new Set(stages).size !== stages.length && 'a stage twice',
        (stages[0] !== 'SUSPECT' || times[0] !== createdAt) && 'SUSPECT not at created_at',
        times.some((t, i) => i > 0 && t <= times[i - 1]) && 'events not strictly ordered in time',
        path.some((stage, i) => stage !== JOURNEY_STAGES[i]) && 'stages out of journey order',
        stages.includes('LOST') &&
          (stages[stages.length - 1] !== 'LOST' || stages.includes('WON')) &&
          'event after LOST',
        stages.includes('DEFAULTED') &&
          stages.slice(-2).join() !== 'PAID_OUT,DEFAULTED' &&
          'DEFAULTED not after PAID_OUT',
      ].filter((problem): problem is string => typeof problem === 'string');
      violations.push(...problems.map((problem) => `${dealId}: ${problem} (${stages.join(' ')})`));
    }
    expect(violations.slice(0, 5)).toEqual([]);
    expect(new Set(rows('stage_events.csv').map((event) => event['stage']))).toEqual(new Set(JOURNEY_STAGES));
  });

  it('gives every deal 2–8 contacts over the model’s own channels', () => {
    const channels: Readonly<Record<string, readonly string[]>> = {
      PREMIUM_FINANCING: ['MEETING', 'PHONE', 'EMAIL', 'BRANCH'],
      CONSUMER_LOANS: ['APP', 'WEB', 'EMAIL', 'PHONE', 'SOCIAL'],
    };
    const perDeal = new Map<string, number>();
    for (const row of rows('interactions.csv')) {
      perDeal.set(row['deal_id'], (perDeal.get(row['deal_id']) ?? 0) + 1);
    }
    expect(perDeal.size).toBe(dealById.size);
    expect(Math.min(...perDeal.values())).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perDeal.values())).toBeLessThanOrEqual(8);
    expectColumn('interactions.csv', 'touchpoint', (value, row) =>
      channels[dealById.get(row['deal_id'])?.['business_model'] ?? ''].includes(value),
    );
  });
});
