export * from './lib/testing/corridor-fixtures';
