import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, runImport, startApiServer, TEST_ADMIN } from '../support/api-server';

const AS_OF = '2026-03-01T00:00:00Z';
const REP_DEALS = `query ($input: RepDealsRequest!) {
  repDeals(input: $input) { openDealCount openAmount openDeals { dealId stage } actions { dealId reason } }
}`;
const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value sampleSize } }`;

/** A bundle's files, each a header and its rows. */
const BUNDLE: Record<string, string[]> = {
  'regions.csv': ['region_id,name', 'R1,North'],
  'teams.csv': ['team_id,name,region_id,manager_user_id', 'T1,Nord Süd,R1,U-MIA'],
  'users.csv': [
    'user_id,email,display_name,role,team_id',
    'U-MIA,mia@e2e.test,Mia Manager,SALES_MANAGER,',
    'U-ANA,ana@e2e.test,Ana Müller,SALES_REP,T1',
    'U-BEN,ben@e2e.test,"=HYPERLINK(""http://example.com"")",SALES_REP,T1',
  ],
  'deals.csv': [
    'deal_id,business_model,rep_id,customer_id,created_at,amount',
    'D1,CONSUMER_LOANS,U-ANA,C-1,2026-01-05T09:00:00Z,1000.50',
    'D2,CONSUMER_LOANS,U-ANA,C-2,2026-02-01T09:00:00Z,2000',
    'D3,CONSUMER_LOANS,U-ANA,C-3,2026-01-10T09:00:00Z,3000',
    'D4,PREMIUM_FINANCING,U-ANA,C-4,2026-02-20T09:00:00Z,400000',
    'D5,CONSUMER_LOANS,U-BEN,C-5,2026-01-15T09:00:00Z,5000',
  ],
  'stage_events.csv': [
    'event_id,deal_id,stage,occurred_at,info_complete',
    'E1,D1,SUSPECT,2026-01-05T09:00:00Z,',
    'E2,D1,OPPORTUNITY,2026-01-20T09:00:00Z,',
    'E3,D2,SUSPECT,2026-02-01T09:00:00Z,',
    'E4,D3,SUSPECT,2026-01-10T09:00:00Z,',
    'E5,D3,WON,2026-02-10T09:00:00Z,',
    'E6,D4,PROSPECT,2026-02-20T09:00:00Z,',
    'E7,D5,LOST,2026-02-01T09:00:00Z,',
  ],
  'interactions.csv': [
    'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at',
    'I1,D1,U-ANA,PHONE,OUTBOUND,2026-02-25T09:00:00Z',
    'I2,D2,U-ANA,EMAIL,OUTBOUND,2026-02-02T09:00:00Z',
  ],
};

/**
 * A rep's pages through the API: the open pipeline is exactly what PIPELINE_VALUE counts, and the
 * exports of the pipeline and of a team's reps are UTF-8 with BOM and formula-safe.
 */
describe('rep deals and the rep and team exports', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let bundle: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    bundle = mkdtempSync(join(tmpdir(), 'rep-pages-e2e-'));
    for (const [file, lines] of Object.entries(BUNDLE)) {
      writeFileSync(join(bundle, file), `${lines.join('\n')}\n`);
    }
    const imported = await runImport(bundle, db.url);
    // The importer's own words when the fixture is wrong.
    expect(imported.code === 0 ? '' : imported.stdout + imported.stderr).toBe('');
    // The manager signs in with the administrator's password (its hash copied: no hashing in the test).
    await db.dataSource.query(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = $1) WHERE user_id = 'U-MIA'`,
      [TEST_ADMIN.email],
    );
    token = await api.login('mia@e2e.test', TEST_ADMIN.password);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
    rmSync(bundle, { recursive: true, force: true });
  });

  async function download(path: string): Promise<{ status: number; bytes: Buffer; disposition: string | null }> {
    const response = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      bytes: Buffer.from(await response.arrayBuffer()),
      disposition: response.headers.get('content-disposition'),
    };
  }

  it('lists as open pipeline exactly the deals and amount that PIPELINE_VALUE counts for the rep', async () => {
    const deals = await api.graphql<{
      repDeals: { openDealCount: number; openAmount: number; openDeals: { dealId: string; stage: string }[] };
    }>(REP_DEALS, { input: { repId: 'U-ANA', asOf: AS_OF } }, token);
    const values = await api.graphql<{
      kpiValues: { businessModel: string; value: number; sampleSize: number }[];
    }>(
      KPI_VALUES,
      {
        filter: {
          from: '2026-02-01',
          to: '2026-03-01',
          asOf: AS_OF,
          kpis: ['PIPELINE_VALUE'],
          scope: { type: 'REP', id: 'U-ANA' },
        },
      },
      token,
    );

    expect(deals.errors).toBeUndefined();
    expect(deals.data?.repDeals.openDeals).toEqual([
      { dealId: 'D1', stage: 'OPPORTUNITY' },
      { dealId: 'D2', stage: 'SUSPECT' },
      { dealId: 'D4', stage: 'PROSPECT' },
    ]);
    const pipeline = values.data?.kpiValues ?? [];
    expect(deals.data?.repDeals.openAmount).toBe(pipeline.reduce((sum, row) => sum + row.value, 0));
    expect(deals.data?.repDeals.openDealCount).toBe(pipeline.reduce((sum, row) => sum + row.sampleSize, 0));
  });

  it('exports the pipeline as CSV: BOM, every open deal with its stage, age and last activity', async () => {
    const csv = await download(`/api/exports/rep-pipeline?repId=U-ANA&asOf=${encodeURIComponent(AS_OF)}`);

    expect(csv.status).toBe(200);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.disposition).toBe('attachment; filename="pipeline-Ana-M-ller-2026-03-01.csv"');
    expect(csv.bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Deal,Customer,Business model,Stage,Stage since,Created,Age (days),Amount (EUR),Last activity,No activity for 14 days',
      'D1,C-1,CONSUMER_LOANS,OPPORTUNITY,2026-01-20T09:00:00Z,2026-01-05T09:00:00Z,54,1000.5,2026-02-25T09:00:00Z,no',
      'D2,C-2,CONSUMER_LOANS,SUSPECT,2026-02-01T09:00:00Z,2026-02-01T09:00:00Z,27,2000,2026-02-02T09:00:00Z,yes',
      'D4,C-4,PREMIUM_FINANCING,PROSPECT,2026-02-20T09:00:00Z,2026-02-20T09:00:00Z,8,400000,,no',
      '',
    ]);
  });

  it('refuses a pipeline export without a rep, or with an asOf that is not an instant, naming the field', async () => {
    const noRep = await download('/api/exports/rep-pipeline');
    const badAsOf = await download('/api/exports/rep-pipeline?repId=U-ANA&asOf=yesterday');

    expect(noRep.status).toBe(400);
    expect(JSON.parse(noRep.bytes.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'input.repId' },
    });
    expect(badAsOf.status).toBe(400);
    expect(JSON.parse(badAsOf.bytes.toString('utf8'))).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'input.asOf' },
    });
  });

  it('exports a team’s reps × KPIs as CSV: one row per figure, the names umlauts and formulas as text', async () => {
    const csv = await download(
      '/api/exports/team-reps?teamId=T1&from=2026-02-01&to=2026-03-01&businessModel=CONSUMER_LOANS&kpis=WON_DEALS,WON_VOLUME',
    );

    expect(csv.status).toBe(200);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.disposition).toBe('attachment; filename="team-Nord-S-d-2026-02-01-2026-02-28.csv"');
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Team,Rep,Rep id,Business model,KPI,Unit,Value,Status,Target,Target to date,Pace,Forecast,Sample size,From,Until',
    );
    // The team's reps by name: the formula-like name sorts first; no targets, so no pace.
    expect(lines.slice(1)).toEqual([
      `Nord Süd,"'=HYPERLINK(""http://example.com"")",U-BEN,CONSUMER_LOANS,Won deals,COUNT,0,NO_RANGE,,,,0,0,2026-02-01,2026-02-28`,
      `Nord Süd,"'=HYPERLINK(""http://example.com"")",U-BEN,CONSUMER_LOANS,Won volume,EUR,0,NO_RANGE,,,,0,0,2026-02-01,2026-02-28`,
      'Nord Süd,Ana Müller,U-ANA,CONSUMER_LOANS,Won deals,COUNT,1,NO_RANGE,,,,1,1,2026-02-01,2026-02-28',
      'Nord Süd,Ana Müller,U-ANA,CONSUMER_LOANS,Won volume,EUR,3000,NO_RANGE,,,,3000,1,2026-02-01,2026-02-28',
      '',
    ]);
  });
});
