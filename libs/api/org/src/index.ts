export * from './lib/api-org';
