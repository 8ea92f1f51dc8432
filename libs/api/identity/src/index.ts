export * from './lib/api-identity';
