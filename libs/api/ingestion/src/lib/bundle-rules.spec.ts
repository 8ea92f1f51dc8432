import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type BundleFile, bundleFileFromContent } from './bundle/bundle-file';
import { BundleImporter } from './bundle-importer';
import { formatIssue } from './import-issue';
import { clearImportedTables, snapshotImportedTables } from './testing/database-state';
import { csv, memoryBundle } from './testing/memory-bundle';
import { SAMPLE_FILES } from './testing/sample-bundle';
import { sampleAppending, sampleReplacing, sampleWith } from './testing/sample-variants';

const TARGETS_HEADER = 'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value';
const G3 = 'G3,REP,U3,CONSUMER_LOANS,WON_DEALS,2026-01-01,2026-02-01,3';

/** [rule, bundle, the one expected issue's `file:line column`, a pattern its message matches]. */
const REJECTIONS: [string, BundleFile[], string, RegExp][] = [
  // The bundle and its files
  ['an unknown CSV file', sampleWith({ 'notes.csv': 'a\n1\n' }), 'notes.csv:1 -', /unknown file/],
  [
    'the same file twice',
    [...memoryBundle(SAMPLE_FILES), bundleFileFromContent('targets.csv', SAMPLE_FILES['targets.csv'])],
    'targets.csv:1 -',
    /twice/,
  ],
  ['an empty bundle', [], '-:0 -', /no CSV file/],
  ['a bundle without CSV files', memoryBundle({ 'readme.txt': 'hi' }), '-:0 -', /no CSV file/],
  [
    'invalid UTF-8',
    sampleAppending('targets.csv', Buffer.from([0x47, 0x33, 0xff, 0x2c, 0x0a])),
    'targets.csv:4 -',
    /UTF-8/,
  ],
  ['a NUL character', sampleAppending('targets.csv', `G3\u0000,REP`), 'targets.csv:4 -', /NUL/],
  ['an unclosed quote', sampleAppending('targets.csv', '"G3,REP,U3'), 'targets.csv:4 -', /never closed/],
  [
    'a quote inside an unquoted field',
    sampleAppending('targets.csv', G3.replace('U3', 'U"3')),
    'targets.csv:4 -',
    /quote/,
  ],
  [
    'a row with too few fields',
    sampleAppending('targets.csv', 'G3,REP'),
    'targets.csv:4 -',
    /2 fields, the header has 8/,
  ],
  ['a file without a header row', sampleWith({ 'targets.csv': '' }), 'targets.csv:1 -', /header row is required/],
  [
    'an unknown column',
    sampleWith({ 'targets.csv': csv(`${TARGETS_HEADER},colour`, `${G3},red`) }),
    'targets.csv:1 colour',
    /unknown column/,
  ],
  [
    'a duplicate column',
    sampleWith({ 'targets.csv': csv(`${TARGETS_HEADER},value`, `${G3},3`) }),
    'targets.csv:1 value',
    /duplicate column/,
  ],
  [
    'a missing required column',
    sampleWith({ 'targets.csv': csv(TARGETS_HEADER.replace(',value', ''), G3.replace(/,3$/, '')) }),
    'targets.csv:1 value',
    /required column is missing/,
  ],
  // Fields
  ['an empty required field', sampleReplacing('deals.csv', 'Z,5000,', 'Z,,'), 'deals.csv:3 amount', /is required/],
  [
    'a timestamp without offset',
    sampleReplacing('deals.csv', '.123456Z,5000', '.123456,5000'),
    'deals.csv:3 created_at',
    /offset/,
  ],
  [
    'an impossible timestamp',
    sampleReplacing('deals.csv', '2026-01-07T08:00Z', '2026-02-30T08:00Z'),
    'deals.csv:4 created_at',
    /ISO 8601/,
  ],
  [
    'an amount with 3 decimals',
    sampleReplacing('deals.csv', ',5000,', ',5000.001,'),
    'deals.csv:3 amount',
    /at most 2 decimals/,
  ],
  [
    'an amount with a thousands separator',
    sampleReplacing('deals.csv', ',5000,', ',"5,000",'),
    'deals.csv:3 amount',
    /'5,000'/,
  ],
  ['an amount with an exponent', sampleReplacing('deals.csv', ',5000,', ',5e3,'), 'deals.csv:3 amount', /'5e3'/],
  ['a negative amount', sampleReplacing('deals.csv', ',5000,', ',-5000,'), 'deals.csv:3 amount', /≥ 0/],
  [
    'an unknown source touchpoint',
    sampleReplacing('deals.csv', 'SME,WEB', 'SME,FAX'),
    'deals.csv:2 source_touchpoint',
    /'FAX'/,
  ],
  [
    'an unknown stage',
    sampleReplacing('stage_events.csv', 'D3,PROSPECT', 'D3,CLOSED'),
    'stage_events.csv:8 stage',
    /'CLOSED'/,
  ],
  [
    'a boolean that is not true/false',
    sampleReplacing('stage_events.csv', 'Z,true', 'Z,yes'),
    'stage_events.csv:5 info_complete',
    /true or false/,
  ],
  [
    'an unknown direction',
    sampleReplacing('interactions.csv', 'EMAIL,INBOUND', 'EMAIL,IN'),
    'interactions.csv:2 direction',
    /INBOUND, OUTBOUND/,
  ],
  [
    'a negative response time',
    sampleReplacing('interactions.csv', ',42.5', ',-42.5'),
    'interactions.csv:2 response_minutes',
    /≥ 0/,
  ],
  [
    'an unknown touchpoint',
    sampleReplacing('interactions.csv', 'U2,PHONE', 'U2,FAX'),
    'interactions.csv:3 touchpoint',
    /'FAX'/,
  ],
  ['a csat above 5', sampleReplacing('feedback.csv', 'Z,4,7,', 'Z,6,7,'), 'feedback.csv:5 csat', /from 1 to 5/],
  ['a fractional csat', sampleReplacing('feedback.csv', 'Z,4,7,', 'Z,4.5,7,'), 'feedback.csv:5 csat', /integer/],
  ['an nps above 10', sampleReplacing('feedback.csv', 'Z,5,10,', 'Z,5,11,'), 'feedback.csv:2 nps', /from 0 to 10/],
  ['an unknown role', sampleReplacing('users.csv', 'SALES_REP,T1', 'BOSS,T1'), 'users.csv:3 role', /'BOSS'/],
  [
    'an invalid e-mail',
    sampleReplacing('users.csv', 'rep.one@example.com', 'rep.one'),
    'users.csv:3 email',
    /e-mail address/,
  ],
  [
    'an unknown scope type',
    sampleReplacing('targets.csv', 'G1,REP', 'G1,REGION'),
    'targets.csv:2 scope_type',
    /REP, TEAM/,
  ],
  ['an unknown KPI', sampleReplacing('targets.csv', 'WON_VOLUME', 'REVENUE'), 'targets.csv:2 kpi', /'REVENUE'/],
  [
    'an impossible date',
    sampleReplacing('targets.csv', '2026-01-01,2026-04-01', '2026-02-30,2026-04-01'),
    'targets.csv:2 period_start',
    /YYYY-MM-DD/,
  ],
  [
    'a period that ends before it starts',
    sampleReplacing('targets.csv', '2026-01-01,2026-02-01', '2026-01-01,2026-01-01'),
    'targets.csv:3 period_end',
    /after period_start/,
  ],
  ['a negative target value', sampleReplacing('targets.csv', ',1000000', ',-1'), 'targets.csv:2 value', /≥ 0/],
  // Keys
  [
    'a duplicate id',
    sampleAppending('regions.csv', 'R1,North again'),
    'regions.csv:4 region_id',
    /duplicate id 'R1' \(first on line 2\)/,
  ],
  [
    'an e-mail used twice (ignoring case)',
    sampleReplacing('users.csv', 'rep.two@', 'REP.ONE@'),
    'users.csv:4 email',
    /also used on line 3/,
  ],
  // References
  ['an unknown region', sampleReplacing('teams.csv', 'U1,R1', 'U1,R9'), 'teams.csv:2 region_id', /unknown region 'R9'/],
  [
    'an unknown team manager',
    sampleReplacing('teams.csv', 'T1,U1', 'T1,U9'),
    'teams.csv:2 manager_user_id',
    /unknown user 'U9'/,
  ],
  [
    'an unknown team of a user',
    sampleReplacing('users.csv', 'SALES_REP,T1', 'SALES_REP,T9'),
    'users.csv:3 team_id',
    /unknown team 'T9'/,
  ],
  [
    'an unknown rep of a deal',
    sampleReplacing('deals.csv', 'U2,C1', 'U9,C1'),
    'deals.csv:2 rep_id',
    /unknown user 'U9'/,
  ],
  [
    'an unknown business model',
    sampleReplacing('deals.csv', 'D1,PREMIUM_FINANCING', 'D1,MORTGAGES'),
    'deals.csv:2 business_model',
    /unknown business model 'MORTGAGES' \(known: CONSUMER_LOANS, PREMIUM_FINANCING\)/,
  ],
  [
    'an unknown deal of a stage event',
    sampleReplacing('stage_events.csv', 'E7,D3', 'E7,D9'),
    'stage_events.csv:8 deal_id',
    /unknown deal 'D9'/,
  ],
  [
    'an unknown deal of an interaction',
    sampleReplacing('interactions.csv', 'I3,D3', 'I3,D9'),
    'interactions.csv:4 deal_id',
    /unknown deal/,
  ],
  [
    'an unknown rep of an interaction',
    sampleReplacing('interactions.csv', 'D3,U3', 'D3,U9'),
    'interactions.csv:4 rep_id',
    /unknown user/,
  ],
  [
    'an unknown deal of feedback',
    sampleReplacing('feedback.csv', 'F3,D3', 'F3,D9'),
    'feedback.csv:5 deal_id',
    /unknown deal/,
  ],
  [
    'an unknown business model of a target',
    sampleReplacing('targets.csv', 'U2,PREMIUM_FINANCING', 'U2,X'),
    'targets.csv:2 business_model',
    /'X'/,
  ],
  [
    'a REP target on a team id',
    sampleReplacing('targets.csv', 'REP,U2', 'REP,T1'),
    'targets.csv:2 scope_id',
    /unknown user 'T1'/,
  ],
  [
    'a TEAM target on a user id',
    sampleReplacing('targets.csv', 'TEAM,T1', 'TEAM,U2'),
    'targets.csv:3 scope_id',
    /unknown team 'U2'/,
  ],
  // Stage rules
  [
    'an event a microsecond before the deal was created',
    sampleReplacing(
      'stage_events.csv',
      'E5,D2,SUSPECT,2026-01-06T10:30:00.123456Z',
      'E5,D2,SUSPECT,2026-01-06T10:30:00.123455Z',
    ),
    'stage_events.csv:6 occurred_at',
    /before the created_at 2026-01-06 10:30:00.123456 UTC of deal 'D2'/,
  ],
  [
    'an event before the deal was created, across offsets',
    sampleReplacing(
      'stage_events.csv',
      'E1,D1,SUSPECT,2026-01-05T09:00:00+01:00',
      'E1,D1,SUSPECT,2026-01-05T08:59:59+01:00',
    ),
    'stage_events.csv:2 occurred_at',
    /2026-01-05 07:59:59 UTC is before/,
  ],
  [
    'a second event of one stage',
    sampleAppending('stage_events.csv', 'E8,D1,WON,2026-02-02T00:00:00Z,'),
    'stage_events.csv:9 stage',
    /deal 'D1' already has a WON event \(event 'E3' on line 4\)/,
  ],
  [
    'an event after LOST',
    sampleAppending('stage_events.csv', 'E8,D2,OPPORTUNITY,2026-01-20T05:00:00.000001Z,'),
    'stage_events.csv:9 occurred_at',
    /deal 'D2' was LOST at 2026-01-20 05:00:00 UTC \(event 'E6' on line 7\); no OPPORTUNITY event may follow/,
  ],
];

describe('bundle rules: each rejection names its file, line and column', () => {
  let db: TestDatabase;
  let importer: BundleImporter;

  beforeAll(async () => {
    db = await createTestDatabase();
    importer = new BundleImporter(db.dataSource);
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  it('accepts the unchanged sample bundle (the baseline of every case)', async () => {
    await expect(importer.importBundle(memoryBundle(SAMPLE_FILES))).resolves.toMatchObject({ ok: true });
    await clearImportedTables(db.dataSource);
  });

  it.each(REJECTIONS)('rejects %s', async (_rule, files, location, message) => {
    const before = await snapshotImportedTables(db.dataSource);

    const result = await importer.importBundle(files);

    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([expect.stringMatching(/./)]);
    if (!result.ok) {
      expect(result.issueCount).toBe(1);
      expect(formatIssue(result.issues[0])).toMatch(
        new RegExp(`^${location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
      );
      expect(result.issues[0].message).toMatch(message);
    }
    expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
  });

  it.each([
    [
      'a row rule (checked while the file is read)',
      sampleReplacing('targets.csv', '2026-01-01,2026-02-01', '2026-01-01,2026-01-01'),
      {
        file: 'targets.csv',
        line: 3,
        column: 'period_end',
        code: 'PERIOD_END_NOT_AFTER_PERIOD_START',
        params: { start: '2026-01-01', end: '2026-01-01' },
        message: 'must be after period_start 2026-01-01 (got 2026-01-01)',
      },
    ],
    [
      'an SQL check (its parameters read from the database, numbers as numbers)',
      sampleAppending('regions.csv', 'R1,North again'),
      {
        file: 'regions.csv',
        line: 4,
        column: 'region_id',
        code: 'DUPLICATE_ID',
        params: { id: 'R1', firstLine: 2 },
        message: "duplicate id 'R1' (first on line 2)",
      },
    ],
    [
      'an SQL check that chooses its message by the rows it found',
      sampleAppending('stage_events.csv', 'E8,D2,OPPORTUNITY,2026-01-20T05:00:00.000001Z,'),
      {
        file: 'stage_events.csv',
        line: 9,
        column: 'occurred_at',
        code: 'EVENT_AFTER_LOST',
        params: { dealId: 'D2', lostAt: '2026-01-20 05:00:00', lostEventId: 'E6', lostLine: 7, stage: 'OPPORTUNITY' },
        message:
          "deal 'D2' was LOST at 2026-01-20 05:00:00 UTC (event 'E6' on line 7); no OPPORTUNITY event may follow",
      },
    ],
  ])('gives the issue of %s its message code and parameters', async (_source, files, issue) => {
    const result = await importer.importBundle(files);

    expect(result.ok ? [] : result.issues).toEqual([issue]);
  });
});
