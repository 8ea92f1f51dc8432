export * from './lib/test-database';
export * from './lib/kpi-cases';
