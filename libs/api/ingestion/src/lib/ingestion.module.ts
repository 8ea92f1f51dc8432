import { Module } from '@nestjs/common';
import { BundleImporter } from './bundle-importer';
import { BundleUploadService } from './upload/bundle-upload.service';
import { ImportsController } from './upload/imports.controller';
import { DEFAULT_UPLOAD_LIMITS, UPLOAD_LIMITS } from './upload/upload-limits';

/**
 * Provides the bundle importer and the dashboard's upload route `POST /api/imports`; the DataSource
 * comes from the app's global DatabaseModule.
 */
@Module({
  controllers: [ImportsController],
  providers: [BundleImporter, BundleUploadService, { provide: UPLOAD_LIMITS, useValue: DEFAULT_UPLOAD_LIMITS }],
  exports: [BundleImporter],
})
export class IngestionModule {}
