export * from './lib/journey';
export * from './lib/roles';
export * from './lib/kpi-catalogue';
export * from './lib/period';
export * from './lib/running-period';
export * from './lib/corridor-basis';
export * from './lib/kpi-status';
export * from './lib/corridor-rules';
