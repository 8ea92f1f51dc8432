export * from './lib/import-page/import-page';
export { IMPORT_TEXTS } from './lib/import.texts';
