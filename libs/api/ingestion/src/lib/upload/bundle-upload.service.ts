import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { recordAudit, type Viewer } from '@salesdash/api/platform';
import { DataSource } from 'typeorm';
import { bundleFileFromContent } from '../bundle/bundle-file';
import { BundleImporter, type FileReport } from '../bundle-importer';
import { formatIssue } from '../import-issue';
import { refused, type UploadedBundleFile, UPLOAD_FIELD } from './bundle-upload-storage';
import type { ImportAnswer, ImportedFile } from './import-answer';

const AUDIT_ENTITY = 'import';

function importedFile({ file, rows, inserted, updated, unchanged }: FileReport): ImportedFile {
  return { file, rows, inserted, updated, unchanged };
}

/**
 * Imports an uploaded bundle with the CLI's importer and rules, and audits it: an imported bundle in
 * the import's own transaction, a rejected one on its own.
 */
@Injectable()
export class BundleUploadService {
  constructor(
    private readonly importer: BundleImporter,
    private readonly dataSource: DataSource,
  ) {}

  async importUpload(actor: Viewer, uploaded: readonly UploadedBundleFile[]): Promise<ImportAnswer> {
    if (uploaded.length === 0) {
      throw refused(
        `no file was uploaded; send the bundle's CSV files as multipart/form-data in the field '${UPLOAD_FIELD}'`,
      );
    }
    const importId = randomUUID();
    const result = await this.importer.importBundle(
      uploaded.map((file) => bundleFileFromContent(file.originalname, file.buffer)),
      {
        beforeCommit: (transaction, files) =>
          recordAudit(transaction, {
            actorUserId: actor.userId,
            action: 'import.bundle',
            entityType: AUDIT_ENTITY,
            entityId: importId,
            after: { files: files.map(importedFile) },
          }),
      },
    );
    if (result.ok) {
      return { status: 'IMPORTED', files: result.files.map(importedFile), durationMs: Math.round(result.durationMs) };
    }
    // A rejected import wrote nothing, so its entry is a single INSERT: a transaction of its own.
    await recordAudit(this.dataSource, {
      actorUserId: actor.userId,
      action: 'import.rejected',
      entityType: AUDIT_ENTITY,
      entityId: importId,
      after: { files: uploaded.map((file) => file.originalname), errorCount: result.issueCount },
    });
    return { status: 'REJECTED', errors: result.issues.map(formatIssue), errorCount: result.issueCount };
  }
}
