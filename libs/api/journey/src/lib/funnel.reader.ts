import { Injectable, Optional } from '@nestjs/common';
import { HeavyQueryGate, type Viewer } from '@salesdash/api/platform';
import { selectRows } from '@salesdash/api/policies';
import type { KpiCode } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';
import { FUNNEL_SQL, type FunnelSqlRow } from './funnel.sql';
import { type JourneyFilterFields, type JourneyRequest, JourneyRequests } from './journey-request';
import { inSnapshot, startOfDay } from './journey-snapshot';
import { MAIN_PATH_STAGES } from './journey-stages';
import type { FunnelModelType } from './journey.types';

/** The funnel shows how many leads there were and how far they came: the caller must see both KPIs. */
export const FUNNEL_KPIS: readonly KpiCode[] = ['NEW_LEADS', 'LEAD_CONVERSION_RATE'];

export interface FunnelRead {
  readonly request: JourneyRequest;
  readonly models: FunnelModelType[];
}

/**
 * The cohort funnel per business model: the deals of the scope created in the period, how far each has
 * come along the main path by asOf, where they were lost, where they wait, and how long each step took.
 */
@Injectable()
export class FunnelReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: JourneyRequests,
    @Optional() private readonly gate?: HeavyQueryGate,
  ) {}

  async funnel(viewer: Viewer, filter: JourneyFilterFields, field = 'filter'): Promise<FunnelRead> {
    const request = await this.requests.resolve(viewer, filter, { kpis: FUNNEL_KPIS, field });
    const rows = await inSnapshot(this.dataSource, this.gate, (manager) =>
      selectRows<FunnelSqlRow>(manager, FUNNEL_SQL, [
        startOfDay(request.period.from),
        startOfDay(request.period.to),
        request.asOf,
        request.businessModels,
        request.repIds,
      ]),
    );
    return { request, models: request.businessModels.map((model) => funnelOf(model, rows)) };
  }
}

/** One model's funnel from its rows; a model without cohort deals has no rows and gets zeros and nulls. */
function funnelOf(businessModel: string, rows: readonly FunnelSqlRow[]): FunnelModelType {
  const byIndex = new Map(
    rows.filter((row) => row.businessModel === businessModel).map((row) => [row.stageIndex, row]),
  );
  const first = byIndex.get(1);
  const reached = (index: number) => byIndex.get(index)?.reached ?? 0;
  return {
    businessModel,
    cohortSize: first?.cohortSize ?? 0,
    lostCount: first?.lostCount ?? 0,
    defaultedCount: first?.defaultedCount ?? 0,
    stages: MAIN_PATH_STAGES.map((stage, position) => {
      const index = position + 1;
      const row = byIndex.get(index);
      const last = index === MAIN_PATH_STAGES.length;
      return {
        stage,
        reached: reached(index),
        conversionToNext: last || reached(index) === 0 ? null : reached(index + 1) / reached(index),
        medianDaysToNext: row?.medianDaysToNext ?? null,
        daysToNextCount: row?.daysToNextCount ?? 0,
        lostHere: row?.lostHere ?? 0,
        stillOpenHere: row?.stillOpenHere ?? 0,
      };
    }),
  };
}
