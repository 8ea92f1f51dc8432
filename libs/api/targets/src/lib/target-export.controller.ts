import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { asCsvDownload, CurrentViewer, requiredParameter, Roles, toCsv, type Viewer } from '@salesdash/api/platform';
import { monthSums, sumOfTargets, teamTotals } from '@salesdash/shared/domain';
import type { Response } from 'express';
import { TARGET_READER_ROLES } from './target-access';
import { TargetGridReader } from './target-grid-reader';
import type { TargetGridType } from './target-grid.types';

type GridQuery = Partial<Record<'teamId' | 'businessModel' | 'kpi' | 'firstMonth' | 'months', string>>;

/**
 * `GET /api/exports/target-grid?teamId=&businessModel=&kpi=&firstMonth=YYYY-MM&months=N`: the grid as
 * the page shows it, as CSV (UTF-8 with BOM, formula-safe), for whoever may open it.
 */
@Roles(...TARGET_READER_ROLES)
@Controller('api/exports')
export class TargetExportController {
  constructor(private readonly reader: TargetGridReader) {}

  @Get('target-grid')
  @Header('Cache-Control', 'no-store')
  async targetGrid(
    @CurrentViewer() viewer: Viewer,
    @Query() query: GridQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const months = Number(query.months ?? '');
    const grid = await this.reader.grid(viewer, {
      teamId: requiredParameter(query.teamId, 'teamId'),
      businessModel: requiredParameter(query.businessModel, 'businessModel'),
      kpi: requiredParameter(query.kpi, 'kpi'),
      firstMonth: requiredParameter(query.firstMonth, 'firstMonth'),
      months,
    });
    asCsvDownload(response, `targets-${grid.teamId}-${grid.businessModel}-${grid.kpi}-${grid.months[0]}`);
    return gridCsv(grid);
  }
}

const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** Reps × months with each rep's total, the reps' sum, the team's own targets and the team total the KPIs use. */
export function gridCsv(grid: TargetGridType): string {
  const repSums = monthSums(
    grid.reps.map((rep) => rep.values),
    grid.months.length,
  );
  const row = (name: string, id: string, values: readonly (number | null)[]) => [
    name,
    id,
    ...values.map(rounded),
    rounded(sumOfTargets(values)),
  ];
  return toCsv(
    ['Rep', 'Rep id', ...grid.months, 'Total'],
    [
      ...grid.reps.map((rep) => row(rep.name, rep.scopeId, rep.values)),
      row('Reps’ sum', '', repSums),
      row(`Team target (${grid.teamName})`, grid.teamId, grid.team.values),
      row('Team total used by the KPIs', '', teamTotals(grid.team.values, repSums)),
    ],
  );
}
