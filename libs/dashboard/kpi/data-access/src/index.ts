export * from './lib/kpi.models';
export * from './lib/kpi.operations';
export * from './lib/kpi-api.service';
export * from './lib/load-state';
export * from './lib/kpi-overview.store';
