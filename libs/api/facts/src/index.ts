export * from './lib/fact-families';
export * from './lib/fact-reader';
export * from './lib/facts.module';
export * from './lib/rollup/fact-maintenance';
export * from './lib/rows/kpi-rows';
export { DEAL_MILESTONES } from './lib/rollup/deal-contributions.sql';
