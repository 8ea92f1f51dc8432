import { Module } from '@nestjs/common';
import { BundleImporter } from './bundle-importer';

/** Provides the bundle importer; the DataSource comes from the app's global DatabaseModule. */
@Module({
  providers: [BundleImporter],
  exports: [BundleImporter],
})
export class IngestionModule {}
