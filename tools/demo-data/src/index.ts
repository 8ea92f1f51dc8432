export * from './lib/demo-data';
