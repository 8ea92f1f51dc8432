export * from './lib/api-kpi-engine';
