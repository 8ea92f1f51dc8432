import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { asCsvDownload, CurrentViewer, instantParameter, Roles, toCsv, type Viewer } from '@salesdash/api/platform';
import type { Response } from 'express';
import { dealActions, openDeals } from './deal-actions';
import { REP_DEALS_ROLES, RepDealsReader } from './rep-deals.reader';

type PipelineQuery = Partial<Record<'repId' | 'businessModel' | 'asOf', string>>;

/**
 * `GET /api/exports/rep-pipeline?repId=&businessModel=&asOf=`: every open deal of a rep as CSV (UTF-8
 * with BOM, formula-safe), for whoever may open the rep's deals.
 */
@Roles(...REP_DEALS_ROLES)
@Controller('api/exports')
export class PipelineExportController {
  constructor(private readonly reader: RepDealsReader) {}

  @Get('rep-pipeline')
  @Header('Cache-Control', 'no-store')
  async repPipeline(
    @CurrentViewer() viewer: Viewer,
    @Query() query: PipelineQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const read = await this.reader.read(viewer, {
      repId: query.repId ?? '',
      businessModel: query.businessModel || null,
      asOf: query.asOf ? instantParameter(query.asOf, 'asOf') : null,
    });
    const quiet = new Set(
      dealActions(read.deals, read.asOf, read.onboardingLimit)
        .filter((action) => action.reason === 'NO_RECENT_ACTIVITY')
        .map((action) => action.dealId),
    );
    asCsvDownload(response, `pipeline-${read.rep.displayName}-${read.asOf.toISOString().slice(0, 10)}`);
    return toCsv(
      [
        'Deal',
        'Customer',
        'Business model',
        'Stage',
        'Stage since',
        'Created',
        'Age (days)',
        'Amount (EUR)',
        'Last activity',
        'No activity for 14 days',
      ],
      openDeals(read.deals, read.asOf).map((deal) => [
        deal.dealId,
        deal.customerId,
        deal.businessModel,
        deal.stage,
        timeText(deal.stageSince),
        timeText(deal.createdAt),
        deal.ageDays,
        deal.amount,
        timeText(deal.lastActivityAt),
        quiet.has(deal.dealId) ? 'yes' : 'no',
      ]),
    );
  }
}

/** An instant as spreadsheets read it, to the second, in UTC. */
function timeText(value: Date | null): string | null {
  return value ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}
