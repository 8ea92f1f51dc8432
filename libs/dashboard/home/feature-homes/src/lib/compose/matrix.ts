import {
  type BusinessModelDto,
  CorridorIndex,
  type KpiDefinitionDto,
  type KpiValueDto,
} from '@salesdash/dashboard/kpi/data-access';
import {
  type KpiMatrixCell,
  type KpiMatrixColumn,
  type KpiMatrixRow,
  rowsLink,
  type RowsScope,
} from '@salesdash/dashboard/kpi/ui';
import type { Period } from '@salesdash/shared/domain';

export const NO_CORRIDORS = new CorridorIndex([]);

/** Where values were measured — the period and scope they were asked for — so a value can lead to its rows. */
export interface ValuesPlace {
  readonly period: Period;
  /** As the request named it; null for the viewer's widest scope. */
  readonly scope: RowsScope | null;
}

/**
 * A value as a matrix cell: its status explained by the corridor version that judged it and by what
 * that judged (basis, judged value), how its period is going (target to date, forecast, pace), its
 * change against earlier periods, and — where the page says where it was measured — its rows.
 */
export function cellOf(
  value: KpiValueDto | undefined,
  corridors: CorridorIndex = NO_CORRIDORS,
  place: ValuesPlace | null = null,
): KpiMatrixCell | null {
  return value
    ? {
        value: value.value,
        sampleSize: value.sampleSize,
        target: value.target,
        status: value.status,
        policyVersion: value.policyVersion,
        corridor: corridors.find(value.businessModel, value.kpi, value.policyVersion),
        targetToDate: value.targetToDate,
        forecast: value.forecast,
        pace: value.pace,
        basis: value.basis,
        judgedValue: value.judgedValue,
        change: value.change ?? null,
        rows: place ? rowsLink({ kpi: value.kpi, businessModel: value.businessModel, ...place }) : null,
      }
    : null;
}

/** The business models as columns, in their order. */
export function modelColumns(models: readonly BusinessModelDto[]): KpiMatrixColumn[] {
  return models.map((model) => ({ key: model.code, label: model.name }));
}

/** KPIs (catalogue order) × business models of one set of values. */
export function matrixByModel(
  catalogue: readonly KpiDefinitionDto[],
  values: readonly KpiValueDto[],
  columns: readonly KpiMatrixColumn[],
  corridors: CorridorIndex = NO_CORRIDORS,
  place: ValuesPlace | null = null,
): KpiMatrixRow[] {
  return catalogue.map((kpi) => ({
    code: kpi.code,
    unit: kpi.unit,
    cells: Object.fromEntries(
      columns.map((column) => [
        column.key,
        cellOf(
          values.find((value) => value.kpi === kpi.code && value.businessModel === column.key),
          corridors,
          place,
        ),
      ]),
    ),
  }));
}

/**
 * KPIs × columns of separate answers (one per region, team or rep) for one business model. A column
 * whose answer is null (refused or failed) has no figures; `placeOf` says where a column's values were
 * measured.
 */
export function matrixByColumn(
  catalogue: readonly KpiDefinitionDto[],
  columns: readonly KpiMatrixColumn[],
  valuesByColumn: ReadonlyMap<string, readonly KpiValueDto[] | null>,
  businessModel: string,
  corridors: CorridorIndex = NO_CORRIDORS,
  placeOf: ((columnKey: string) => ValuesPlace) | null = null,
): KpiMatrixRow[] {
  return catalogue.map((kpi) => ({
    code: kpi.code,
    unit: kpi.unit,
    cells: Object.fromEntries(
      columns.map((column) => [
        column.key,
        cellOf(
          valuesByColumn
            .get(column.key)
            ?.find((value) => value.kpi === kpi.code && value.businessModel === businessModel),
          corridors,
          placeOf?.(column.key) ?? null,
        ),
      ]),
    ),
  }));
}

/** The business models that have any data in these values, in their order; all of them when none has. */
export function modelsWithData(
  models: readonly BusinessModelDto[],
  values: readonly KpiValueDto[],
): BusinessModelDto[] {
  const used = new Set(values.filter((value) => value.sampleSize > 0).map((value) => value.businessModel));
  const withData = models.filter((model) => used.has(model.code));
  return withData.length > 0 ? withData : [...models];
}
