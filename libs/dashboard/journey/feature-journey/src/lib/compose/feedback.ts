import { formatCount, formatDay, formatPeriod } from '@salesdash/dashboard/kpi/ui';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { isJourneyStage, isTouchpoint, type Period } from '@salesdash/shared/domain';
import type {
  FeedbackListFilter,
  FeedbackPageDto,
  FeedbackRecovery,
  JourneyStage,
  Touchpoint,
} from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';
import { type BusinessModelRef, modelName } from '../journey.models';
import { stageName, touchpointName } from './moments';

const TEXTS = JOURNEY_TEXTS.feedback;

export const FEEDBACK_PAGE_SIZE = 50;
export const RECOVERIES: readonly FeedbackRecovery[] = ['RECOVERED_WITHIN_14_DAYS', 'RECOVERED_LATER', 'NOT_RECOVERED'];
export const CSAT_SCORES = [1, 2, 3, 4, 5] as const;

/** The feedback filters a person set (null: any). */
export interface FeedbackFilters {
  readonly stage: JourneyStage | null;
  readonly touchpoint: Touchpoint | null;
  readonly csatMin: number | null;
  readonly csatMax: number | null;
  readonly recovery: FeedbackRecovery | null;
  readonly withComment: boolean;
  /** Only used while the page shows every model. */
  readonly model: string | null;
}

export const NO_FEEDBACK_FILTERS: FeedbackFilters = {
  stage: null,
  touchpoint: null,
  csatMin: null,
  csatMax: null,
  recovery: null,
  withComment: false,
  model: null,
};

/** The query parameters the filters live in (beside the page's period and model). */
export const FEEDBACK_PARAMS = {
  stage: 'fbStage',
  touchpoint: 'fbTouchpoint',
  csatMin: 'fbCsatMin',
  csatMax: 'fbCsatMax',
  recovery: 'fbRecovery',
  withComment: 'fbComment',
  model: 'fbModel',
} as const satisfies Record<keyof FeedbackFilters, string>;

function score(text: string | null): number | null {
  return text !== null && /^[1-5]$/.test(text) ? Number(text) : null;
}

function isRecovery(value: string): value is FeedbackRecovery {
  return (RECOVERIES as readonly string[]).includes(value);
}

/** The filters of a URL's query parameters; what cannot be read is left out (any). */
export function filtersFromParams(params: { get(name: string): string | null }): FeedbackFilters {
  const stage = params.get(FEEDBACK_PARAMS.stage);
  const touchpoint = params.get(FEEDBACK_PARAMS.touchpoint);
  const recovery = params.get(FEEDBACK_PARAMS.recovery);
  const model = params.get(FEEDBACK_PARAMS.model)?.trim();
  let csatMin = score(params.get(FEEDBACK_PARAMS.csatMin));
  let csatMax = score(params.get(FEEDBACK_PARAMS.csatMax));
  if (csatMin !== null && csatMax !== null && csatMin > csatMax) {
    [csatMin, csatMax] = [null, null];
  }
  return {
    stage: stage !== null && isJourneyStage(stage) ? stage : null,
    touchpoint: touchpoint !== null && isTouchpoint(touchpoint) ? touchpoint : null,
    csatMin,
    csatMax,
    recovery: recovery !== null && isRecovery(recovery) ? recovery : null,
    withComment: params.get(FEEDBACK_PARAMS.withComment) === 'true',
    model: model ? model : null,
  };
}

/** The query parameters of the filters, for a merge into the URL (null removes a parameter). */
export function filtersToParams(filters: FeedbackFilters): Record<string, string | null> {
  return {
    [FEEDBACK_PARAMS.stage]: filters.stage,
    [FEEDBACK_PARAMS.touchpoint]: filters.touchpoint,
    [FEEDBACK_PARAMS.csatMin]: filters.csatMin === null ? null : String(filters.csatMin),
    [FEEDBACK_PARAMS.csatMax]: filters.csatMax === null ? null : String(filters.csatMax),
    [FEEDBACK_PARAMS.recovery]: filters.recovery,
    [FEEDBACK_PARAMS.withComment]: filters.withComment ? 'true' : null,
    [FEEDBACK_PARAMS.model]: filters.model,
  };
}

export function sameFilters(a: FeedbackFilters, b: FeedbackFilters): boolean {
  return (Object.keys(NO_FEEDBACK_FILTERS) as (keyof FeedbackFilters)[]).every((key) => a[key] === b[key]);
}

/** The models the list covers: the page's model, else the filter's (when the page knows it), else all (null). */
export function effectiveModel(
  filters: FeedbackFilters,
  pageModel: string | null,
  models: readonly BusinessModelRef[],
): string | null {
  if (pageModel !== null) {
    return pageModel;
  }
  return filters.model !== null && models.some((model) => model.code === filters.model) ? filters.model : null;
}

/** `feedbackList`'s filter of a page of the list. */
export function feedbackListFilter(
  filters: FeedbackFilters,
  period: Period,
  model: string | null,
  page: number,
): FeedbackListFilter {
  return {
    from: period.from,
    to: period.to,
    ...(model === null ? {} : { businessModels: [model] }),
    ...(filters.stage === null ? {} : { stages: [filters.stage] }),
    ...(filters.touchpoint === null ? {} : { touchpoints: [filters.touchpoint] }),
    ...(filters.csatMin === null ? {} : { csatMin: filters.csatMin }),
    ...(filters.csatMax === null ? {} : { csatMax: filters.csatMax }),
    ...(filters.recovery === null ? {} : { recovery: [filters.recovery] }),
    ...(filters.withComment ? { withComment: true } : {}),
    offset: (page - 1) * FEEDBACK_PAGE_SIZE,
    limit: FEEDBACK_PAGE_SIZE,
  };
}

/** The export's query parameters: the same filters, every matching row (lists comma-separated). */
export function feedbackExportParams(
  filters: FeedbackFilters,
  period: Period,
  model: string | null,
): Record<string, string> {
  const params: Record<string, string> = { from: period.from, to: period.to };
  if (model !== null) params['businessModels'] = model;
  if (filters.stage !== null) params['stages'] = filters.stage;
  if (filters.touchpoint !== null) params['touchpoints'] = filters.touchpoint;
  if (filters.csatMin !== null) params['csatMin'] = String(filters.csatMin);
  if (filters.csatMax !== null) params['csatMax'] = String(filters.csatMax);
  if (filters.recovery !== null) params['recovery'] = filters.recovery;
  if (filters.withComment) params['withComment'] = 'true';
  return params;
}

/** The filters in words, for the table's caption: "stage Onboarded, CSAT 1–2, not recovered yet". */
export function filtersInWords(
  filters: FeedbackFilters,
  model: string | null,
  models: readonly BusinessModelRef[],
): string {
  const parts: string[] = [];
  if (model !== null) parts.push(modelName(models, model));
  if (filters.stage !== null) parts.push(interpolate(TEXTS.filterWords.stage, { stage: stageName(filters.stage) }));
  if (filters.touchpoint !== null) {
    parts.push(interpolate(TEXTS.filterWords.touchpoint, { touchpoint: touchpointName(filters.touchpoint) }));
  }
  if (filters.csatMin !== null || filters.csatMax !== null) {
    parts.push(interpolate(TEXTS.filterWords.csat, { min: filters.csatMin ?? 1, max: filters.csatMax ?? 5 }));
  }
  if (filters.recovery !== null) parts.push(TEXTS.recoveries[filters.recovery]);
  if (filters.withComment) parts.push(TEXTS.withComment);
  return parts.length === 0 ? TEXTS.noFilters : parts.join(', ');
}

/** A "Rows 1–50 of 1,234" range of a page; null when there are no rows. */
export function pageRange(
  total: number,
  offset: number,
  shown: number,
): { first: string; last: string; n: string } | null {
  if (total === 0 || shown === 0) {
    return null;
  }
  return { first: formatCount(offset + 1), last: formatCount(offset + shown), n: formatCount(total) };
}

/** One feedback in words. */
export interface FeedbackRowView {
  readonly id: string;
  readonly when: string;
  readonly model: string;
  readonly stage: string;
  readonly touchpoint: string;
  readonly csat: string;
  readonly negative: boolean;
  readonly nps: string;
  readonly comment: string;
  readonly recovery: string;
  readonly rep: string;
  readonly dealId: string;
  readonly dealLink: string;
  /** The link's text, which is also its name ("Deal D-000042"). */
  readonly dealText: string;
}

function recoveryText(row: FeedbackPageDto['rows'][number]): string {
  if (row.recovery === null) {
    return TEXTS.notNegative;
  }
  const recovery = TEXTS.recoveries[row.recovery];
  return row.recoveredAt === null
    ? recovery
    : interpolate(TEXTS.recoveredOn, { recovery, date: formatDay(row.recoveredAt.slice(0, 10)) });
}

/** The rows of a page in words; a negative feedback (CSAT ≤ 2) is marked. */
export function feedbackRows(page: FeedbackPageDto, models: readonly BusinessModelRef[]): FeedbackRowView[] {
  return page.rows.map((row) => ({
    id: row.feedbackId,
    when: formatInstant(row.occurredAt),
    model: modelName(models, row.businessModel),
    stage: stageName(row.stage),
    touchpoint: touchpointName(row.touchpoint),
    csat: interpolate(TEXTS.csat, { csat: row.csat }),
    negative: row.csat <= 2,
    nps: row.nps === null ? TEXTS.none : interpolate(TEXTS.nps, { nps: row.nps }),
    comment: row.comment?.trim() ? row.comment : TEXTS.none,
    recovery: recoveryText(row),
    rep: row.teamName ? `${row.repName} (${row.teamName})` : row.repName,
    dealId: row.dealId,
    dealLink: `/deals/${encodeURIComponent(row.dealId)}`,
    dealText: interpolate(TEXTS.deal, { id: row.dealId }),
  }));
}

/** The caption of a page of the list. */
export function feedbackCaption(
  page: FeedbackPageDto,
  filters: FeedbackFilters,
  period: Period,
  model: string | null,
  models: readonly BusinessModelRef[],
): string {
  const range = pageRange(page.total, page.offset, page.rows.length);
  return interpolate(TEXTS.caption, {
    period: formatPeriod(period),
    filters: filtersInWords(filters, model, models),
    first: range?.first ?? '0',
    last: range?.last ?? '0',
    n: formatCount(page.total),
  });
}
