import { CdkScrollable } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { KpiApi, type TeamMedianDto, TeamMedianApi } from '@salesdash/dashboard/kpi/data-access';
import {
  formatCompact,
  formatForecast,
  formatKpiValue,
  KPI_UI_TEXTS,
  KpiPaceBadge,
  KpiStatusBadge,
  trendPoints,
  KpiChangeList,
  KpiValueLink,
} from '@salesdash/dashboard/kpi/ui';
import { Sparkline } from '@salesdash/dashboard/shared/ui-charts';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiUnit, Pace } from '@salesdash/shared/domain';
import { map } from 'rxjs';
import {
  buildPerformance,
  monthRows,
  type PerformanceHeadline,
  type PerformanceRow,
  VOLUME_KPI,
} from '../compose/performance';
import { medianLine } from '../compose/rep-page';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { kpiHome } from '../kpi-home';
import { periodFilter, trendFilter } from '../load';
import { RepDealsApi } from '../rep-deals/rep-deals-api';
import { RepDealsPanel } from '../rep-deals/rep-deals-panel';
import { TrendAgainst } from '../trend-against/trend-against';
import { dataOf, loaded, loadFor } from '@salesdash/dashboard/shared/data-access';

const PERCENT = new Intl.NumberFormat(DASHBOARD_LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/**
 * SALES_REP's home for the chosen period (default: this month, judged on what has elapsed) and model:
 * their own figures (the API's default scope for a rep; the page never asks for another), quota
 * attainment as the headline, every KPI with target and % of target, the trend, and
 * beside each value the anonymous median of the rep's colleagues (never a colleague's own figure), or
 * in words why it is withheld; then the rep's deals that need action and their open pipeline.
 */
@Component({
  selector: 'sd-my-performance-page',
  imports: [
    CdkScrollable,
    KpiValueLink,
    KpiChangeList,
    HomeHeader,
    Sparkline,
    TrendAgainst,
    KpiStatusBadge,
    KpiPaceBadge,
    RepDealsPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-performance-page.html',
  styleUrls: ['../home.css', './my-performance-page.css'],
})
export class MyPerformancePage {
  private readonly api = inject(KpiApi);
  private readonly teamMedianApi = inject(TeamMedianApi);
  protected readonly texts = HOME_TEXTS;
  protected readonly statusLabels = KPI_UI_TEXTS.status;

  private readonly home = kpiHome(this.api, 'THIS_MONTH');
  protected readonly models = this.home.models;
  private readonly catalogue = this.home.catalogue;
  protected readonly query = this.home.query;
  private readonly request = this.home.request;
  private readonly values = this.home.values;
  private readonly corridors = this.home.corridors;
  protected readonly busy = this.home.busy;
  protected readonly error = this.home.error;
  private readonly trend = loadFor(this.request, (request) =>
    this.api.trend(trendFilter(request)).pipe(map((series) => ({ request, series }))),
  );
  // Loaded on its own: without the medians the rep still sees their figures.
  private readonly medians = loadFor(this.request, (request) =>
    this.teamMedianApi.medians(periodFilter(request)).pipe(map((medians) => ({ request, medians }))),
  );
  protected readonly mediansFailed = computed(() => this.medians.state().status === 'failed');
  private readonly medianTrend = loadFor(this.request, (request) =>
    this.teamMedianApi.trend(trendFilter(request)).pipe(map((series) => ({ request, series }))),
  );
  /** The row (KPI and model) whose trend is drawn against the team median; won volume until one is chosen. */
  protected readonly chosenTrend = signal<string | null>(null);
  private readonly dealsApi = inject(RepDealsApi);
  private readonly userId = inject(AuthService).viewer()?.id ?? '';
  /** The rep's own deals as they stand now, in the model chosen above. */
  protected readonly deals = loadFor(this.request, (request) =>
    this.dealsApi.deals({ repId: this.userId, businessModel: request.businessModel }),
  );

  /** The period shown holds today: its forecasts look ahead. */
  private readonly running = computed(() => {
    const period = dataOf(this.values.state())?.request.period;
    return period !== undefined && period.from <= this.query.today && this.query.today < period.to;
  });
  /** The period shown starts after today: nothing could have been won yet, only the target is known. */
  private readonly notStarted = computed(() => {
    const period = dataOf(this.values.state())?.request.period;
    return period !== undefined && this.query.today < period.from;
  });
  protected readonly view = computed(() => {
    const data = dataOf(this.values.state());
    const models = this.models();
    if (!data || !models) {
      return null;
    }
    const trend = loaded(this.trend.state());
    const medians = loaded(this.medians.state());
    return buildPerformance(
      this.catalogue(),
      models,
      data.values,
      trend?.request === data.request ? trend.series : null,
      medians?.request === data.request ? medians.medians : null,
      this.corridors(),
      { period: data.request.period, scope: null },
    );
  });

  /** The chosen KPI's 12 months against the anonymous team median of each month. */
  protected readonly medianChart = computed(() => {
    const rows = this.view()?.rows ?? [];
    const keyOf = (row: PerformanceRow) => `${row.code}|${row.businessModel}`;
    const row =
      rows.find((candidate) => keyOf(candidate) === this.chosenTrend()) ??
      rows.find((candidate) => candidate.code === VOLUME_KPI) ??
      rows[0];
    const series = loaded(this.trend.state())?.series.find(
      (candidate) => candidate.kpi === row?.code && candidate.businessModel === row.businessModel,
    );
    if (!row || !series) {
      return null;
    }
    const medians = loaded(this.medianTrend.state())?.series.find(
      (candidate) => candidate.kpi === row.code && candidate.businessModel === row.businessModel,
    );
    return {
      key: keyOf(row),
      choices: rows.map((candidate) => ({
        key: keyOf(candidate),
        label: interpolate(HOME_TEXTS.performance.trendSubject, {
          kpi: candidate.name,
          model: candidate.businessModelName,
        }),
      })),
      points: trendPoints(series.points, 'VALUE', row.code),
      monthRows: monthRows(row.code, row.businessModel, series.points, null),
      comparison: medianLine(HOME_TEXTS.performance.teamMedian, medians, series.points),
      corridors: row.basis === null || row.basis === 'VALUE' ? row.trendCorridors : [],
      subject: this.trendSubject(row),
      format: (value: number | null) => formatKpiValue(value, row.unit),
    };
  });

  protected chooseTrend(key: string): void {
    this.chosenTrend.set(key);
  }

  protected value(row: PerformanceRow | null): string {
    return row ? formatKpiValue(row.value, row.unit) : formatKpiValue(null, 'COUNT');
  }

  protected percent(value: number | null): string {
    return value === null ? HOME_TEXTS.performance.none : PERCENT.format(value);
  }

  /** A figure beside a value, compact: "€209.5K". */
  protected compact(value: number, unit: KpiUnit): string {
    return formatCompact(value, unit);
  }

  /** True while the period runs: its target to date is less than the whole period's target. */
  protected runningTarget(row: PerformanceRow | null): boolean {
    return row !== null && row.targetToDate !== null && row.target !== null && row.targetToDate < row.target;
  }

  /**
   * "Won €52K of €51K target to date" (of the target, once the period has ended); the target alone
   * before the period starts, when the target to date is still 0.
   */
  protected wonOfTarget(row: PerformanceRow | null): string {
    const target = row?.targetToDate ?? row?.target ?? null;
    if (!row || target === null) {
      return HOME_TEXTS.performance.noTarget;
    }
    if (this.notStarted() && row.target !== null) {
      return interpolate(HOME_TEXTS.performance.targetNotStarted, { target: formatCompact(row.target, row.unit) });
    }
    return interpolate(
      this.runningTarget(row) ? HOME_TEXTS.performance.wonOfTargetToDate : HOME_TEXTS.performance.wonOfTarget,
      { value: formatCompact(row.value ?? 0, row.unit), target: formatCompact(target, row.unit) },
    );
  }

  /** The pace of a headline: quota attainment's, which is the won volume's (docs/kpis.md#pace). */
  protected headlinePace(headline: PerformanceHeadline): Pace | null {
    return headline.attainment?.pace ?? headline.volume?.pace ?? null;
  }

  /**
   * "Forecast €400K of €390K" while the period runs (also "€0" when nothing is won yet); nothing
   * once it has ended, when the API's forecast is the value itself.
   */
  protected forecast(row: PerformanceRow | null): string | null {
    return row && this.running() ? formatForecast(row.forecast, row.target, row.unit) : null;
  }

  /** The forecast in the table's column, while the period runs. */
  protected forecastValue(row: PerformanceRow): string {
    return row.forecast === null || !this.running() ? '' : formatCompact(row.forecast, row.unit);
  }

  /** "of €390K" under a target to date that is less than the whole period's target. */
  protected ofWholeTarget(row: PerformanceRow): string | null {
    return this.runningTarget(row) && row.target !== null
      ? interpolate(HOME_TEXTS.performance.ofWholeTarget, { target: formatCompact(row.target, row.unit) })
      : null;
  }

  /** Where the target to date lies on the attainment bar (the whole period's quota is 100 %). */
  protected toDateMark(row: PerformanceRow | null): number | null {
    return row && this.runningTarget(row) && row.target ? this.bar((row.targetToDate ?? 0) / row.target) : null;
  }

  /** The team median in the row's unit. */
  protected teamMedian(row: PerformanceRow, median: number): string {
    return formatKpiValue(median, row.unit);
  }

  protected teamMedianColleagues(median: TeamMedianDto): string {
    return interpolate(HOME_TEXTS.performance.teamMedianColleagues, { n: median.colleagueCount });
  }

  /** In a few words why the median is withheld, as shown in the table. */
  protected withheldShort(median: TeamMedianDto): string {
    return HOME_TEXTS.performance.teamMedianUnavailableShort[median.unavailableReason ?? 'TOO_FEW_COLLEAGUES'];
  }

  /** "Team median: not shown, <the whole reason>". */
  protected withheldReason(median: TeamMedianDto): string {
    return interpolate(HOME_TEXTS.performance.teamMedianNotShown, {
      reason: HOME_TEXTS.performance.teamMedianUnavailable[median.unavailableReason ?? 'TOO_FEW_COLLEAGUES'],
    });
  }

  /** "Team median: X (of n colleagues)" under a headline, or why it is not shown; empty while it loads. */
  protected headlineMedian(row: PerformanceRow | null): string {
    const median = row?.teamMedian;
    if (!row || !median) {
      return this.mediansFailed()
        ? interpolate(HOME_TEXTS.performance.teamMedianNotShown, {
            reason: HOME_TEXTS.performance.teamMedianLoadFailed,
          })
        : '';
    }
    if (median.median === null) {
      return this.withheldReason(median);
    }
    return interpolate(HOME_TEXTS.performance.teamMedianOf, {
      value: formatKpiValue(median.median, row.unit),
      n: median.colleagueCount,
    });
  }

  /** Width of the attainment bar, capped at 100 %. */
  protected bar(value: number | null): number {
    return value === null ? 0 : Math.max(0, Math.min(1, value)) * 100;
  }

  protected trendSubject(row: PerformanceRow): string {
    return interpolate(HOME_TEXTS.performance.trendSubject, { kpi: row.name, model: row.businessModelName });
  }

  protected retry(): void {
    this.home.retry();
    this.trend.retry();
    this.medians.retry();
    this.medianTrend.retry();
    this.deals.retry();
  }
}
