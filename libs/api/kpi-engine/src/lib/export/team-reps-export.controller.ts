import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import {
  asCsvDownload,
  CurrentViewer,
  dateParameter,
  requiredParameter,
  Roles,
  toCsv,
  type Viewer,
} from '@salesdash/api/platform';
import { isKpiCode, kpiDefinition, periodLastDay, type Role } from '@salesdash/shared/domain';
import type { Response } from 'express';
import type { KpiScopeValuesType } from '../graphql/kpi.types';
import { KpiQueryService } from '../kpi-query.service';

/** Who may export a team's reps: the team's manager, and the roles that steer the whole company's sales. */
export const TEAM_REPS_EXPORT_ROLES: readonly Role[] = ['SALES_MANAGER', 'MANAGEMENT', 'CONTROLLING', 'ADMIN'];

/** kpiValuesByScope takes at most this many ids. */
const MAX_SCOPES = 200;

type TeamRepsQuery = Partial<Record<'teamId' | 'from' | 'to' | 'businessModel' | 'kpis', string>>;

/**
 * `GET /api/exports/team-reps?teamId=&from=&to=&businessModel=&kpis=A,B`: each rep of a team × KPI ×
 * business model for the period, as My teams shows them (value, status, target, target to date, pace,
 * forecast), as CSV (UTF-8 with BOM, formula-safe) — one row per figure, ready for a pivot table.
 */
@Roles(...TEAM_REPS_EXPORT_ROLES)
@Controller('api/exports')
export class TeamRepsExportController {
  constructor(
    private readonly kpiQueries: KpiQueryService,
    private readonly access: AccessService,
    private readonly org: OrgDirectory,
  ) {}

  @Get('team-reps')
  @Header('Cache-Control', 'no-store')
  async teamReps(
    @CurrentViewer() viewer: Viewer,
    @Query() query: TeamRepsQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const teamId = requiredParameter(query.teamId, 'teamId');
    const from = dateParameter(query.from, 'from');
    const to = dateParameter(query.to, 'to');
    const kpis = query.kpis ? query.kpis.split(',').map((kpi) => kpi.trim()) : null;
    await this.access.rowScopes(viewer, 'TEAM', [teamId], 'input.teamId');
    const team = (await this.org.teams()).find((candidate) => candidate.id === teamId);
    const reps = team?.reps ?? [];
    const answers: KpiScopeValuesType[] = [];
    for (let start = 0; start < reps.length; start += MAX_SCOPES) {
      answers.push(
        ...(await this.kpiQueries.valuesByScope(viewer, {
          from,
          to,
          businessModels: query.businessModel ? [query.businessModel] : null,
          kpis,
          level: 'REP',
          ids: reps.slice(start, start + MAX_SCOPES).map((rep) => rep.id),
        })),
      );
    }
    const until = periodLastDay(to);
    const rows = reps.flatMap((rep) =>
      (answers.find((answer) => answer.scopeId === rep.id)?.values ?? []).map((value) => {
        const definition = isKpiCode(value.kpi) ? kpiDefinition(value.kpi) : null;
        return [
          team?.name ?? teamId,
          rep.displayName,
          rep.id,
          value.businessModel,
          definition?.name ?? value.kpi,
          definition?.unit ?? null,
          exact(value.value),
          value.status,
          exact(value.target),
          exact(value.targetToDate),
          value.pace,
          exact(value.forecast),
          value.sampleSize,
          from,
          until,
        ];
      }),
    );
    asCsvDownload(response, `team-${team?.name ?? teamId}-${from}-${until}`);
    return toCsv(
      [
        'Team',
        'Rep',
        'Rep id',
        'Business model',
        'KPI',
        'Unit',
        'Value',
        'Status',
        'Target',
        'Target to date',
        'Pace',
        'Forecast',
        'Sample size',
        'From',
        'Until',
      ],
      rows,
    );
  }
}

/** A figure without binary noise (rates and means keep 6 decimals, money its cents). */
function exact(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}
