export * from './lib/api-ingestion';
