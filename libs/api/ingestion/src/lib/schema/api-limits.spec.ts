import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BundleImporter, type ImportResult } from '../bundle-importer';
import { formatIssue } from '../import-issue';
import { clearImportedTables, snapshotImportedTables } from '../testing/database-state';
import { csv, memoryBundle } from '../testing/memory-bundle';
import { SAMPLE_FILES } from '../testing/sample-bundle';

const REGION_HEADER = 'region_id,name';
const USER_HEADER = 'user_id,email,display_name,role,team_id';
const DEAL_HEADER = 'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint';
const FEEDBACK_HEADER = 'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment';
const TARGET_HEADER = 'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value';

function issuesOf(result: ImportResult): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** The bundle importer against PostgreSQL: the admin API's limits of text and dates hold for imported rows too. */
describe('BundleImporter with the API limits', () => {
  let db: TestDatabase;
  let importer: BundleImporter;

  beforeAll(async () => {
    db = await createTestDatabase();
    importer = new BundleImporter(db.dataSource);
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
    await importer.importBundle(memoryBundle(SAMPLE_FILES));
  });

  /** Imports `files` over the sample, expects exactly `issues` and that nothing changed. */
  async function expectRefused(files: Record<string, string | Uint8Array>, issues: string[]): Promise<void> {
    const before = await snapshotImportedTables(db.dataSource);
    const result = await importer.importBundle(memoryBundle(files));
    expect(issuesOf(result)).toEqual(issues);
    expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
  }

  it('refuses a 5 MB region name, as the admin API caps names at 120 characters', async () => {
    const huge = 'N'.repeat(5_000_000);
    await expectRefused({ 'regions.csv': csv(REGION_HEADER, 'R1,North', `R9,${huge}`) }, [
      `regions.csv:3 name: must be at most ${MAX_NAME_LENGTH} characters (got 5000000)`,
    ]);
  });

  it('imports names of exactly the maximum length, and refuses one character more', async () => {
    const longest = 'x'.repeat(MAX_NAME_LENGTH);
    const result = await importer.importBundle(memoryBundle({ 'regions.csv': csv(REGION_HEADER, `R9,${longest}`) }));
    expect(issuesOf(result)).toEqual([]);
    await expectRefused({ 'regions.csv': csv(REGION_HEADER, `R9,${longest}y`) }, [
      'regions.csv:2 name: must be at most 120 characters (got 121)',
    ]);
  });

  it('refuses names the admin API refuses: blank, or more than one line', async () => {
    await expectRefused({ 'regions.csv': csv(REGION_HEADER, 'R8,"   "', 'R9,"two\nlines"') }, [
      'regions.csv:2 name: must not be empty',
      'regions.csv:3 name: must be one line without control characters',
    ]);
  });

  it('refuses ids the admin API refuses: too long, or with spaces', async () => {
    const long = 'R'.repeat(MAX_ID_LENGTH + 1);
    await expectRefused({ 'regions.csv': csv(REGION_HEADER, `${long},Long`, 'R 9,Spaced') }, [
      `regions.csv:2 region_id: must be 1–64 letters, digits or . _ : - starting with a letter or digit (got '${'R'.repeat(60)}…')`,
      "regions.csv:3 region_id: must be 1–64 letters, digits or . _ : - starting with a letter or digit (got 'R 9')",
    ]);
  });

  it('refuses an over-long display name and e-mail address of a user', async () => {
    const email = `${'x'.repeat(243)}@example.com`;
    await expectRefused({ 'users.csv': csv(USER_HEADER, `U9,${email},${'D'.repeat(121)},SALES_REP,T1`) }, [
      `users.csv:2 email: must be an e-mail address like name@example.com (got '${'x'.repeat(60)}…')`,
      'users.csv:2 display_name: must be at most 120 characters (got 121)',
    ]);
  });

  it('refuses free text over the general limit and a segment over its own', async () => {
    const comment = 'c'.repeat(MAX_TEXT_LENGTH + 1);
    await expectRefused(
      {
        'feedback.csv': csv(FEEDBACK_HEADER, `F9,D1,WON,MEETING,2026-02-02T10:00:00Z,5,,${comment}`),
        'deals.csv': csv(DEAL_HEADER, `D9,CONSUMER_LOANS,U2,C1,2026-01-05T09:00:00Z,1,${'S'.repeat(65)},`),
      },
      [
        'deals.csv:2 segment: must be at most 64 characters (got 65)',
        'feedback.csv:2 comment: must be at most 10000 characters (got 10001)',
      ],
    );
  });

  it('refuses a NUL and invalid UTF-8 on the line they occur', async () => {
    await expectRefused({ 'regions.csv': csv(REGION_HEADER, 'R1,North', 'R9,Nul\u0000Land') }, [
      'regions.csv:3 -: the file holds a NUL character',
    ]);
    const invalidUtf8 = Buffer.concat([Buffer.from(`${REGION_HEADER}\nR9,`), Buffer.from([0xed, 0xa0, 0x80, 0x0a])]);
    await expectRefused({ 'regions.csv': invalidUtf8 }, ['regions.csv:2 -: the file is not valid UTF-8']);
  });

  it('refuses dates and instants outside 1900-01-01 to 9999-12-31, as the API does', async () => {
    await expectRefused(
      {
        'deals.csv': csv(DEAL_HEADER, 'D9,CONSUMER_LOANS,U2,C1,1899-12-31T23:59:59Z,1,,'),
        'targets.csv': csv(TARGET_HEADER, 'G9,REP,U2,CONSUMER_LOANS,WON_DEALS,1899-01-01,2026-02-01,1'),
      },
      [
        "deals.csv:2 created_at: must lie from 1900-01-01 to 9999-12-31 (UTC) (got '1899-12-31T23:59:59Z')",
        "targets.csv:2 period_start: must be a date from 1900-01-01 to 9999-12-31 (got '1899-01-01')",
      ],
    );
  });
});
