export * from './lib/kpi.models';
export * from './lib/corridor.models';
export * from './lib/kpi-api.service';
export * from './lib/kpi-overview.store';
export * from './lib/team-median.models';
export * from './lib/team-median-api.service';
export * from './lib/corridor-editor.models';
export * from './lib/corridor-api.service';
export * from './lib/running-months';
export type {
  CorridorDraftInput,
  KpiFilter,
  KpiScopesFilter,
  KpiTrendFilter,
  PublishCorridorInput,
  TeamMedianFilter,
  TeamMedianTrendFilter,
} from './lib/generated/graphql';
