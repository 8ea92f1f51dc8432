import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { AccessApi, type TeamDto } from '@salesdash/dashboard/access/data-access';
import { KpiApi, type KpiDefinitionDto, type KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { formatKpiValue, formatPeriod, KpiMatrix, KpiStatusBadge } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { type Period, presetPeriod } from '@salesdash/shared/domain';
import { catchError, forkJoin, map, type Observable, of, switchMap } from 'rxjs';
import { matrixByModel, modelColumns, modelsWithData } from '../compose/matrix';
import { REP_KPIS, repRows, TEAM_KPIS, type TeamFigures, visibleKpis } from '../compose/teams';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage, loadCorridors, loadResource } from '../load';

let nextId = 0;

/**
 * SALES_MANAGER's home: per managed team (`myTeams`) its key KPIs vs target (scope TEAM) and a compact
 * table of its reps (scope REP) for one business model. Only ids from `myTeams` are asked for; a
 * rep the API refuses (moved team meanwhile) shows as not available instead of failing the page.
 */
@Component({
  selector: 'sd-my-teams-page',
  imports: [HomeHeader, KpiMatrix, KpiStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-teams-page.html',
  styleUrls: ['../home.css', './my-teams-page.css'],
})
export class MyTeamsPage {
  private readonly kpiApi = inject(KpiApi);
  private readonly accessApi = inject(AccessApi);
  protected readonly texts = HOME_TEXTS;
  protected readonly id = `sd-teams-${nextId++}`;
  private readonly period = presetPeriod('LAST_12_MONTHS', inject(TODAY)());
  protected readonly subtitle = interpolate(HOME_TEXTS.period, { period: formatPeriod(this.period) });

  private readonly data = loadResource(() =>
    forkJoin({
      catalogue: this.kpiApi.catalogue(),
      models: this.kpiApi.businessModels(),
      teams: this.accessApi.myTeams(),
    }).pipe(
      switchMap(({ catalogue, models, teams }) =>
        this.teamFigures(catalogue, teams).pipe(map((figures) => ({ catalogue, models, figures }))),
      ),
    ),
  );

  private readonly corridors = loadCorridors(this.kpiApi, this.period);
  protected readonly state = this.data.state;
  protected readonly catalogue = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data.catalogue : [];
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });

  /** Business models with data in any team; the rep tables show one of them. */
  protected readonly models = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return [];
    }
    const values = state.data.figures.flatMap((figures) => figures.values ?? []);
    return modelsWithData(state.data.models, values);
  });
  protected readonly model = linkedSignal(() => this.models()[0]?.code ?? '');
  protected readonly modelName = computed(
    () => this.models().find((model) => model.code === this.model())?.name ?? this.model(),
  );

  protected readonly teams = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const { catalogue, figures } = state.data;
    const columns = modelColumns(this.models());
    const teamKpis = visibleKpis(catalogue, TEAM_KPIS);
    const repKpis = visibleKpis(catalogue, REP_KPIS);
    return figures.map((team) => ({
      id: team.team.id,
      name: team.team.name,
      region: interpolate(HOME_TEXTS.teams.region, { region: team.team.regionName }),
      available: team.values !== null,
      columns,
      matrix: matrixByModel(teamKpis, team.values ?? [], columns, this.corridors()),
      keyCaption: interpolate(HOME_TEXTS.teams.keyKpis, { team: team.team.name }),
      repCaption: interpolate(HOME_TEXTS.teams.reps, { team: team.team.name, model: this.modelName() }),
      repKpis,
      reps: repRows(catalogue, team, this.model(), this.corridors()),
    }));
  });

  protected format(value: number | null, unit: KpiDefinitionDto['unit']): string {
    return formatKpiValue(value, unit);
  }

  protected chooseModel(event: Event): void {
    this.model.set((event.target as HTMLSelectElement).value);
  }

  protected retry(): void {
    this.data.retry();
  }

  private teamFigures(catalogue: readonly KpiDefinitionDto[], teams: readonly TeamDto[]): Observable<TeamFigures[]> {
    if (teams.length === 0) {
      return of([]);
    }
    const teamKpis = visibleKpis(catalogue, TEAM_KPIS).map((kpi) => kpi.code);
    const repKpis = visibleKpis(catalogue, REP_KPIS).map((kpi) => kpi.code);
    return forkJoin(
      teams.map((team) =>
        forkJoin({
          values: this.values(this.period, 'TEAM', team.id, teamKpis),
          reps:
            team.reps.length === 0
              ? of([] as (readonly KpiValueDto[] | null)[])
              : forkJoin(team.reps.map((rep) => this.values(this.period, 'REP', rep.id, repKpis))),
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
    period: Period,
    type: 'TEAM' | 'REP',
    id: string,
    kpis: readonly string[],
  ): Observable<readonly KpiValueDto[] | null> {
    return this.kpiApi
      .values({ from: period.from, to: period.to, kpis, scope: { type, id } })
      .pipe(catchError(() => of(null)));
  }
}
