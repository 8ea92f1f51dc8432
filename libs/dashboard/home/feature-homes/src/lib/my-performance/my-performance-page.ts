import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { KpiApi, type TeamMedianDto, TeamMedianApi } from '@salesdash/dashboard/kpi/data-access';
import { formatKpiValue, formatPeriod, KPI_UI_TEXTS, KpiStatusBadge } from '@salesdash/dashboard/kpi/ui';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { Sparkline } from '@salesdash/dashboard/shared/ui-charts';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { KPI_UNITS, type KpiUnit, presetPeriod } from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import { buildPerformance, type PerformanceRow } from '../compose/performance';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage, loadCorridors, loadResource } from '../load';

/** One formatter per unit, made once so that the sparklines' inputs stay the same. */
const FORMATTERS = Object.fromEntries(
  KPI_UNITS.map((unit) => [unit, (value: number | null) => formatKpiValue(value, unit)]),
) as Record<KpiUnit, (value: number | null) => string>;

const PERCENT = new Intl.NumberFormat(DASHBOARD_LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/**
 * SALES_REP's home: their own figures (the API's default scope for a rep; the page never asks for
 * another), quota attainment as the headline, every KPI with target and % of target, the trend, and
 * beside each value the anonymous median of the rep's team (never a colleague's own figure).
 */
@Component({
  selector: 'sd-my-performance-page',
  imports: [HomeHeader, Sparkline, KpiStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-performance-page.html',
  styleUrls: ['../home.css', './my-performance-page.css'],
})
export class MyPerformancePage {
  private readonly api = inject(KpiApi);
  private readonly teamMedianApi = inject(TeamMedianApi);
  protected readonly texts = HOME_TEXTS;
  protected readonly formatters = FORMATTERS;
  protected readonly statusLabels = KPI_UI_TEXTS.status;
  private readonly period = presetPeriod('LAST_12_MONTHS', inject(TODAY)());
  protected readonly subtitle = interpolate(HOME_TEXTS.period, { period: formatPeriod(this.period) });

  private readonly data = loadResource(() =>
    forkJoin({
      catalogue: this.api.catalogue(),
      models: this.api.businessModels(),
      values: this.api.values({ from: this.period.from, to: this.period.to }),
    }),
  );
  private readonly trend = loadResource(() => this.api.trend({ to: this.period.to, months: 12 }));
  // Loaded on its own: without the medians the rep still sees their figures.
  private readonly medians = loadResource(() =>
    this.teamMedianApi.medians({ from: this.period.from, to: this.period.to }),
  );
  private readonly corridors = loadCorridors(this.api, this.period);
  protected readonly mediansFailed = computed(() => this.medians.state().status === 'failed');

  protected readonly state = this.data.state;
  protected readonly catalogue = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data.catalogue : [];
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });
  protected readonly view = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const trend = this.trend.state();
    const medians = this.medians.state();
    const { catalogue, models, values } = state.data;
    return buildPerformance(
      catalogue,
      models,
      values,
      trend.status === 'loaded' ? trend.data : null,
      medians.status === 'loaded' ? medians.data : null,
      this.corridors(),
    );
  });

  protected value(row: PerformanceRow | null, which: 'value' | 'target' = 'value'): string {
    return row ? formatKpiValue(row[which], row.unit) : formatKpiValue(null, 'COUNT');
  }

  protected percent(value: number | null): string {
    return value === null ? HOME_TEXTS.performance.none : PERCENT.format(value);
  }

  protected wonOfTarget(row: PerformanceRow | null): string {
    if (!row || row.target === null) {
      return HOME_TEXTS.performance.noTarget;
    }
    return interpolate(HOME_TEXTS.performance.wonOfTarget, {
      value: formatKpiValue(row.value, row.unit),
      target: formatKpiValue(row.target, row.unit),
    });
  }

  /** The team median in the row's unit, or in a few words why there is none. */
  protected teamMedian(row: PerformanceRow, median: TeamMedianDto): string {
    return median.median === null
      ? HOME_TEXTS.performance.teamMedianUnavailableShort[median.unavailableReason ?? 'TOO_FEW_REPS']
      : formatKpiValue(median.median, row.unit);
  }

  protected teamMedianReps(median: TeamMedianDto): string {
    return interpolate(HOME_TEXTS.performance.teamMedianReps, { n: median.repCount });
  }

  /** "Team median: X (n reps)" under a headline, or why it is not shown; empty while it loads. */
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
      return interpolate(HOME_TEXTS.performance.teamMedianNotShown, {
        reason: HOME_TEXTS.performance.teamMedianUnavailable[median.unavailableReason ?? 'TOO_FEW_REPS'],
      });
    }
    return interpolate(HOME_TEXTS.performance.teamMedianOf, {
      value: formatKpiValue(median.median, row.unit),
      n: median.repCount,
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
    this.data.retry();
    this.trend.retry();
    this.medians.retry();
  }
}
