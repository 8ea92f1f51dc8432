export * from './lib/kpi.models';
export * from './lib/kpi.operations';
export * from './lib/kpi-api.service';
export * from './lib/load-state';
export * from './lib/kpi-overview.store';
export * from './lib/team-median.models';
export * from './lib/team-median.operations';
export * from './lib/team-median-api.service';
