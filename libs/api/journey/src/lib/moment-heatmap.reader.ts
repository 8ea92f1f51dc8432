import { Injectable, Optional } from '@nestjs/common';
import { HeavyQueryGate, type Viewer } from '@salesdash/api/platform';
import { selectRows } from '@salesdash/api/policies';
import { type KpiCode, type Period, previousPeriod } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';
import {
  type JourneyFilterFields,
  type JourneyRequest,
  type JourneyRequestOptions,
  JourneyRequests,
} from './journey-request';
import { inSnapshot, startOfDay } from './journey-snapshot';
import { momentKey, momentOrder } from './journey-stages';
import { checkCount } from './journey-rules';
import type { MomentCellType, MomentFiguresType, MomentFlagType, WeakestMomentType } from './journey.types';
import { MOMENT_COUNTS_SQL, MOMENT_FLAGS_SQL } from './moments.sql';
import {
  DEFAULT_MIN_RESPONSES,
  DEFAULT_WEAKEST_LIMIT,
  MAX_MIN_RESPONSES,
  MAX_WEAKEST_LIMIT,
  type MomentCount,
  type MomentRanking,
  MOMENT_RANKINGS,
  rankWeakest,
} from './weakest-moments';

/** Moments show the customer's voice: the caller must see its mean and its share of negative feedback. */
export const MOMENT_KPIS: readonly KpiCode[] = ['CSAT', 'NEGATIVE_MOMENT_RATE'];

/** A moment's counts in the period, with those of the period before and its flag. */
export interface MomentReadCell extends MomentCount {
  readonly previous: MomentCount | null;
  readonly flag: MomentFlagType | null;
}

export interface MomentRead {
  readonly request: JourneyRequest;
  readonly previous: Period;
  /** The moments with feedback in the period, by model, stage and touchpoint. */
  readonly cells: MomentReadCell[];
}

export interface WeakestMomentsFields extends JourneyFilterFields {
  readonly minResponses?: number | null;
  readonly rankBy?: MomentRanking | null;
  readonly limit?: number | null;
}

/**
 * Feedback per moment (business model × stage × touchpoint) in the period and in the period before
 * (previousPeriod), with the moments' flags, read in one snapshot: the heatmap, and the weakest moments.
 */
@Injectable()
export class MomentHeatmapReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: JourneyRequests,
    @Optional() private readonly gate?: HeavyQueryGate,
  ) {}

  async read(viewer: Viewer, filter: JourneyFilterFields, field = 'filter'): Promise<MomentRead> {
    return this.readChecked(viewer, filter, field);
  }

  async weakest(viewer: Viewer, filter: WeakestMomentsFields, field = 'filter'): Promise<WeakestMomentType[]> {
    let minResponses = DEFAULT_MIN_RESPONSES;
    let limit = DEFAULT_WEAKEST_LIMIT;
    const rankBy = filter.rankBy ?? 'CSAT';
    const read = await this.readChecked(viewer, filter, field, (check) => {
      minResponses = checkCount(
        check,
        filter.minResponses,
        { min: 1, max: MAX_MIN_RESPONSES, default: DEFAULT_MIN_RESPONSES },
        `${field}.minResponses`,
      );
      limit = checkCount(
        check,
        filter.limit,
        { min: 1, max: MAX_WEAKEST_LIMIT, default: DEFAULT_WEAKEST_LIMIT },
        `${field}.limit`,
      );
      if (!MOMENT_RANKINGS.includes(rankBy)) {
        check.add(`${field}.rankBy`, 'ONE_OF', { choices: MOMENT_RANKINGS.join(', ') });
      }
    });
    return rankWeakest(read.cells, { rankBy, minResponses, models: read.request.businessModels })
      .slice(0, limit)
      .map((cell, index) => {
        const now = momentCell(cell);
        return {
          ...now,
          rank: index + 1,
          csatChange: now.previous ? now.csatMean - now.previous.csatMean : null,
          negativeRateChange: now.previous ? now.negativeRate - now.previous.negativeRate : null,
        };
      });
  }

  private async readChecked(
    viewer: Viewer,
    filter: JourneyFilterFields,
    field: string,
    check?: JourneyRequestOptions['check'],
  ): Promise<MomentRead> {
    const request = await this.requests.resolve(viewer, filter, { kpis: MOMENT_KPIS, field, check });
    const previous = previousPeriod(request.period);
    const [counts, flags] = await inSnapshot(this.dataSource, this.gate, (manager) =>
      Promise.all([
        selectRows<MomentCount & { current: boolean }>(manager, MOMENT_COUNTS_SQL, [
          startOfDay(previous.from),
          startOfDay(request.period.from),
          startOfDay(request.period.to),
          request.businessModels,
          request.repIds,
        ]),
        selectRows<MomentFlagType>(manager, MOMENT_FLAGS_SQL, [request.businessModels]),
      ]),
    );
    const before = new Map(counts.filter((count) => !count.current).map((count) => [momentKey(count), count]));
    const flagOf = new Map(flags.map((flag) => [momentKey(flag), flag]));
    const cells = counts
      .filter((count) => count.current)
      .map(({ current: _current, ...count }) => ({
        ...count,
        previous: before.get(momentKey(count)) ?? null,
        flag: flagOf.get(momentKey(count)) ?? null,
      }))
      .sort(momentOrder(request.businessModels));
    return { request, previous, cells };
  }
}

/** A moment's figures from its counts. */
export function momentFigures(count: MomentCount): MomentFiguresType {
  return {
    responses: count.responses,
    csatMean: count.csatSum / count.responses,
    negativeCount: count.negativeCount,
    negativeRate: count.negativeCount / count.responses,
  };
}

/** A heatmap cell: the figures now and before, and the flag. */
export function momentCell(cell: MomentReadCell): MomentCellType {
  return {
    businessModel: cell.businessModel,
    stage: cell.stage,
    touchpoint: cell.touchpoint,
    ...momentFigures(cell),
    previous: cell.previous ? momentFigures(cell.previous) : null,
    flag: cell.flag,
  };
}
