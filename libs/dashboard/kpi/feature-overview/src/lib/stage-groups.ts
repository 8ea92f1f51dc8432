import { CorridorIndex, type KpiSeriesDto, type OverviewData } from '@salesdash/dashboard/kpi/data-access';
import { KPI_UI_TEXTS, type KpiTileRow, type KpiTileView, rowsLink, trendPoints } from '@salesdash/dashboard/kpi/ui';
import { KPI_STAGE_ORDER } from '@salesdash/shared/domain';

/** The tiles of one journey stage, under its heading. */
export interface StageGroupView {
  readonly stage: string;
  readonly title: string;
  readonly tiles: readonly KpiTileView[];
}

const NO_CORRIDORS = new CorridorIndex([]);

function seriesKey(kpi: string, businessModel: string): string {
  return `${kpi}\u0000${businessModel}`;
}

/**
 * Arranges the API's answers for the page: one tile per KPI of the catalogue (in its order), grouped
 * by journey stage in KPI_STAGE_ORDER (the customer's voice last), one row per business model in the
 * order of the business models, each value leading to the rows behind it. Nothing is computed: every
 * figure is the API's. `trend` is null
 * while it loads or when it failed (the tiles then show no sparkline). `corridors` holds the corridor
 * versions the page knows: each status and each month's band is explained by the one it names.
 */
export function buildStageGroups(
  data: OverviewData,
  trend: readonly KpiSeriesDto[] | null,
  corridors: CorridorIndex = NO_CORRIDORS,
): StageGroupView[] {
  const modelRank = new Map(data.businessModels.map((model, index) => [model.code, index]));
  const modelName = new Map(data.businessModels.map((model) => [model.code, model.name]));
  const series = new Map((trend ?? []).map((s) => [seriesKey(s.kpi, s.businessModel), s]));
  const rank = (code: string) => modelRank.get(code) ?? Number.MAX_SAFE_INTEGER;

  const tiles: KpiTileView[] = data.catalogue.map((definition) => {
    const rows: KpiTileRow[] = data.values
      .filter((value) => value.kpi === definition.code)
      .sort((a, b) => rank(a.businessModel) - rank(b.businessModel) || a.businessModel.localeCompare(b.businessModel))
      .map((value) => ({
        businessModel: value.businessModel,
        businessModelName: modelName.get(value.businessModel) ?? value.businessModel,
        value: value.value,
        sampleSize: value.sampleSize,
        status: value.status,
        policyVersion: value.policyVersion,
        corridor: corridors.find(value.businessModel, value.kpi, value.policyVersion),
        target: value.target,
        targetToDate: value.targetToDate,
        forecast: value.forecast,
        pace: value.pace,
        basis: value.basis,
        judgedValue: value.judgedValue,
        trend:
          trend === null
            ? null
            : trendPoints(series.get(seriesKey(value.kpi, value.businessModel))?.points ?? [], value.basis, value.kpi),
        trendCorridors: corridors.versions(value.businessModel, value.kpi),
        change: value.change ?? null,
        // The page's values are the viewer's widest rows, and so are the rows behind them.
        rows: rowsLink({ kpi: value.kpi, businessModel: value.businessModel, period: data.query.period, scope: null }),
      }));
    return {
      code: definition.code,
      unit: definition.unit,
      stage: definition.stage,
      rows,
    };
  });

  // Stages the domain does not order yet (a new one from the API) come last rather than vanish.
  const stages = [...new Set<string>([...KPI_STAGE_ORDER, ...tiles.map((tile) => tile.stage)])];
  return stages
    .map((stage) => ({
      stage,
      title: KPI_UI_TEXTS.stages[stage] ?? stage,
      tiles: tiles.filter((tile) => tile.stage === stage),
    }))
    .filter((group) => group.tiles.length > 0);
}

/** True when the period holds nothing to measure: every value has an empty sample. */
export function hasNoData(data: OverviewData): boolean {
  return data.values.every((value) => value.sampleSize === 0);
}
