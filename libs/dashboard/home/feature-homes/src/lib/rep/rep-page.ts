import { CdkScrollable } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import {
  formatCompact,
  formatKpiValue,
  KpiChangeList,
  KpiPaceBadge,
  KpiStatusBadge,
  KpiValueLink,
  trendPoints,
} from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { map } from 'rxjs';
import { buildPerformance, monthRows, type PerformanceRow } from '../compose/performance';
import { comparedPerRep, teamLine, teamValueOf } from '../compose/rep-page';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { homeBasis } from '../kpi-home';
import { errorMessage, type HomeRequest, loadCorridors, trendFilter, valuesFilter } from '../load';
import { RepDealsApi } from '../rep-deals/rep-deals-api';
import { RepDealsPanel } from '../rep-deals/rep-deals-panel';
import { TrendAgainst } from '../trend-against/trend-against';
import { dataOf, loaded, loadFor } from '@salesdash/dashboard/shared/data-access';

interface RepRequest extends HomeRequest {
  readonly repId: string;
}

interface TeamRequest extends HomeRequest {
  readonly teamId: string;
}

const TEXTS = HOME_TEXTS.rep;
/** The trend shown first: the won volume, what a rep's target is mostly about. */
const DEFAULT_TREND_KPI = 'WON_VOLUME';

/**
 * One rep's page for the people responsible for them (a sales manager: the reps of their teams;
 * management, controlling, administrators: any rep): every KPI of the period with its status, target
 * to date, pace and forecast beside the team's figure, a 12-month trend of a chosen KPI against the
 * team, and the rep's deals — those that need action and the open pipeline. The API decides whether
 * the caller may see the rep (FORBIDDEN is said plainly).
 */
@Component({
  selector: 'sd-rep-page',
  imports: [
    CdkScrollable,
    KpiValueLink,
    KpiChangeList,
    HomeHeader,
    RouterLink,
    KpiStatusBadge,
    KpiPaceBadge,
    TrendAgainst,
    RepDealsPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rep-page.html',
  styleUrls: ['../home.css', './rep-page.css'],
})
export class RepPage {
  private readonly api = inject(KpiApi);
  private readonly dealsApi = inject(RepDealsApi);
  protected readonly texts = HOME_TEXTS;
  /** A sales manager came from My teams and goes back there. */
  protected readonly fromMyTeams = inject(AuthService).viewer()?.role === 'SALES_MANAGER';

  private readonly repId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('repId') ?? '')), {
    initialValue: '',
  });
  private readonly basis = homeBasis(this.api, 'THIS_MONTH');
  private readonly reference = this.basis.reference;
  protected readonly models = this.basis.models;
  private readonly catalogue = this.basis.catalogue;
  protected readonly query = this.basis.query;
  private readonly request = this.basis.request;
  private readonly repRequest = computed<RepRequest | null>(
    () => {
      const request = this.request();
      return request && this.repId() ? { ...request, repId: this.repId() } : null;
    },
    { equal: (a, b) => a === b || (a !== null && b !== null && a.repId === b.repId && sameRequest(a, b)) },
  );
  protected readonly deals = loadFor(this.repRequest, (request) =>
    this.dealsApi.deals({ repId: request.repId, businessModel: request.businessModel }),
  );
  private readonly profile = computed(() => dataOf(this.deals.state())?.rep ?? null);
  private readonly values = loadFor(this.repRequest, (request) =>
    this.api
      .values(valuesFilter(request, { scope: { type: 'REP', id: request.repId } }))
      .pipe(map((values) => ({ request, values }))),
  );
  private readonly trend = loadFor(this.repRequest, (request) =>
    this.api
      .trend(trendFilter(request, { scope: { type: 'REP', id: request.repId } }))
      .pipe(map((series) => ({ request, series }))),
  );
  private readonly teamRequest = computed<TeamRequest | null>(
    () => {
      const request = this.request();
      const teamId = this.profile()?.teamId;
      return request && teamId ? { ...request, teamId } : null;
    },
    { equal: (a, b) => a === b || (a !== null && b !== null && a.teamId === b.teamId && sameRequest(a, b)) },
  );
  private readonly teamValues = loadFor(this.teamRequest, (request) =>
    this.api.values(valuesFilter(request, { scope: { type: 'TEAM', id: request.teamId } })),
  );
  private readonly teamTrend = loadFor(this.teamRequest, (request) =>
    this.api.trend(trendFilter(request, { scope: { type: 'TEAM', id: request.teamId } })),
  );
  private readonly corridors = loadCorridors(this.api, this.request);
  /** The row whose trend the chart shows (KPI and model); the first row until one is chosen. */
  protected readonly chosen = signal<string | null>(null);

  protected readonly busy = computed(() => this.values.state().status === 'loading');
  protected readonly error = computed(() => {
    const failed = [this.reference.state(), this.values.state()].find((state) => state.status === 'failed');
    return failed?.status === 'failed' ? errorMessage(failed.error) : null;
  });
  protected readonly heading = computed(() => this.profile()?.displayName ?? '');
  protected readonly kpisTitle = computed(() => interpolate(TEXTS.kpis, { rep: this.heading() }));
  protected readonly teamName = computed(() => {
    const profile = this.profile();
    if (!profile) {
      return '';
    }
    return profile.teamName ? interpolate(TEXTS.subtitleTeam, { team: profile.teamName }) : TEXTS.noTeam;
  });

  protected readonly view = computed(() => {
    const data = dataOf(this.values.state());
    const models = this.models();
    if (!data || !models) {
      return null;
    }
    const trend = loaded(this.trend.state());
    const teamValues = dataOf(this.teamValues.state()) ?? null;
    const performance = buildPerformance(
      this.catalogue(),
      models,
      data.values,
      trend?.request === data.request ? trend.series : null,
      null,
      this.corridors(),
      { period: data.request.period, scope: { type: 'REP' as const, id: data.request.repId } },
    );
    const rows = performance.rows.map((row) => ({
      ...row,
      key: `${row.code}|${row.businessModel}`,
      teamValue: teamValueOf(teamValues, row.code, row.businessModel),
      perRep: comparedPerRep(row.code),
    }));
    return { rows, chart: this.chart(rows) };
  });

  private chart(rows: readonly (PerformanceRow & { key: string })[]) {
    const row =
      rows.find((candidate) => candidate.key === this.chosen()) ??
      rows.find((candidate) => candidate.code === DEFAULT_TREND_KPI) ??
      rows[0];
    if (!row) {
      return null;
    }
    const teamSeries = dataOf(this.teamTrend.state())?.find(
      (series) => series.kpi === row.code && series.businessModel === row.businessModel,
    );
    const repSeries = loaded(this.trend.state())?.series.find(
      (series) => series.kpi === row.code && series.businessModel === row.businessModel,
    );
    const teamName = this.profile()?.teamName ?? TEXTS.team;
    const teamLabel = comparedPerRep(row.code) ? interpolate(TEXTS.legendTeamPerRep, { team: teamName }) : teamName;
    const subject = interpolate(TEXTS.trendSubject, {
      rep: this.heading(),
      kpi: row.name,
      model: row.businessModelName,
    });
    return {
      key: row.key,
      points: repSeries ? trendPoints(repSeries.points, 'VALUE', row.code) : [],
      monthRows: monthRows(row.code, row.businessModel, repSeries?.points ?? [], { type: 'REP', id: this.repId() }),
      comparison: teamLine(teamLabel, teamSeries, row.code),
      corridors: row.basis === null || row.basis === 'VALUE' ? row.trendCorridors : [],
      subject,
      title: interpolate(TEXTS.trendTitle, { subject }),
      format: (value: number | null) => formatKpiValue(value, row.unit),
    };
  }

  protected choose(key: string): void {
    this.chosen.set(key);
  }

  protected teamValue(row: PerformanceRow & { teamValue: number | null }): string {
    return formatKpiValue(row.teamValue, row.unit);
  }

  protected compact(value: number | null, unit: PerformanceRow['unit']): string {
    return value === null ? '' : formatCompact(value, unit);
  }

  protected retry(): void {
    this.reference.retry();
    this.values.retry();
    this.trend.retry();
    this.deals.retry();
  }
}

function sameRequest(a: HomeRequest, b: HomeRequest): boolean {
  return a.businessModel === b.businessModel && a.period.from === b.period.from && a.period.to === b.period.to;
}
