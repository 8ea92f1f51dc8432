import { Injectable, Optional } from '@nestjs/common';
import { HeavyQueryGate, ValidationError, type Viewer } from '@salesdash/api/platform';
import { selectRow, selectRows } from '@salesdash/api/policies';
import type { KpiCode } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';
import { feedbackCountStatement, feedbackRowsStatement } from './feedback-list.sql';
import {
  type JourneyFilterFields,
  type JourneyRequest,
  type JourneyRequestOptions,
  JourneyRequests,
} from './journey-request';
import {
  checkCount,
  checkFeedbackConditions,
  DEFAULT_FEEDBACK_LIMIT,
  type FeedbackConditions,
  type FeedbackFilterFields,
  MAX_FEEDBACK_EXPORT_ROWS,
  MAX_FEEDBACK_LIMIT,
} from './journey-rules';
import { inSnapshot, startOfDay } from './journey-snapshot';
import type { FeedbackPageType, FeedbackRowType } from './journey.types';

/** The list shows feedback one by one, scores included: the caller must see CSAT. */
export const FEEDBACK_KPIS: readonly KpiCode[] = ['CSAT'];

export interface FeedbackListFields extends JourneyFilterFields, FeedbackFilterFields {
  readonly offset?: number | null;
  readonly limit?: number | null;
}

export interface FeedbackExport {
  readonly request: JourneyRequest;
  readonly rows: FeedbackRowType[];
}

/**
 * The voice of the customer one feedback at a time: the feedback of the scope and models in the period,
 * filtered, newest first, a page at a time (the count and the page in one snapshot), or all of it for
 * the export.
 */
@Injectable()
export class FeedbackListReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: JourneyRequests,
    @Optional() private readonly gate?: HeavyQueryGate,
  ) {}

  async page(viewer: Viewer, filter: FeedbackListFields, field = 'filter'): Promise<FeedbackPageType> {
    let offset = 0;
    let limit = DEFAULT_FEEDBACK_LIMIT;
    const { request, conditions } = await this.resolve(viewer, filter, field, (check) => {
      offset = checkCount(
        check,
        filter.offset,
        { min: 0, max: Number.MAX_SAFE_INTEGER, default: 0 },
        `${field}.offset`,
      );
      limit = checkCount(
        check,
        filter.limit,
        { min: 1, max: MAX_FEEDBACK_LIMIT, default: DEFAULT_FEEDBACK_LIMIT },
        `${field}.limit`,
      );
    });
    const base = baseParameters(request);
    const count = feedbackCountStatement(base, conditions);
    const rows = feedbackRowsStatement(base, conditions, { offset, limit });
    return inSnapshot(this.dataSource, this.gate, async (manager) => {
      const total = (await selectRow<{ total: number }>(manager, count.sql, count.parameters))?.total ?? 0;
      const page = total > offset ? await selectRows<FeedbackRowType>(manager, rows.sql, rows.parameters) : [];
      return { total, offset, limit, rows: page };
    });
  }

  /** Every matching feedback, for the export; more than MAX_FEEDBACK_EXPORT_ROWS is refused (nothing read). */
  async all(viewer: Viewer, filter: FeedbackListFields, field = 'input'): Promise<FeedbackExport> {
    const { request, conditions } = await this.resolve(viewer, filter, field);
    const base = baseParameters(request);
    const count = feedbackCountStatement(base, conditions);
    const rows = feedbackRowsStatement(base, conditions, { offset: 0, limit: null });
    return inSnapshot(this.dataSource, this.gate, async (manager) => {
      const total = (await selectRow<{ total: number }>(manager, count.sql, count.parameters))?.total ?? 0;
      if (total > MAX_FEEDBACK_EXPORT_ROWS) {
        throw ValidationError.of(`${field}.to`, 'FEEDBACK_EXPORT_TOO_LARGE', { total, max: MAX_FEEDBACK_EXPORT_ROWS });
      }
      return { request, rows: await selectRows<FeedbackRowType>(manager, rows.sql, rows.parameters) };
    });
  }

  private async resolve(
    viewer: Viewer,
    filter: FeedbackListFields,
    field: string,
    checkPage?: JourneyRequestOptions['check'],
  ): Promise<{ request: JourneyRequest; conditions: FeedbackConditions }> {
    let conditions: FeedbackConditions | undefined;
    const request = await this.requests.resolve(viewer, filter, {
      kpis: FEEDBACK_KPIS,
      field,
      check: (check) => {
        conditions = checkFeedbackConditions(check, filter, field);
        checkPage?.(check);
      },
    });
    if (!conditions) {
      throw new Error('the feedback filter was not checked');
    }
    return { request, conditions };
  }
}

function baseParameters(request: JourneyRequest): unknown[] {
  return [
    startOfDay(request.period.from),
    startOfDay(request.period.to),
    request.asOf,
    request.businessModels,
    request.repIds,
  ];
}
