import { Injectable } from '@nestjs/common';
import type { Viewer } from '@salesdash/api/platform';
import { bundleFileFromContent } from '../bundle/bundle-file';
import { BundleImporter, type FileReport } from '../bundle-importer';
import { formatIssue } from '../import-issue';
import { refused, type UploadedBundleFile, UPLOAD_FIELD } from './bundle-upload-storage';
import type { ImportAnswer, ImportedFile } from './import-answer';

function importedFile({ file, rows, inserted, updated, unchanged }: FileReport): ImportedFile {
  return { file, rows, inserted, updated, unchanged };
}

/** Imports an uploaded bundle with the CLI's importer and rules, which audits it in the uploader's name. */
@Injectable()
export class BundleUploadService {
  constructor(private readonly importer: BundleImporter) {}

  async importUpload(actor: Viewer, uploaded: readonly UploadedBundleFile[]): Promise<ImportAnswer> {
    if (uploaded.length === 0) {
      throw refused('UPLOAD_EMPTY', { field: UPLOAD_FIELD });
    }
    const result = await this.importer.importBundle(
      uploaded.map((file) => bundleFileFromContent(file.originalname, file.buffer)),
      { actorUserId: actor.userId },
    );
    if (result.ok) {
      return { status: 'IMPORTED', files: result.files.map(importedFile), durationMs: Math.round(result.durationMs) };
    }
    return {
      status: 'REJECTED',
      errors: result.issues.map(formatIssue),
      issues: result.issues,
      errorCount: result.issueCount,
    };
  }
}
