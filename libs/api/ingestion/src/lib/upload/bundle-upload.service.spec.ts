import { ValidationError, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BundleImporter } from '../bundle-importer';
import { MAX_REPORTED_ISSUES } from '../import-issue';
import { clearImportedTables, snapshotImportedTables } from '../testing/database-state';
import { csv } from '../testing/memory-bundle';
import { SAMPLE_FILES, SAMPLE_ROWS } from '../testing/sample-bundle';
import { BundleUploadService } from './bundle-upload.service';
import type { UploadedBundleFile } from './bundle-upload-storage';

const ADMIN: Viewer = {
  userId: 'A1',
  email: 'admin@example.com',
  displayName: 'Ada Admin',
  role: 'ADMIN',
  teamId: null,
};
const DEAL_HEADER = 'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint';

interface AuditRow {
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  after: unknown;
}

function upload(files: Readonly<Record<string, string>>): UploadedBundleFile[] {
  return Object.entries(files).map(([originalname, content]) => {
    const buffer = Buffer.from(content, 'utf8');
    return { originalname, buffer, size: buffer.length };
  });
}

describe('BundleUploadService', () => {
  let db: TestDatabase;
  let service: BundleUploadService;

  const auditRows = (): Promise<AuditRow[]> =>
    db.dataSource.query('SELECT actor_user_id, action, entity_type, entity_id, after FROM audit_log ORDER BY audit_id');

  beforeAll(async () => {
    db = await createTestDatabase();
    service = new BundleUploadService(new BundleImporter(db.dataSource));
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
    await db.dataSource.query(
      `INSERT INTO app_user (user_id, email, display_name, role) VALUES ('A1', 'admin@example.com', 'Ada Admin', 'ADMIN')`,
    );
  });

  it('imports the upload and answers the rows per file', async () => {
    const answer = await service.importUpload(ADMIN, upload(SAMPLE_FILES));

    expect(answer).toEqual({
      status: 'IMPORTED',
      files: Object.entries(SAMPLE_ROWS).map(([file, rows]) => ({
        file,
        rows,
        inserted: rows,
        updated: 0,
        unchanged: 0,
      })),
      durationMs: expect.any(Number),
    });
  });

  it('commits the import.bundle audit entry in the transaction that wrote the rows', async () => {
    await service.importUpload(ADMIN, upload(SAMPLE_FILES));
    const again = await service.importUpload(ADMIN, upload({ 'regions.csv': SAMPLE_FILES['regions.csv'] }));

    const [first, second] = await auditRows();
    expect(first).toEqual({
      actor_user_id: 'A1',
      action: 'import.bundle',
      entity_type: 'import',
      entity_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      after: {
        files: Object.entries(SAMPLE_ROWS).map(([file, rows]) => ({
          file,
          rows,
          inserted: rows,
          updated: 0,
          unchanged: 0,
        })),
      },
    });
    expect(second.after).toEqual({ files: [{ file: 'regions.csv', rows: 2, inserted: 0, updated: 0, unchanged: 2 }] });
    expect(again).toMatchObject({ status: 'IMPORTED' });
    // Rows written by one transaction carry its id in xmin.
    const [{ audit, deal }] = await db.dataSource.query(
      `SELECT (SELECT xmin::text FROM audit_log ORDER BY audit_id LIMIT 1) AS audit,
              (SELECT xmin::text FROM deal WHERE deal_id = 'D1') AS deal`,
    );
    expect(audit).toBe(deal);
  });

  it('writes neither rows nor its entry when the audit entry cannot be written', async () => {
    const before = await snapshotImportedTables(db.dataSource);
    const unknownActor: Viewer = { ...ADMIN, userId: 'nobody' };

    await expect(service.importUpload(unknownActor, upload(SAMPLE_FILES))).rejects.toThrow(/audit_log/);

    expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
    expect(await auditRows()).toEqual([]);
  });

  it('answers every error of a rejected upload, writes no row and audits it as import.rejected', async () => {
    const before = await snapshotImportedTables(db.dataSource);
    const files = { ...SAMPLE_FILES, 'deals.csv': SAMPLE_FILES['deals.csv'].replace(',5000,', ',-5,') };

    const answer = await service.importUpload(ADMIN, upload(files));

    expect(answer).toEqual({
      status: 'REJECTED',
      errors: [expect.stringMatching(/^deals\.csv:3 amount: must be an amount in EUR ≥ 0/)],
      issues: [
        {
          file: 'deals.csv',
          line: 3,
          column: 'amount',
          code: 'AMOUNT_FORMAT',
          params: { value: '-5' },
          message: expect.stringMatching(/^must be an amount in EUR ≥ 0/),
        },
      ],
      errorCount: 1,
    });
    expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
    expect(await auditRows()).toEqual([
      {
        actor_user_id: 'A1',
        action: 'import.rejected',
        entity_type: 'import',
        entity_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        after: { files: Object.keys(files), errorCount: 1 },
      },
    ]);
  });

  it(`passes the importer's cap through: the first ${MAX_REPORTED_ISSUES} errors and the count of all`, async () => {
    const deals = Array.from({ length: 1200 }, (_, i) => `D${i},CONSUMER_LOANS,U2,C1,2026-01-01T00:00:00Z,-1,,`);

    const answer = await service.importUpload(
      ADMIN,
      upload({ ...SAMPLE_FILES, 'deals.csv': csv(DEAL_HEADER, ...deals) }),
    );

    expect(answer.status).toBe('REJECTED');
    if (answer.status === 'REJECTED') {
      expect(answer.errors).toHaveLength(MAX_REPORTED_ISSUES);
      expect(answer.errorCount).toBe(1200);
      expect(answer.errors[0]).toMatch(/^deals\.csv:2 amount: /);
    }
  });

  it('refuses an upload without files as bad input, and audits nothing', async () => {
    const attempt = service.importUpload(ADMIN, []);

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow("files: no file was uploaded; send the bundle's CSV files");
    expect(await auditRows()).toEqual([]);
  });
});
