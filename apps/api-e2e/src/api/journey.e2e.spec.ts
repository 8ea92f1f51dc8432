import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, runImport, startApiServer, TEST_ADMIN } from '../support/api-server';

/** A bundle's files, each a header and its rows. */
const BUNDLE: Record<string, string[]> = {
  'regions.csv': ['region_id,name', 'R1,North'],
  'teams.csv': ['team_id,name,region_id,manager_user_id', 'T1,Nord Süd,R1,'],
  'users.csv': [
    'user_id,email,display_name,role,team_id',
    'U-ANA,ana@e2e.test,Ana Müller,SALES_REP,T1',
    'U-CLEO,cleo@e2e.test,Cleo Controlling,CONTROLLING,',
  ],
  'deals.csv': [
    'deal_id,business_model,rep_id,customer_id,created_at,amount',
    'D1,CONSUMER_LOANS,U-ANA,C-1,2026-01-05T00:00:00Z,1000',
    'D2,CONSUMER_LOANS,U-ANA,C-2,2026-01-10T00:00:00Z,2000',
  ],
  'stage_events.csv': [
    'event_id,deal_id,stage,occurred_at,info_complete',
    'E1,D1,PROSPECT,2026-01-06T12:00:00Z,',
    'E2,D2,LOST,2026-01-11T00:00:00Z,',
  ],
  'feedback.csv': [
    'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment',
    'F1,D1,PROSPECT,PHONE,2026-01-07T00:00:00Z,1,2,"=HYPERLINK(""http://example.com"")"',
    'F2,D1,PROSPECT,PHONE,2026-01-20T00:00:00Z,5,10,"Schön, danke"',
    'F3,D2,SUSPECT,WEB,2026-01-10T12:00:00Z,2,,',
  ],
};

const QUERY = 'from=2026-01-01&to=2026-02-01&asOf=2026-03-01T00:00:00Z';

/** The journey exports over HTTP: the bytes (BOM, CRLF, formula-safe, umlauts) and their refusals. */
describe('the journey exports', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let bundle: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    bundle = mkdtempSync(join(tmpdir(), 'journey-e2e-'));
    for (const [file, lines] of Object.entries(BUNDLE)) {
      writeFileSync(join(bundle, file), `${lines.join('\n')}\n`);
    }
    const imported = await runImport(bundle, db.url);
    expect(imported.code === 0 ? '' : imported.stdout + imported.stderr).toBe('');
    await db.dataSource.query(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = $1) WHERE user_id = 'U-CLEO'`,
      [TEST_ADMIN.email],
    );
    token = await api.login('cleo@e2e.test', TEST_ADMIN.password);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
    rmSync(bundle, { recursive: true, force: true });
  });

  async function download(path: string): Promise<{ status: number; bytes: Buffer; lines: string[] }> {
    const response = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, bytes, lines: bytes.subarray(3).toString('utf8').split('\r\n') };
  }

  it('exports the feedback: BOM, CRLF, a formula-like comment as text, umlauts, the recovery', async () => {
    const csv = await download(`/api/exports/feedback?${QUERY}`);

    expect(csv.status).toBe(200);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.lines).toEqual([
      'Feedback,Deal,Business model,Rep id,Rep,Team,Customer,Stage,Touchpoint,Occurred at,CSAT,NPS,Comment,Recovery,Recovered at',
      'F2,D1,CONSUMER_LOANS,U-ANA,Ana Müller,Nord Süd,C-1,PROSPECT,PHONE,2026-01-20T00:00:00Z,5,10,"Schön, danke",,',
      'F3,D2,CONSUMER_LOANS,U-ANA,Ana Müller,Nord Süd,C-2,SUSPECT,WEB,2026-01-10T12:00:00Z,2,,,NOT_RECOVERED,',
      // 13 days later: recovered within 14 days
      `F1,D1,CONSUMER_LOANS,U-ANA,Ana Müller,Nord Süd,C-1,PROSPECT,PHONE,2026-01-07T00:00:00Z,1,2,"'=HYPERLINK(""http://example.com"")",RECOVERED_WITHIN_14_DAYS,2026-01-20T00:00:00Z`,
      '',
    ]);
    const filtered = await download(`/api/exports/feedback?${QUERY}&stages=PROSPECT&csatMax=2`);
    expect(filtered.lines.slice(1).map((line) => line.split(',')[0])).toEqual(['F1', '']);
  });

  it('exports the funnel, one line per model and stage', async () => {
    const csv = await download(`/api/exports/funnel?${QUERY}&businessModels=CONSUMER_LOANS`);

    expect(csv.status).toBe(200);
    expect(csv.lines[0]).toBe(
      'Business model,Cohort size,Lost,Defaulted,Stage,Reached,Conversion to next,Median days to next,Deals in median,Lost here,Still open here,From,Until,As of',
    );
    expect(csv.lines.slice(1, 3)).toEqual([
      'CONSUMER_LOANS,2,1,0,SUSPECT,2,0.5,1.5,1,1,0,2026-01-01,2026-01-31,2026-03-01T00:00:00Z',
      'CONSUMER_LOANS,2,1,0,PROSPECT,1,0,,0,0,1,2026-01-01,2026-01-31,2026-03-01T00:00:00Z',
    ]);
    expect(csv.lines).toHaveLength(1 + 7 + 1);
  });

  it('exports the heatmap with the flag set through GraphQL', async () => {
    const flagged = await api.graphql<{ flagMoment: { flaggedByName: string } }>(
      `mutation { flagMoment(input: { businessModel: "CONSUMER_LOANS", stage: PROSPECT, touchpoint: PHONE,
         reason: "@Erstkontakt zählt" }) { flaggedByName } }`,
      {},
      token,
    );
    expect(flagged.errors).toBeUndefined();

    const csv = await download(`/api/exports/moment-heatmap?${QUERY}`);
    expect(csv.status).toBe(200);
    const cells = csv.lines.slice(1, -1).map((line) => line.split(','));
    expect(cells.map((cell) => cell.slice(0, 16).filter((_, index) => index !== 15))).toEqual([
      ['CONSUMER_LOANS', 'SUSPECT', 'WEB', '1', '2', '1', '1', '', '', '', '', '', '', '', ''],
      [
        'CONSUMER_LOANS',
        'PROSPECT',
        'PHONE',
        '2',
        '3',
        '1',
        '0.5',
        '',
        '',
        '',
        '',
        '',
        '',
        "'@Erstkontakt zählt",
        'Cleo Controlling',
      ],
    ]);
    expect(cells[1].slice(16)).toEqual([
      '2026-01-01',
      '2026-01-31',
      '2026-03-01T00:00:00Z',
      '2025-12-01',
      '2025-12-31',
    ]);
  });

  it('refuses bad parameters with the field named, as the queries do', async () => {
    const noFrom = await download('/api/exports/funnel?to=2026-02-01');
    expect(noFrom.status).toBe(400);
    expect(JSON.parse(noFrom.bytes.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'input.from' },
    });
    const badScope = await download(`/api/exports/moment-heatmap?${QUERY}&scopeType=PLANET`);
    expect(JSON.parse(badScope.bytes.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'input.scope.type' },
    });
    const badCsat = await download(`/api/exports/feedback?${QUERY}&csatMin=low&withComment=maybe`);
    expect(JSON.parse(badCsat.bytes.toString('utf8'))).toMatchObject({
      error: {
        code: 'BAD_USER_INPUT',
        issues: [
          { field: 'input.csatMin', message: "must be a whole number from 1 to 5 (got 'low')" },
          { field: 'input.withComment', message: "must be true or false (got 'maybe')" },
        ],
      },
    });
    const unknownModel = await download(`/api/exports/feedback?${QUERY}&businessModels=NOPE`);
    expect(JSON.parse(unknownModel.bytes.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'input.businessModels' },
    });
  });
});
