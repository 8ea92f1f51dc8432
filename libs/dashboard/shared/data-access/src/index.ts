export * from './lib/api-error';
export * from './lib/api-message';
export * from './lib/graphql-client';
export * from './lib/csv-download';
export * from './lib/csv-download.texts';
export * from './lib/load-state';
