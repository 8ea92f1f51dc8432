export * from './lib/api-error';
export * from './lib/graphql-client';
