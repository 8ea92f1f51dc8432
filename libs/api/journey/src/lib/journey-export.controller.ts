import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  asCsvDownload,
  type CsvCell,
  CurrentViewer,
  parseSupportedTimestamp,
  Roles,
  toCsv,
  type Viewer,
} from '@salesdash/api/platform';
import { InputCheck } from '@salesdash/api/policies';
import { periodLastDay, ROLES, SCOPE_TYPES, type ScopeType } from '@salesdash/shared/domain';
import type { Response } from 'express';
import { FeedbackListReader, type FeedbackListFields } from './feedback-list.reader';
import { FunnelReader } from './funnel.reader';
import type { JourneyFilterFields, JourneyRequest } from './journey-request';
import type { FeedbackFilterFields } from './journey-rules';
import { momentCell, MomentHeatmapReader } from './moment-heatmap.reader';

type FilterQuery = Partial<Record<'from' | 'to' | 'asOf' | 'businessModels' | 'scopeType' | 'scopeId', string>>;
type FeedbackQuery = FilterQuery &
  Partial<Record<'stages' | 'touchpoints' | 'csatMin' | 'csatMax' | 'withComment' | 'recovery', string>>;

/** Errors name the parameters under `input` (scopeType, scopeId: `input.scope.type`, `input.scope.id`). */
const FIELD = 'input';

/**
 * CSV exports of the journey (UTF-8 with BOM, CRLF, formula-safe), read by the same readers as the
 * GraphQL queries, so the same checks, KPI visibility and row scope apply:
 * - `GET /api/exports/funnel?from&to&asOf&businessModels&scopeType&scopeId` — one line per model and stage;
 * - `GET /api/exports/moment-heatmap?…` — one line per cell, with the previous period's figures and the flag;
 * - `GET /api/exports/feedback?…&stages&touchpoints&csatMin&csatMax&withComment&recovery` — every
 *   matching feedback (more than 100,000 are refused: 400).
 * Lists are comma-separated.
 */
@Roles(...ROLES)
@Controller('api/exports')
export class JourneyExportController {
  constructor(
    private readonly funnels: FunnelReader,
    private readonly moments: MomentHeatmapReader,
    private readonly feedback: FeedbackListReader,
  ) {}

  @Get('funnel')
  @Header('Cache-Control', 'no-store')
  async funnel(
    @CurrentViewer() viewer: Viewer,
    @Query() query: FilterQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { request, models } = await this.funnels.funnel(viewer, filterOf(query), FIELD);
    asCsvDownload(response, `funnel-${periodName(request)}`);
    return toCsv(
      [
        'Business model',
        'Cohort size',
        'Lost',
        'Defaulted',
        'Stage',
        'Reached',
        'Conversion to next',
        'Median days to next',
        'Deals in median',
        'Lost here',
        'Still open here',
        ...PERIOD_HEADER,
      ],
      models.flatMap((model) =>
        model.stages.map((stage) => [
          model.businessModel,
          model.cohortSize,
          model.lostCount,
          model.defaultedCount,
          stage.stage,
          stage.reached,
          exact(stage.conversionToNext),
          exact(stage.medianDaysToNext),
          stage.daysToNextCount,
          stage.lostHere,
          stage.stillOpenHere,
          ...periodCells(request),
        ]),
      ),
    );
  }

  @Get('moment-heatmap')
  @Header('Cache-Control', 'no-store')
  async momentHeatmap(
    @CurrentViewer() viewer: Viewer,
    @Query() query: FilterQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const read = await this.moments.read(viewer, filterOf(query), FIELD);
    asCsvDownload(response, `moment-heatmap-${periodName(read.request)}`);
    return toCsv(
      [
        'Business model',
        'Stage',
        'Touchpoint',
        'Responses',
        'CSAT mean',
        'Negative',
        'Negative rate',
        'Previous responses',
        'Previous CSAT mean',
        'Previous negative',
        'Previous negative rate',
        'CSAT change',
        'Negative rate change',
        'Flag reason',
        'Flagged by',
        'Flagged at',
        ...PERIOD_HEADER,
        'Previous from',
        'Previous until',
      ],
      read.cells.map((readCell) => {
        const cell = momentCell(readCell);
        const before = cell.previous;
        return [
          cell.businessModel,
          cell.stage,
          cell.touchpoint,
          cell.responses,
          exact(cell.csatMean),
          cell.negativeCount,
          exact(cell.negativeRate),
          before?.responses ?? null,
          exact(before?.csatMean ?? null),
          before?.negativeCount ?? null,
          exact(before?.negativeRate ?? null),
          exact(before ? cell.csatMean - before.csatMean : null),
          exact(before ? cell.negativeRate - before.negativeRate : null),
          cell.flag?.reason ?? null,
          cell.flag?.flaggedByName ?? null,
          timeText(cell.flag?.flaggedAt ?? null),
          ...periodCells(read.request),
          read.previous.from,
          periodLastDay(read.previous.to),
        ];
      }),
    );
  }

  @Get('feedback')
  @Header('Cache-Control', 'no-store')
  async feedbackRows(
    @CurrentViewer() viewer: Viewer,
    @Query() query: FeedbackQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const check = new InputCheck();
    const filter: FeedbackListFields = { ...filterOf(query, check), ...feedbackFilterOf(query, check) };
    check.done();
    const { request, rows } = await this.feedback.all(viewer, filter, FIELD);
    asCsvDownload(response, `feedback-${periodName(request)}`);
    return toCsv(
      [
        'Feedback',
        'Deal',
        'Business model',
        'Rep id',
        'Rep',
        'Team',
        'Customer',
        'Stage',
        'Touchpoint',
        'Occurred at',
        'CSAT',
        'NPS',
        'Comment',
        'Recovery',
        'Recovered at',
      ],
      rows.map((row) => [
        row.feedbackId,
        row.dealId,
        row.businessModel,
        row.repId,
        row.repName,
        row.teamName,
        row.customerId,
        row.stage,
        row.touchpoint,
        timeText(row.occurredAt),
        row.csat,
        row.nps,
        row.comment,
        row.recovery,
        timeText(row.recoveredAt),
      ]),
    );
  }
}

const PERIOD_HEADER = ['From', 'Until', 'As of'];

function periodCells(request: JourneyRequest): CsvCell[] {
  return [request.period.from, periodLastDay(request.period.to), timeText(request.asOf)];
}

function periodName(request: JourneyRequest): string {
  return `${request.period.from}-${periodLastDay(request.period.to)}`;
}

/**
 * The journey filter of an export's query parameters; a parameter that cannot be read is BAD_USER_INPUT
 * on `input.<name>` (with `check`: collected, otherwise thrown at once).
 */
function filterOf(query: FilterQuery, given?: InputCheck): JourneyFilterFields {
  const check = given ?? new InputCheck();
  const from = required(check, query.from, 'from');
  const to = required(check, query.to, 'to');
  let asOf: Date | null = null;
  if (query.asOf) {
    asOf = parseSupportedTimestamp(query.asOf.trim()) ?? null;
    if (!asOf) {
      check.add(`${FIELD}.asOf`, 'INSTANT_WITH_OFFSET_FORMAT', { value: query.asOf.slice(0, 40) });
    }
  }
  const scopeType = query.scopeType?.trim() || null;
  const scopeId = query.scopeId?.trim() || null;
  if (scopeType !== null && !isScopeType(scopeType)) {
    check.add(`${FIELD}.scope.type`, 'ONE_OF', { choices: SCOPE_TYPES.join(', ') });
  } else if (scopeType === null && scopeId !== null) {
    check.add(`${FIELD}.scope.type`, 'SCOPE_TYPE_REQUIRED_WITH_ID', {});
  }
  if (!given) {
    check.done();
  }
  return {
    from,
    to,
    asOf,
    businessModels: list(query.businessModels),
    scope: scopeType !== null && isScopeType(scopeType) ? { type: scopeType, id: scopeId } : null,
  };
}

function feedbackFilterOf(query: FeedbackQuery, check: InputCheck): FeedbackFilterFields {
  const whole = (name: 'csatMin' | 'csatMax') => {
    const text = query[name]?.trim();
    if (!text) {
      return null;
    }
    if (!/^-?\d{1,6}$/.test(text)) {
      check.add(`${FIELD}.${name}`, 'WHOLE_NUMBER_TEXT_OUT_OF_RANGE', { min: 1, max: 5, value: text.slice(0, 40) });
      return null;
    }
    return Number(text);
  };
  const csatMin = whole('csatMin');
  const csatMax = whole('csatMax');
  const withComment = query.withComment?.trim();
  if (withComment && withComment !== 'true' && withComment !== 'false') {
    check.add(`${FIELD}.withComment`, 'BOOLEAN_FORMAT', { value: withComment.slice(0, 40) });
  }
  return {
    stages: list(query.stages),
    touchpoints: list(query.touchpoints),
    csatMin,
    csatMax,
    withComment: withComment === 'true' ? true : withComment === 'false' ? false : null,
    recovery: list(query.recovery),
  };
}

/** A comma-separated list; an absent or blank parameter means no list (all). */
function list(value: string | undefined): string[] | null {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length > 0 ? items : null;
}

/** A required parameter, trimmed; missing or blank is noted as `input.<name>` (as requiredParameter says it). */
function required(check: InputCheck, value: string | undefined, name: string): string {
  const text = value?.trim() ?? '';
  if (text === '') {
    check.add(`${FIELD}.${name}`, 'VALUE_REQUIRED', {});
  }
  return text;
}

function isScopeType(value: string): value is ScopeType {
  return (SCOPE_TYPES as readonly string[]).includes(value);
}

/** A figure without binary noise (rates, means and days keep 6 decimals). */
function exact(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

/** An instant as spreadsheets read it, to the second, in UTC. */
function timeText(value: Date | null): string | null {
  return value ? new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}
