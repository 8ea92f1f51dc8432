import type { BusinessModelDto, CorridorDto, KpiDefinitionDto } from '@salesdash/dashboard/kpi/data-access';
import { KPI_UI_TEXTS, kpiName } from '@salesdash/dashboard/kpi/ui';
import { isKpiCode, KPI_STAGE_ORDER } from '@salesdash/shared/domain';
import { corridorInWords } from './corridor-words';

export interface CorridorCell {
  readonly businessModel: string;
  readonly businessModelName: string;
  /** The model-wide corridor in force; null when the series has none. */
  readonly corridor: CorridorDto | null;
  /** The corridor in words with its basis ("acceptable ≥ 22 per rep and month, tolerated ≥ 18"); null without one. */
  readonly description: string | null;
}

export interface CorridorRow {
  readonly kpi: string;
  readonly name: string;
  readonly cells: readonly CorridorCell[];
}

export interface CorridorStageGroup {
  readonly stage: string;
  readonly title: string;
  readonly rows: readonly CorridorRow[];
}

/**
 * KPIs (catalogue order, grouped by journey stage in KPI_STAGE_ORDER, unknown stages last) × business
 * models, each cell the model-wide corridor in force and its words; segment corridors are not edited here.
 */
export function corridorMatrix(
  catalogue: readonly KpiDefinitionDto[],
  models: readonly BusinessModelDto[],
  corridors: readonly CorridorDto[],
): CorridorStageGroup[] {
  const inForce = new Map(
    corridors.filter((c) => c.segment === null).map((c) => [`${c.businessModel}\u0000${c.kpi}`, c]),
  );
  // A KPI the shared rules know is worded here; one they do not (a newer API) keeps the API's own words.
  const describe = (corridor: CorridorDto) =>
    isKpiCode(corridor.kpi) ? corridorInWords(corridor, corridor.kpi) : corridor.description;
  const rowOf = (kpi: KpiDefinitionDto): CorridorRow => ({
    kpi: kpi.code,
    name: kpiName(kpi.code),
    cells: models.map((model) => {
      const corridor = inForce.get(`${model.code}\u0000${kpi.code}`) ?? null;
      return {
        businessModel: model.code,
        businessModelName: model.name,
        corridor,
        description: corridor ? describe(corridor) : null,
      };
    }),
  });
  const stages = [...new Set<string>([...KPI_STAGE_ORDER, ...catalogue.map((kpi) => kpi.stage)])];
  return stages
    .map((stage) => ({
      stage,
      title: KPI_UI_TEXTS.stages[stage] ?? stage,
      rows: catalogue.filter((kpi) => kpi.stage === stage).map(rowOf),
    }))
    .filter((group) => group.rows.length > 0);
}
