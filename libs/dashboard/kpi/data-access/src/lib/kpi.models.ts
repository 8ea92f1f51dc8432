import type { BusinessModelsQuery, KpiCatalogueQuery, KpiTrendQuery, KpiValuesQuery } from './generated/graphql';

/** The API's `KpiDefinition` (docs/kpis.md): the KPIs the caller may see, in journey order. */
export type KpiDefinitionDto = KpiCatalogueQuery['kpiCatalogue'][number];

export type BusinessModelDto = BusinessModelsQuery['businessModels'][number];

/** One value per (KPI, business model) for the period. */
export type KpiValueDto = KpiValuesQuery['kpiValues'][number];

/**
 * How a value was judged and how its period is going (docs/kpis.md#running-periods, docs/corridors.md#basis);
 * on every value and every trend month.
 */
export type KpiJudgementDto = Pick<
  KpiValueDto,
  'basis' | 'judgedValue' | 'targetToDate' | 'forecast' | 'pace' | 'reps' | 'months'
>;

/** Monthly values of one (KPI, business model), oldest first. */
export type KpiSeriesDto = KpiTrendQuery['kpiTrend'][number];

/** One month of a trend; the running month is judged on its elapsed part. */
export type KpiPointDto = KpiSeriesDto['points'][number];

/** A month of a trend as the dashboard draws it: partial while it is still running. */
export interface KpiTrendPoint extends KpiPointDto {
  /** The month had not ended when the trend was asked for: its figures cover the elapsed part. */
  readonly partial: boolean;
}

/** A trend as `KpiApi.trend` answers it: months that had not started are left out. */
export interface KpiTrendSeries extends KpiSeriesDto {
  readonly points: readonly KpiTrendPoint[];
}
