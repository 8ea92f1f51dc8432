export { type BundleFile, BundleFolderError, bundleFileFromContent, readBundleFolder } from './lib/bundle/bundle-file';
export { BundleImporter, type FileReport, type ImportOptions, type ImportResult } from './lib/bundle-importer';
export { formatIssue, type ImportIssue, MAX_REPORTED_ISSUES } from './lib/import-issue';
export { runImportCli } from './lib/import-cli';
export { IngestionModule } from './lib/ingestion.module';
export type { ImportAnswer, ImportedFile } from './lib/upload/import-answer';
