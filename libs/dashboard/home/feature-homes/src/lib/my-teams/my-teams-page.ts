import { CdkScrollable } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AccessApi, type TeamDto } from '@salesdash/dashboard/access/data-access';
import { KpiApi, type KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { periodQuery } from '@salesdash/dashboard/kpi/feature-overview';
import {
  formatForecast,
  formatKpiValue,
  formatPeriod,
  formatTargetToDate,
  KpiMatrix,
  KpiPaceBadge,
  KpiStatusBadge,
  KpiValueLink,
  KpiChangeList,
  changeTexts,
  kpiName,
  rowsLink,
  rowsLinkLabel,
  type RowsScope,
} from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  type ApiError,
  csvExport,
  dataOf,
  loaded,
  loadFor,
  loadResource,
} from '@salesdash/dashboard/shared/data-access';
import type { Period } from '@salesdash/shared/domain';
import { catchError, forkJoin, map, type Observable, of } from 'rxjs';
import { matrixByModel, modelColumns, modelsWithData } from '../compose/matrix';
import {
  attainmentBar,
  BY_NAME,
  PACE_KPI,
  type RepCell,
  REP_KPIS,
  repRows,
  type RepSort,
  sortRepRows,
  statusDistribution,
  TEAM_KPIS,
  type TeamFigures,
  visibleKpis,
} from '../compose/teams';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { chosenModels, errorMessage, type HomeRequest, homeRequest, loadCorridors, valuesFilter } from '../load';

let nextId = 0;

/** kpiValuesByScope takes at most this many ids (the API's MAX_SCOPES). */
const MAX_SCOPES_PER_REQUEST = 200;
/** The API's CSV export of a team's reps × KPIs (the page's period, model and chosen KPIs). */
const EXPORT_URL = '/api/exports/team-reps';

/** What the figures are asked for: the period and model, and the KPIs chosen for the rep tables. */
interface TeamsRequest extends HomeRequest {
  readonly repKpis: readonly string[];
}

/** Where a rep's cells were measured, so each value can lead to its rows. */
interface RepCellRows {
  readonly model: string;
  readonly period: Period;
  readonly scope: RowsScope;
  readonly repName: string;
}

/**
 * A rep's cell as shown: the value and, for the KPI whose pace the row shows, its target to date and,
 * while the period runs, its forecast against the target — the figures the pace rests on.
 */
function cellView(cell: RepCell, running: boolean, rows: RepCellRows) {
  const figure = cell.code === PACE_KPI ? cell.figure : null;
  const valueText = formatKpiValue(cell.value, cell.unit);
  return {
    ...cell,
    valueText,
    rows: cell.figure
      ? rowsLink({ kpi: cell.code, businessModel: rows.model, period: rows.period, scope: rows.scope })
      : null,
    rowsLabel: rowsLinkLabel(cell.code, rows.repName, valueText, cell.figure?.sampleSize ?? 0),
    changes: changeTexts(cell.value, cell.figure?.change, cell.unit),
    targetText: figure ? formatTargetToDate(figure.targetToDate ?? figure.target, figure.target, cell.unit) : null,
    forecastText: figure && running ? formatForecast(figure.forecast, figure.target, cell.unit) : null,
    bar: figure ? attainmentBar(cell.value, figure.target, figure.targetToDate) : null,
  };
}

/**
 * SALES_MANAGER's home for the chosen period (default: this month, judged on what has elapsed) and
 * model: per managed team (`myTeams`) its key KPIs vs target (level TEAM) and a compact table of its
 * reps (level REP) for one business model — the chosen one, or with all models the first with data,
 * said so: one `kpiValuesByScope` request for the teams and one for their reps. Only ids from
 * `myTeams` are asked for; a rep the API refuses (moved team meanwhile) shows as not available instead
 * of failing the page.
 */
@Component({
  selector: 'sd-my-teams-page',
  imports: [
    CdkScrollable,
    HomeHeader,
    RouterLink,
    KpiMatrix,
    KpiStatusBadge,
    KpiPaceBadge,
    KpiValueLink,
    KpiChangeList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-teams-page.html',
  styleUrls: ['../home.css', './my-teams-page.css'],
})
export class MyTeamsPage {
  private readonly kpiApi = inject(KpiApi);
  private readonly accessApi = inject(AccessApi);
  protected readonly texts = HOME_TEXTS;
  protected readonly id = `sd-teams-${nextId++}`;
  /** Each team's rep table order, by team id (default: by name). */
  private readonly sorts = signal<ReadonlyMap<string, RepSort>>(new Map());
  /** The KPIs of the rep tables, in the order of their columns. */
  protected readonly chosenKpis = signal<readonly string[]>(REP_KPIS);
  private readonly csv = csvExport();
  protected readonly exportState = this.csv.state;

  private readonly reference = loadResource(() =>
    forkJoin({
      catalogue: this.kpiApi.catalogue(),
      models: this.kpiApi.businessModels(),
      teams: this.accessApi.myTeams(),
    }),
  );
  protected readonly models = computed(() => loaded(this.reference.state())?.models ?? null);
  private readonly catalogue = computed(() => loaded(this.reference.state())?.catalogue ?? []);
  protected readonly query = periodQuery('THIS_MONTH', this.models);
  private readonly request = homeRequest(this.query.state, this.models);
  private readonly teamsRequest = computed<TeamsRequest | null>(
    () => {
      const request = this.request();
      return request ? { ...request, repKpis: this.chosenKpis() } : null;
    },
    { equal: (a, b) => a === b || (a !== null && b !== null && sameTeamsRequest(a, b)) },
  );
  private readonly figures = loadFor(this.teamsRequest, (request) =>
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
    const repKpis = visibleKpis(catalogue, data.request.repKpis).map((kpi) => ({
      code: kpi.code,
      name: kpiName(kpi.code),
    }));
    const period = formatPeriod(data.request.period);
    return data.figures.map((team) => ({
      id: team.team.id,
      name: team.team.name,
      region: interpolate(HOME_TEXTS.teams.region, { region: team.team.regionName }),
      available: team.values !== null,
      columns,
      matrix: matrixByModel(teamKpis, team.values ?? [], columns, this.corridors(), {
        period: data.request.period,
        scope: { type: 'TEAM', id: team.team.id },
      }),
      keyCaption: interpolate(HOME_TEXTS.teams.keyKpis, { team: team.team.name }),
      repCaption: interpolate(HOME_TEXTS.teams.reps, { team: team.team.name, model: repModel?.name ?? '', period }),
      exportLabel: interpolate(HOME_TEXTS.teams.exportButton, { team: team.team.name }),
      repNote: note,
      repKpis,
      sort: this.sorts().get(team.team.id) ?? BY_NAME,
      ...this.repTable(team, repModel?.code ?? null, data.request.period, running, data.request.repKpis),
    }));
  });

  /** Sorts a team's reps by a column; the same column again turns the order around. */
  protected sortBy(teamId: string, key: string): void {
    const current = this.sorts().get(teamId) ?? BY_NAME;
    const direction =
      current.key === key
        ? current.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name'
          ? 'ascending'
          : 'descending';
    this.sorts.update((sorts) => new Map(sorts).set(teamId, { key, direction }));
  }

  /** `aria-sort` of a column header. */
  protected ariaSort(sort: RepSort, key: string): string {
    return sort.key === key ? sort.direction : 'none';
  }

  protected readonly chooseKpisSummary = computed(() =>
    interpolate(HOME_TEXTS.teams.chooseKpisCount, { n: this.chosenKpis().length }),
  );

  protected sortLabel(column: string): string {
    return interpolate(HOME_TEXTS.teams.sortBy, { column });
  }

  /** The KPIs the rep tables may show: every KPI the manager sees, checked when chosen. */
  protected readonly kpiChoices = computed(() =>
    this.catalogue().map((kpi) => ({
      code: kpi.code,
      name: kpiName(kpi.code),
      chosen: this.chosenKpis().includes(kpi.code),
    })),
  );

  /**
   * Adds a KPI to the end of the rep tables or takes it away, the other columns staying where they are
   * (the last one stays: a table needs a column).
   */
  protected toggleKpi(code: string, chosen: boolean): void {
    this.chosenKpis.update((current) => {
      const next = chosen ? [...current.filter((kpi) => kpi !== code), code] : current.filter((kpi) => kpi !== code);
      return next.length === 0 ? current : next;
    });
  }

  /** A team's reps × chosen KPIs as the API computes them for the period and model shown, as CSV. */
  protected exportTeam(teamId: string): void {
    const request = this.teamsRequest();
    if (!request) {
      return;
    }
    const kpis = visibleKpis(this.catalogue(), request.repKpis).map((kpi) => kpi.code);
    const params: Record<string, string> = { teamId, from: request.period.from, to: request.period.to };
    params['kpis'] = kpis.join(',');
    if (request.businessModel) {
      params['businessModel'] = request.businessModel;
    }
    this.csv.run(EXPORT_URL, params, `team-${teamId}.csv`);
  }

  private repTable(team: TeamFigures, model: string | null, period: Period, running: boolean, kpis: readonly string[]) {
    const catalogue = this.catalogue();
    const rows = model ? repRows(catalogue, team, model, this.corridors(), kpis) : [];
    return {
      reps: sortRepRows(rows, this.sorts().get(team.team.id) ?? BY_NAME).map((rep) => ({
        ...rep,
        cells: rep.cells.map((cell) =>
          cellView(cell, running, {
            model: model ?? '',
            period,
            scope: { type: 'REP', id: rep.id },
            repName: rep.name,
          }),
        ),
      })),
      distribution: statusDistribution(rows).map((entry) => ({
        ...entry,
        label: HOME_TEXTS.teams.shownStatus[entry.status],
      })),
    };
  }

  protected retry(): void {
    this.reference.retry();
    this.figures.retry();
  }

  private teamFigures(request: TeamsRequest): Observable<TeamFigures[]> {
    const reference = loaded(this.reference.state());
    const teams: readonly TeamDto[] = reference?.teams ?? [];
    if (!reference || teams.length === 0) {
      return of([]);
    }
    const teamKpis = visibleKpis(reference.catalogue, TEAM_KPIS).map((kpi) => kpi.code);
    const repKpis = visibleKpis(reference.catalogue, request.repKpis).map((kpi) => kpi.code);
    const repIds = teams.flatMap((team) => team.reps.map((rep) => rep.id));
    return forkJoin({
      teams: this.scopeValues(
        request,
        'TEAM',
        teams.map((team) => team.id),
        teamKpis,
      ),
      reps: this.scopeValues(request, 'REP', repIds, repKpis),
    }).pipe(
      map(({ teams: teamValues, reps }) =>
        teams.map(
          (team): TeamFigures => ({
            team,
            values: teamValues.get(team.id) ?? null,
            reps: new Map(team.reps.map((rep) => [rep.id, reps.get(rep.id) ?? null])),
          }),
        ),
      ),
    );
  }

  /**
   * The values of every team or every rep in one request (in chunks of the API's maximum). When it is
   * refused — a rep moved to another team since the page loaded — each is asked alone, so only that one
   * shows as not available; any other failure leaves them all without figures, never failing the page.
   */
  private scopeValues(
    request: HomeRequest,
    level: 'TEAM' | 'REP',
    ids: readonly string[],
    kpis: readonly string[],
  ): Observable<ReadonlyMap<string, readonly KpiValueDto[] | null>> {
    if (ids.length === 0) {
      return of(new Map());
    }
    const filter = valuesFilter(request, { kpis });
    const chunks = Array.from({ length: Math.ceil(ids.length / MAX_SCOPES_PER_REQUEST) }, (_, index) =>
      ids.slice(index * MAX_SCOPES_PER_REQUEST, (index + 1) * MAX_SCOPES_PER_REQUEST),
    );
    return forkJoin(chunks.map((chunk) => this.kpiApi.valuesByScope({ ...filter, level, ids: chunk }))).pipe(
      map((answers) => new Map(answers.flatMap((answer) => [...answer]))),
      catchError((error: ApiError) =>
        error.code === 'FORBIDDEN'
          ? forkJoin(
              ids.map((id) =>
                this.kpiApi.values({ ...filter, scope: { type: level, id } }).pipe(catchError(() => of(null))),
              ),
            ).pipe(map((values) => new Map(ids.map((id, index) => [id, values[index] ?? null]))))
          : of(new Map<string, readonly KpiValueDto[] | null>()),
      ),
    );
  }
}

function sameTeamsRequest(a: TeamsRequest, b: TeamsRequest): boolean {
  return (
    a.businessModel === b.businessModel &&
    a.period.from === b.period.from &&
    a.period.to === b.period.to &&
    a.repKpis.join() === b.repKpis.join()
  );
}
