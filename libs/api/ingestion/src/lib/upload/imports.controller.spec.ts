import { type CanActivate, type ExecutionContext, type INestApplication, Injectable } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import {
  createAppLogger,
  DatabaseModule,
  domainErrorFilterProvider,
  requestOf,
  type Viewer,
} from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { IngestionModule } from '../ingestion.module';
import { clearImportedTables, countRows, snapshotImportedTables } from '../testing/database-state';
import { SAMPLE_FILES, SAMPLE_ROWS } from '../testing/sample-bundle';
import { UPLOAD_LIMITS, type UploadLimits } from './upload-limits';

const ADMIN: Viewer = {
  userId: 'A1',
  email: 'admin@example.com',
  displayName: 'Ada Admin',
  role: 'ADMIN',
  teamId: null,
};
// Small caps, so the tests can cross them; the sample bundle (1.6 kB, files up to 328 bytes) fits.
const LIMITS: UploadLimits = { maxFileBytes: 400, maxUploadBytes: 2000 };
const ALLOWED =
  'regions.csv, teams.csv, users.csv, deals.csv, stage_events.csv, interactions.csv, feedback.csv and targets.csv';

/** Stands in for the AuthGuard (tested over HTTP in api-e2e): every request is the administrator's. */
@Injectable()
class SignedInAsAdmin implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    requestOf(context).viewer = ADMIN;
    return true;
  }
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function bundleForm(files: Readonly<Record<string, string>>, field = 'files'): FormData {
  const form = new FormData();
  for (const [name, content] of Object.entries(files)) {
    form.append(field, new Blob([content], { type: 'text/csv' }), name);
  }
  return form;
}

function badInput(message: string, messageCode: string, params: Record<string, unknown>): Record<string, unknown> {
  return {
    error: {
      code: 'BAD_USER_INPUT',
      messageCode,
      params,
      message: `files: ${message}`,
      field: 'files',
      issues: [{ field: 'files', messageCode, params, message }],
    },
  };
}

describe('POST /api/imports', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;

  const post = async (init: RequestInit): Promise<Answer> => {
    const response = await fetch(url, { method: 'POST', ...init });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const upload = (files: Readonly<Record<string, string>>, field?: string) => post({ body: bundleForm(files, field) });

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forDataSource(db.dataSource), IngestionModule],
      providers: [
        { provide: APP_GUARD, useClass: SignedInAsAdmin },
        domainErrorFilterProvider(createAppLogger({ level: 'silent', pretty: false })),
      ],
    })
      .overrideProvider(UPLOAD_LIMITS)
      .useValue(LIMITS)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/api/imports`;
  }, 60_000);

  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
    await db.dataSource.query(
      `INSERT INTO app_user (user_id, email, display_name, role) VALUES ('A1', 'admin@example.com', 'Ada Admin', 'ADMIN')`,
    );
  });

  describe('a bundle the importer reads', () => {
    it('answers 200 IMPORTED with the rows per file', async () => {
      const answer = await upload(SAMPLE_FILES);

      expect(answer).toEqual({
        status: 200,
        body: {
          status: 'IMPORTED',
          files: Object.entries(SAMPLE_ROWS).map(([file, rows]) => ({
            file,
            rows,
            inserted: rows,
            updated: 0,
            unchanged: 0,
          })),
          durationMs: expect.any(Number),
        },
      });
      expect(await countRows(db.dataSource, 'stage_event')).toBe(SAMPLE_ROWS['stage_events.csv']);
    });

    it('answers 422 REJECTED with every error, and writes nothing', async () => {
      const before = await snapshotImportedTables(db.dataSource);

      const answer = await upload({ 'teams.csv': 'team_id,name,region_id\nT1,Team,R9\nT2,,R1\n' });

      expect(answer).toEqual({
        status: 422,
        body: {
          status: 'REJECTED',
          errors: [
            "teams.csv:2 region_id: unknown region 'R9' (neither in regions.csv nor stored)",
            'teams.csv:3 name: is required',
            "teams.csv:3 region_id: unknown region 'R1' (neither in regions.csv nor stored)",
          ],
          issues: [
            {
              file: 'teams.csv',
              line: 2,
              column: 'region_id',
              code: 'UNRESOLVED_REGION',
              params: { value: 'R9', file: 'regions.csv' },
              message: "unknown region 'R9' (neither in regions.csv nor stored)",
            },
            {
              file: 'teams.csv',
              line: 3,
              column: 'name',
              code: 'VALUE_REQUIRED',
              params: {},
              message: 'is required',
            },
            {
              file: 'teams.csv',
              line: 3,
              column: 'region_id',
              code: 'UNRESOLVED_REGION',
              params: { value: 'R1', file: 'regions.csv' },
              message: "unknown region 'R1' (neither in regions.csv nor stored)",
            },
          ],
          errorCount: 3,
        },
      });
      expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
    });
  });

  describe('an upload refused before the import, with 400 BAD_USER_INPUT and nothing written', () => {
    afterEach(async () => {
      expect(await countRows(db.dataSource, 'region')).toBe(0);
      expect(await countRows(db.dataSource, 'audit_log')).toBe(0);
    });

    it('names a file that is not part of a bundle and the files that are', async () => {
      const answer = await upload({ 'regions.csv': SAMPLE_FILES['regions.csv'], 'notes.csv': 'x\n' });

      expect(answer).toEqual({
        status: 400,
        body: badInput(`'notes.csv' is not a bundle file; a bundle holds only ${ALLOWED}`, 'UPLOAD_NOT_A_BUNDLE_FILE', {
          file: 'notes.csv',
          allowed: ALLOWED,
        }),
      });
    });

    it('keeps a UTF-8 file name as it was sent', async () => {
      const answer = await upload({ 'régions.csv': SAMPLE_FILES['regions.csv'] });

      expect(answer.body).toEqual(
        badInput(`'régions.csv' is not a bundle file; a bundle holds only ${ALLOWED}`, 'UPLOAD_NOT_A_BUNDLE_FILE', {
          file: 'régions.csv',
          allowed: ALLOWED,
        }),
      );
    });

    it('refuses a file sent twice', async () => {
      const form = bundleForm({ 'regions.csv': SAMPLE_FILES['regions.csv'] });
      form.append('files', new Blob([SAMPLE_FILES['regions.csv']]), 'regions.csv');

      const answer = await post({ body: form });

      expect(answer).toEqual({
        status: 400,
        body: badInput(`'regions.csv' is uploaded twice; a bundle holds each file once`, 'UPLOAD_FILE_TWICE', {
          file: 'regions.csv',
        }),
      });
    });

    it.each([
      ['an empty multipart upload', { body: new FormData() }],
      ['a request that is not multipart', { body: '{}', headers: { 'content-type': 'application/json' } }],
    ])('refuses %s: no file was uploaded', async (_case, init) => {
      const answer = await post(init);

      expect(answer).toEqual({
        status: 400,
        body: badInput(
          `no file was uploaded; send the bundle's CSV files as multipart/form-data in the field 'files'`,
          'UPLOAD_EMPTY',
          { field: 'files' },
        ),
      });
    });

    it('names a file larger than the cap per file', async () => {
      const regions = `region_id,name\n${'R1,North\n'.repeat(45)}`;

      const answer = await upload({ 'regions.csv': regions });

      expect(regions.length).toBeGreaterThan(LIMITS.maxFileBytes);
      expect(answer).toEqual({
        status: 400,
        body: badInput(
          `'regions.csv' is larger than 400 bytes, the most one file of an upload may have; import it with npm run import instead`,
          'UPLOAD_FILE_TOO_LARGE',
          { file: 'regions.csv', limit: '400 bytes' },
        ),
      });
    });

    it('refuses an upload larger than the cap of an upload', async () => {
      const file = `x\n${'y'.repeat(LIMITS.maxFileBytes - 10)}\n`;
      const files = Object.fromEntries(
        ['regions.csv', 'teams.csv', 'users.csv', 'deals.csv', 'stage_events.csv', 'targets.csv'].map((name) => [
          name,
          file,
        ]),
      );

      const answer = await upload(files);

      expect(answer).toEqual({
        status: 400,
        body: badInput(
          'the upload is larger than 2 kB, the most one upload may have; upload the files in several imports, or use npm run import',
          'UPLOAD_TOO_LARGE',
          { limit: '2 kB' },
        ),
      });
    });

    it.each([
      [
        'a file in another field',
        () => bundleForm({ 'regions.csv': SAMPLE_FILES['regions.csv'] }, 'file'),
        /Unexpected file field - file/,
      ],
      [
        'a text field beside the files',
        () => {
          const form = bundleForm({ 'regions.csv': SAMPLE_FILES['regions.csv'] });
          form.append('comment', 'hello');
          return form;
        },
        /Too many fields/,
      ],
    ])("maps multer's refusal of %s to the same shape", async (_case, form, reason) => {
      const answer = await post({ body: form() });

      expect(answer.status).toBe(400);
      expect(answer.body['error']).toMatchObject({
        code: 'BAD_USER_INPUT',
        messageCode: 'UPLOAD_UNREADABLE',
        params: { reason: expect.stringMatching(reason), field: 'files' },
        field: 'files',
        message: expect.stringMatching(/^files: the upload could not be read \(.+\); send only the bundle's CSV files/),
      });
      expect(JSON.stringify(answer.body)).toMatch(reason);
    });

    it('maps a broken multipart body to the same shape', async () => {
      const answer = await post({
        body: '--b\r\nContent-Disposition: form-data; name="files"; filename="regions.csv"\r\n\r\nregion_id,name\n',
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      });

      expect(answer.status).toBe(400);
      expect(answer.body['error']).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^files: the upload could not be read \(Multipart: Unexpected end of form\)/),
      });
    });
  });
});
