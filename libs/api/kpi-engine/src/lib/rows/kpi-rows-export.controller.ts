import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { countKpiRows, readKpiRows } from '@salesdash/api/facts';
import {
  asCsvDownload,
  choiceParameter,
  CurrentViewer,
  dateParameter,
  instantParameter,
  requiredParameter,
  Roles,
  toCsv,
  ValidationError,
  type Viewer,
} from '@salesdash/api/platform';
import { KPI_ROW_ORDERS, kpiDefinition, periodLastDay, ROLES, SCOPE_TYPES } from '@salesdash/shared/domain';
import type { Response } from 'express';
import { KpiRowsService } from './kpi-rows.service';

/** More rows than a spreadsheet handles well; a narrower period or scope is the answer. */
export const MAX_EXPORTED_ROWS = 100_000;

type KpiRowsQueryParameters = Partial<
  Record<'kpi' | 'businessModel' | 'from' | 'to' | 'asOf' | 'scopeType' | 'scopeId' | 'orderBy' | 'descending', string>
>;

/**
 * `GET /api/exports/kpi-rows?kpi=&businessModel=&from=&to=&asOf=&scopeType=&scopeId=`: every row behind
 * one KPI value as CSV (UTF-8 with BOM, formula-safe), under the rules of the `kpiRows` query.
 */
@Roles(...ROLES)
@Controller('api/exports')
export class KpiRowsExportController {
  constructor(private readonly kpiRows: KpiRowsService) {}

  @Get('kpi-rows')
  @Header('Cache-Control', 'no-store')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Query() parameters: KpiRowsQueryParameters,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const request = await this.kpiRows.request(viewer, {
      kpi: requiredParameter(parameters.kpi, 'kpi'),
      businessModel: requiredParameter(parameters.businessModel, 'businessModel'),
      from: dateParameter(parameters.from, 'from'),
      to: dateParameter(parameters.to, 'to'),
      asOf: parameters.asOf ? instantParameter(parameters.asOf, 'asOf') : null,
      scope: parameters.scopeType
        ? { type: choiceParameter(parameters.scopeType, SCOPE_TYPES, 'scopeType'), id: parameters.scopeId || null }
        : null,
      orderBy: parameters.orderBy ? choiceParameter(parameters.orderBy, KPI_ROW_ORDERS, 'orderBy') : null,
      descending: parameters.descending === undefined ? null : parameters.descending !== 'false',
    });
    const { query } = request;
    const rows = await this.kpiRows.snapshot(async (runner) => {
      const { total } = await countKpiRows(runner, query);
      if (total > MAX_EXPORTED_ROWS) {
        throw ValidationError.of('input.to', 'KPI_ROWS_EXPORT_TOO_LARGE', { total, max: MAX_EXPORTED_ROWS });
      }
      return readKpiRows(runner, query, {
        offset: 0,
        limit: MAX_EXPORTED_ROWS,
        orderBy: request.orderBy,
        descending: request.descending,
      });
    });
    const definition = kpiDefinition(query.kpi);
    const until = periodLastDay(query.period.to);
    asCsvDownload(response, `${definition.name}-${query.businessModel}-${query.period.from}-${until}`);
    const withAmount = !request.amountsHidden;
    return toCsv(
      [
        'KPI',
        'Business model',
        'Row',
        'Deal',
        'Customer',
        'Rep',
        'Team',
        'At',
        'Stage',
        'Touchpoint',
        ...(withAmount ? ['Amount (EUR)'] : []),
        'Measure',
        'Started',
        'Outcome',
        'Outcome at',
        'Comment',
      ],
      rows.map((row) => [
        definition.name,
        row.businessModel,
        row.rowId,
        row.dealId,
        row.customerId,
        row.repName,
        row.teamName,
        row.at.toISOString(),
        row.stage,
        row.touchpoint,
        ...(withAmount ? [row.amount] : []),
        row.measure === null ? null : Math.round(row.measure * 1e6) / 1e6,
        row.startedAt?.toISOString() ?? null,
        row.outcome,
        row.outcomeAt?.toISOString() ?? null,
        row.comment,
      ]),
    );
  }
}
