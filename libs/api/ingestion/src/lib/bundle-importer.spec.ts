import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BundleImporter, type ImportResult } from './bundle-importer';
import { formatIssue, MAX_REPORTED_ISSUES } from './import-issue';
import { clearImportedTables, countRows, IMPORTED_TABLES, snapshotImportedTables } from './testing/database-state';
import { generatedBundleFiles } from './testing/generated-bundle';
import { csv, memoryBundle } from './testing/memory-bundle';
import { SAMPLE_FILES, SAMPLE_ROWS } from './testing/sample-bundle';
import { sampleReplacing } from './testing/sample-variants';

const DEAL_HEADER = 'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint';
const EVENT_HEADER = 'event_id,deal_id,stage,occurred_at,info_complete';
const USER_HEADER = 'user_id,email,display_name,role,team_id';

function issuesOf(result: ImportResult): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

function countsOf(result: ImportResult): Record<string, [number, number, number]> {
  if (!result.ok) {
    throw new Error(`import failed: ${issuesOf(result).join('\n')}`);
  }
  return Object.fromEntries(result.files.map((file) => [file.file, [file.inserted, file.updated, file.unchanged]]));
}

describe('BundleImporter', () => {
  let db: TestDatabase;
  let importer: BundleImporter;

  const query = <T>(sql: string): Promise<T[]> => db.dataSource.query(sql);
  const utc = (expression: string, table: string, where: string): Promise<{ t: string }[]> =>
    query(
      `SELECT to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS t FROM ${table} WHERE ${where}`,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    importer = new BundleImporter(db.dataSource);
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
  });

  describe('a valid bundle', () => {
    it('loads every file into its table', async () => {
      const result = await importer.importBundle(memoryBundle(SAMPLE_FILES));

      expect(issuesOf(result)).toEqual([]);
      expect(result).toMatchObject({ ok: true, rows: 25 });
      expect(result.ok && result.files).toEqual(
        Object.entries(SAMPLE_ROWS).map(([file, rows]) => ({ file, rows, inserted: rows, updated: 0, unchanged: 0 })),
      );
      const counts = await Promise.all(IMPORTED_TABLES.map((table) => countRows(db.dataSource, table)));
      expect(counts).toEqual(Object.values(SAMPLE_ROWS));
      expect(result.ok && result.durationMs).toBeGreaterThan(0);
    });

    it('stores timestamps as the right UTC instant, microseconds included', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));

      expect(await utc('created_at', 'deal', `deal_id = 'D1'`)).toEqual([{ t: '2026-01-05T08:00:00.000000' }]);
      expect(await utc('created_at', 'deal', `deal_id = 'D2'`)).toEqual([{ t: '2026-01-06T10:30:00.123456' }]);
      expect(await utc('occurred_at', 'stage_event', `event_id = 'E6'`)).toEqual([{ t: '2026-01-20T05:00:00.000000' }]);
      expect(await utc('occurred_at', 'stage_event', `event_id = 'E3'`)).toEqual([{ t: '2026-02-01T12:00:00.000001' }]);
    });

    it('accepts every timestamp form the check accepts', async () => {
      const forms = [
        ['D1', '2026-03-01T10:00:00+0200', '2026-03-01 08:00:00'],
        ['D2', '2026-03-01T10:00+02', '2026-03-01 08:00:00'],
        ['D3', '1900-01-01T13:00:00.5+13:00', '1900-01-01 00:00:00.5'],
        ['D4', '9999-12-31T11:59:59.999999-12:00', '9999-12-31 23:59:59.999999'],
      ];
      const deals = csv(DEAL_HEADER, ...forms.map(([id, at]) => `${id},CONSUMER_LOANS,U2,C1,${at},1,,`));
      const result = await importer.importBundle(
        memoryBundle({ ...SAMPLE_FILES, 'deals.csv': deals, 'stage_events.csv': csv(EVENT_HEADER) }),
      );

      expect(issuesOf(result)).toEqual([]);
      const stored = await query<{ deal_id: string; t: string }>(
        `SELECT deal_id, (created_at AT TIME ZONE 'UTC')::text AS t FROM deal ORDER BY deal_id`,
      );
      expect(stored.map((row) => [row.deal_id, row.t])).toEqual(forms.map(([id, , t]) => [id, t]));
    });

    it('keeps text exactly: quotes, commas, line breaks, backslashes, tabs; empty cells become NULL', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));

      const feedback = await query<{ feedback_id: string; comment: string | null; nps: number | null }>(
        'SELECT feedback_id, comment, nps FROM feedback ORDER BY feedback_id',
      );
      expect(feedback).toEqual([
        { feedback_id: 'F1', comment: 'Great, fast "service"', nps: 10 },
        { feedback_id: 'F2', comment: 'Line one\nline two \\ with a tab\t', nps: null },
        { feedback_id: 'F3', comment: null, nps: 7 },
      ]);
      const [deal] = await query<{ amount: string; segment: string | null }>(
        `SELECT amount, segment FROM deal WHERE deal_id = 'D2'`,
      );
      expect(deal).toEqual({ amount: '5000.00', segment: null });
      const users = await query<{ display_name: string; password_hash: string | null; active: boolean }>(
        `SELECT display_name, password_hash, active FROM app_user WHERE user_id = 'U3'`,
      );
      expect(users).toEqual([{ display_name: 'Ray, the Rep', password_hash: null, active: true }]);
    });

    it('accepts a file with only a header and files without optional columns', async () => {
      const deals = csv(
        'deal_id,business_model,rep_id,customer_id,created_at,amount',
        'D1,PREMIUM_FINANCING,U2,C1,2026-01-05T09:00:00+01:00,250000.00',
      );
      const files = {
        ...SAMPLE_FILES,
        'deals.csv': deals,
        'targets.csv': csv('target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value'),
      };
      delete (files as Record<string, string>)['stage_events.csv'];
      delete (files as Record<string, string>)['interactions.csv'];
      delete (files as Record<string, string>)['feedback.csv'];

      const result = await importer.importBundle(memoryBundle(files));

      expect(countsOf(result)).toMatchObject({ 'deals.csv': [1, 0, 0], 'targets.csv': [0, 0, 0] });
      expect(await countRows(db.dataSource, 'target')).toBe(0);
    });
  });

  describe('re-importing', () => {
    it('changes nothing when the bundle is the same', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));
      const before = await snapshotImportedTables(db.dataSource);

      const result = await importer.importBundle(memoryBundle(SAMPLE_FILES));

      expect(countsOf(result)).toEqual(
        Object.fromEntries(Object.entries(SAMPLE_ROWS).map(([file, rows]) => [file, [0, 0, rows]])),
      );
      expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
    });

    it('updates only a changed row', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));
      const before = await snapshotImportedTables(db.dataSource);

      const result = await importer.importBundle(sampleReplacing('deals.csv', '1200.5,RETAIL', '1300.75,RETAIL'));

      expect(countsOf(result)).toMatchObject({ 'deals.csv': [0, 1, 2], 'stage_events.csv': [0, 0, 7] });
      const after = await snapshotImportedTables(db.dataSource);
      expect({ ...after, deal: [] }).toEqual({ ...before, deal: [] });
      expect(await query(`SELECT amount FROM deal WHERE deal_id = 'D3'`)).toEqual([{ amount: '1300.75' }]);
    });

    it('never touches password_hash or active of a user', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));
      await query(`UPDATE app_user SET password_hash = 'hash', active = false WHERE user_id = 'U2'`);

      const result = await importer.importBundle(sampleReplacing('users.csv', 'Rey Rep', 'Rey Renamed'));

      expect(countsOf(result)['users.csv']).toEqual([0, 1, 2]);
      expect(await query(`SELECT display_name, password_hash, active FROM app_user WHERE user_id = 'U2'`)).toEqual([
        { display_name: 'Rey Renamed', password_hash: 'hash', active: false },
      ]);
    });

    it('lets an e-mail move from one user to another in one bundle', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));
      const users = csv(
        USER_HEADER,
        'U2,rep.one.old@example.com,Rey Rep,SALES_REP,T1',
        'U9,Rep.One@example.com,New Rep,SALES_REP,T1',
      );

      const result = await importer.importBundle(memoryBundle({ 'users.csv': users }));

      expect(countsOf(result)).toEqual({ 'users.csv': [1, 1, 0] });
      expect(await query(`SELECT user_id, email FROM app_user WHERE user_id IN ('U2', 'U9') ORDER BY user_id`)).toEqual(
        [
          { user_id: 'U2', email: 'rep.one.old@example.com' },
          { user_id: 'U9', email: 'Rep.One@example.com' },
        ],
      );
    });
  });

  describe('atomicity', () => {
    it('writes nothing when one row of many is bad', async () => {
      await importer.importBundle(memoryBundle(SAMPLE_FILES));
      const before = await snapshotImportedTables(db.dataSource);
      const files = generatedBundleFiles(2_000);
      files['feedback.csv'] += 'F-bad,D7,WON,PHONE,2026-01-01T00:00:00Z,9,,\n';

      const result = await importer.importBundle(memoryBundle(files));

      expect(issuesOf(result)).toEqual([expect.stringMatching(/^feedback\.csv:2002 csat: /)]);
      expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
    });

    it('writes nothing and releases its connection when a file cannot be read', async () => {
      const failing = {
        name: 'regions.csv',
        open: () =>
          Readable.from(
            (async function* () {
              yield Buffer.from('region_id,name\nR1,North\n');
              throw new Error('disk gone');
            })(),
          ),
      };

      await expect(importer.importBundle([failing])).rejects.toThrow('disk gone');
      expect(await countRows(db.dataSource, 'region')).toBe(0);
      await expect(
        importer.importBundle(memoryBundle({ 'regions.csv': SAMPLE_FILES['regions.csv'] })),
      ).resolves.toMatchObject({ ok: true });
    });

    it('runs concurrent imports one after the other', async () => {
      const [first, second] = await Promise.all([
        importer.importBundle(memoryBundle(SAMPLE_FILES)),
        importer.importBundle(memoryBundle(SAMPLE_FILES)),
      ]);

      const inserted = [first, second].map((result) =>
        Object.values(countsOf(result)).reduce((sum, [i]) => sum + i, 0),
      );
      expect(inserted.sort()).toEqual([0, 25]);
    });
  });

  describe('against stored rows', () => {
    beforeEach(async () => {
      expect(issuesOf(await importer.importBundle(memoryBundle(SAMPLE_FILES)))).toEqual([]);
    });

    it('resolves references to rows stored by an earlier import', async () => {
      const result = await importer.importBundle(
        memoryBundle({
          'deals.csv': csv(DEAL_HEADER, 'D4,CONSUMER_LOANS,U3,C4,2026-03-01T00:00:00Z,10,,'),
          'stage_events.csv': csv(
            EVENT_HEADER,
            'E8,D1,ONBOARDED,2026-02-05T00:00:00Z,',
            'E9,D4,SUSPECT,2026-03-01T00:00:00Z,',
          ),
          'interactions.csv': csv(
            'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes',
            'I4,D2,U2,WEB,INBOUND,2026-01-07T00:00:00Z,3',
          ),
          'targets.csv': csv(
            'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value',
            'G3,TEAM,T2,CONSUMER_LOANS,WON_DEALS,2026-01-01,2026-02-01,4',
          ),
          'teams.csv': csv('team_id,name,region_id,manager_user_id', 'T3,Team East,R2,U1'),
        }),
      );

      expect(countsOf(result)).toEqual({
        'teams.csv': [1, 0, 0],
        'deals.csv': [1, 0, 0],
        'stage_events.csv': [2, 0, 0],
        'interactions.csv': [1, 0, 0],
        'targets.csv': [1, 0, 0],
      });
    });

    it('rejects an e-mail that a stored user has', async () => {
      const result = await importer.importBundle(
        memoryBundle({ 'users.csv': csv(USER_HEADER, 'U9,REP.ONE@example.com,Copy,SALES_REP,T1') }),
      );

      expect(issuesOf(result)).toEqual([
        `users.csv:2 email: e-mail 'REP.ONE@example.com' already belongs to user 'U2'`,
      ]);
    });

    it.each([
      [
        'an event before a stored deal was created',
        { 'stage_events.csv': csv(EVENT_HEADER, 'E8,D3,CHAMPION,2026-01-07T07:59:59Z,') },
        `stage_events.csv:2 occurred_at: 2026-01-07 07:59:59 UTC is before the created_at 2026-01-07 08:00:00 UTC of deal 'D3'`,
      ],
      [
        'a second WON beside a stored one',
        { 'stage_events.csv': csv(EVENT_HEADER, 'E8,D1,WON,2026-02-03T00:00:00Z,') },
        `stage_events.csv:2 stage: deal 'D1' already has a WON event (stored event 'E3')`,
      ],
      [
        'an event after a stored LOST',
        { 'stage_events.csv': csv(EVENT_HEADER, 'E8,D2,CHAMPION,2026-01-21T00:00:00Z,') },
        `stage_events.csv:2 occurred_at: deal 'D2' was LOST at 2026-01-20 05:00:00 UTC (stored event 'E6'); no CHAMPION event may follow`,
      ],
      [
        'a LOST before a stored event',
        { 'stage_events.csv': csv(EVENT_HEADER, 'E8,D3,LOST,2026-01-07T12:00:00Z,') },
        `stage_events.csv:2 occurred_at: LOST at 2026-01-07 12:00:00 UTC, but stored event 'E7' (PROSPECT at 2026-01-08 00:00:00 UTC) follows it`,
      ],
      [
        'a deal re-dated after its stored events',
        { 'deals.csv': csv(DEAL_HEADER, 'D3,CONSUMER_LOANS,U3,C3,2026-01-08T00:00:01Z,1200.5,RETAIL,PHONE') },
        `deals.csv:2 created_at: 2026-01-08 00:00:01 UTC is after the PROSPECT event at 2026-01-08 00:00:00 UTC (stored event 'E7')`,
      ],
    ])('rejects %s', async (_rule, files, issue) => {
      const before = await snapshotImportedTables(db.dataSource);

      const result = await importer.importBundle(memoryBundle(files));

      expect(issuesOf(result)).toEqual([issue]);
      expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
    });

    it('judges bundle rows in place of the stored rows they replace', async () => {
      const result = await importer.importBundle(
        memoryBundle({
          'deals.csv': csv(DEAL_HEADER, 'D3,CONSUMER_LOANS,U3,C3,2026-01-08T00:00:01Z,1200.5,RETAIL,PHONE'),
          'stage_events.csv': csv(
            EVENT_HEADER,
            'E7,D3,PROSPECT,2026-01-08T00:00:02Z,',
            'E6,D2,LOST,2026-01-22T00:00:00Z,',
            'E8,D2,CHAMPION,2026-01-21T00:00:00Z,',
          ),
        }),
      );

      expect(countsOf(result)).toEqual({ 'deals.csv': [0, 1, 0], 'stage_events.csv': [1, 2, 0] });
    });
  });

  describe('the audit entry', () => {
    const auditRows = (): Promise<{ actor_user_id: string | null; action: string; after: unknown }[]> =>
      query('SELECT actor_user_id, action, after FROM audit_log ORDER BY audit_id');

    it('is written in the import transaction with the reports, as the system when no actor is named', async () => {
      const result = await importer.importBundle(memoryBundle(SAMPLE_FILES));

      expect(await auditRows()).toEqual([
        { actor_user_id: null, action: 'import.bundle', after: { files: result.ok && result.files } },
      ]);
      // Rows written by one transaction carry its id in xmin.
      const [{ audit, region }] = await query<{ audit: string; region: string }>(
        `SELECT (SELECT xmin::text FROM audit_log LIMIT 1) AS audit, (SELECT xmin::text FROM region LIMIT 1) AS region`,
      );
      expect(audit).toBe(region);
    });

    it('names the actor, and rolls the whole import back when the entry cannot be written', async () => {
      const failing = importer.importBundle(memoryBundle(SAMPLE_FILES), { actorUserId: 'no-such-user' });

      await expect(failing).rejects.toThrow(/audit_log/);
      expect(Object.values(await snapshotImportedTables(db.dataSource)).flat()).toEqual([]);
      expect(await auditRows()).toEqual([]);
    });

    it('records a rejected bundle as import.rejected with the file names and the error count, writing nothing else', async () => {
      const result = await importer.importBundle(sampleReplacing('deals.csv', ',5000,', ',-5,'));

      expect(result.ok).toBe(false);
      expect(await auditRows()).toEqual([
        { actor_user_id: null, action: 'import.rejected', after: { files: Object.keys(SAMPLE_FILES), errorCount: 1 } },
      ]);
      expect(Object.values(await snapshotImportedTables(db.dataSource)).flat()).toEqual([]);
    });
  });

  describe('many issues', () => {
    it(`answers the first ${MAX_REPORTED_ISSUES} in file and line order, and counts all`, async () => {
      const deals = Array.from({ length: 1500 }, (_, i) => `D${i},CONSUMER_LOANS,U2,C1,2026-01-01T00:00:00Z,-1,,`);
      const events = Array.from({ length: 20 }, (_, i) => `E${i},D-missing-${i},WON,2026-01-02T00:00:00Z,`);
      const result = await importer.importBundle(
        memoryBundle({
          ...SAMPLE_FILES,
          'deals.csv': csv(DEAL_HEADER, ...deals),
          'stage_events.csv': csv(EVENT_HEADER, ...events),
        }),
      );

      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES);
        expect(result.issueCount).toBe(1500 + 20);
        expect(formatIssue(result.issues[0])).toMatch(/^deals\.csv:2 amount: /);
        expect(formatIssue(result.issues[MAX_REPORTED_ISSUES - 1])).toMatch(/^deals\.csv:1001 amount: /);
      }
    });
  });
});
