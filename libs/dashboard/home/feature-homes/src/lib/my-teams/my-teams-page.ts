import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AccessApi, type TeamDto } from '@salesdash/dashboard/access/data-access';
import { dataOf, KpiApi, type KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { periodQuery } from '@salesdash/dashboard/kpi/feature-overview';
import {
  formatForecast,
  formatKpiValue,
  formatTargetToDate,
  KpiMatrix,
  KpiPaceBadge,
  KpiStatusBadge,
} from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { catchError, forkJoin, map, type Observable, of } from 'rxjs';
import { matrixByModel, modelColumns, modelsWithData } from '../compose/matrix';
import { PACE_KPI, type RepCell, REP_KPIS, repRows, TEAM_KPIS, type TeamFigures, visibleKpis } from '../compose/teams';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import {
  chosenModels,
  errorMessage,
  type HomeRequest,
  homeRequest,
  loadCorridors,
  loaded,
  loadFor,
  loadResource,
  valuesFilter,
} from '../load';

let nextId = 0;

/**
 * A rep's cell as shown: the value and, for the KPI whose pace the row shows, its target to date and,
 * while the period runs, its forecast against the target — the figures the pace rests on.
 */
function cellView(cell: RepCell, running: boolean) {
  const figure = cell.code === PACE_KPI ? cell.figure : null;
  return {
    ...cell,
    valueText: formatKpiValue(cell.value, cell.unit),
    targetText: figure ? formatTargetToDate(figure.targetToDate ?? figure.target, figure.target, cell.unit) : null,
    forecastText: figure && running ? formatForecast(figure.forecast, figure.target, cell.unit) : null,
  };
}

/**
 * SALES_MANAGER's home for the chosen period (default: this month, judged on what has elapsed) and
 * model: per managed team (`myTeams`) its key KPIs vs target (scope TEAM) and a compact table of its
 * reps (scope REP) for one business model — the chosen one, or with all models the first with data,
 * said so. Only ids from `myTeams` are asked for; a rep the API refuses (moved team meanwhile) shows
 * as not available instead of failing the page.
 */
@Component({
  selector: 'sd-my-teams-page',
  imports: [HomeHeader, KpiMatrix, KpiStatusBadge, KpiPaceBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-teams-page.html',
  styleUrls: ['../home.css', './my-teams-page.css'],
})
export class MyTeamsPage {
  private readonly kpiApi = inject(KpiApi);
  private readonly accessApi = inject(AccessApi);
  protected readonly texts = HOME_TEXTS;
  protected readonly id = `sd-teams-${nextId++}`;

  private readonly reference = loadResource(() =>
    forkJoin({
      catalogue: this.kpiApi.catalogue(),
      models: this.kpiApi.businessModels(),
      teams: this.accessApi.myTeams(),
    }),
  );
  protected readonly models = computed(() => loaded(this.reference.state())?.models ?? null);
  protected readonly catalogue = computed(() => loaded(this.reference.state())?.catalogue ?? []);
  protected readonly query = periodQuery('THIS_MONTH', this.models);
  private readonly request = homeRequest(this.query.state, this.models);
  private readonly figures = loadFor(this.request, (request) =>
    this.teamFigures(request).pipe(map((figures) => ({ request, figures }))),
  );
  private readonly corridors = loadCorridors(this.kpiApi, this.request);

  protected readonly busy = computed(() => this.figures.state().status === 'loading');
  protected readonly error = computed(() => {
    const failed = [this.reference.state(), this.figures.state()].find((state) => state.status === 'failed');
    return failed?.status === 'failed' ? errorMessage(failed.error) : null;
  });

  protected readonly teams = computed(() => {
    const data = dataOf(this.figures.state());
    const models = this.models();
    if (!data || !models) {
      return null;
    }
    const catalogue = this.catalogue();
    const withData = modelsWithData(
      chosenModels(models, data.request),
      data.figures.flatMap((figures) => figures.values ?? []),
    );
    const columns = modelColumns(withData);
    // All models: the rep tables show one at a time, the first with data in any team.
    const repModel = withData[0];
    const note =
      data.request.businessModel === null && repModel
        ? interpolate(HOME_TEXTS.firstModel, { model: repModel.name })
        : null;
    const { from, to } = data.request.period;
    const running = from <= this.query.today && this.query.today < to;
    const teamKpis = visibleKpis(catalogue, TEAM_KPIS);
    const repKpis = visibleKpis(catalogue, REP_KPIS);
    return data.figures.map((team) => ({
      id: team.team.id,
      name: team.team.name,
      region: interpolate(HOME_TEXTS.teams.region, { region: team.team.regionName }),
      available: team.values !== null,
      columns,
      matrix: matrixByModel(teamKpis, team.values ?? [], columns, this.corridors()),
      keyCaption: interpolate(HOME_TEXTS.teams.keyKpis, { team: team.team.name }),
      repCaption: interpolate(HOME_TEXTS.teams.reps, { team: team.team.name, model: repModel?.name ?? '' }),
      repNote: note,
      repKpis,
      reps: repModel
        ? repRows(catalogue, team, repModel.code, this.corridors()).map((rep) => ({
            ...rep,
            cells: rep.cells.map((cell) => cellView(cell, running)),
          }))
        : [],
    }));
  });

  protected retry(): void {
    this.reference.retry();
    this.figures.retry();
  }

  private teamFigures(request: HomeRequest): Observable<TeamFigures[]> {
    const reference = loaded(this.reference.state());
    const teams: readonly TeamDto[] = reference?.teams ?? [];
    if (!reference || teams.length === 0) {
      return of([]);
    }
    const teamKpis = visibleKpis(reference.catalogue, TEAM_KPIS).map((kpi) => kpi.code);
    const repKpis = visibleKpis(reference.catalogue, REP_KPIS).map((kpi) => kpi.code);
    return forkJoin(
      teams.map((team) =>
        forkJoin({
          values: this.values(request, 'TEAM', team.id, teamKpis),
          reps:
            team.reps.length === 0
              ? of([] as (readonly KpiValueDto[] | null)[])
              : forkJoin(team.reps.map((rep) => this.values(request, 'REP', rep.id, repKpis))),
        }).pipe(
          map(
            ({ values, reps }): TeamFigures => ({
              team,
              values,
              reps: new Map(team.reps.map((rep, index) => [rep.id, reps[index] ?? null])),
            }),
          ),
        ),
      ),
    );
  }

  /** One scope's values; a refusal or failure of this one scope is null, not an error of the page. */
  private values(
    request: HomeRequest,
    type: 'TEAM' | 'REP',
    id: string,
    kpis: readonly string[],
  ): Observable<readonly KpiValueDto[] | null> {
    return this.kpiApi.values(valuesFilter(request, { kpis, scope: { type, id } })).pipe(catchError(() => of(null)));
  }
}
