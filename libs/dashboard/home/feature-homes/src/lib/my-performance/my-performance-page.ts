import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { formatKpiValue, formatPeriod, KpiStatusBadge } from '@salesdash/dashboard/kpi/ui';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { Sparkline } from '@salesdash/dashboard/shared/ui-charts';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { KPI_UNITS, type KpiUnit, presetPeriod } from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import { buildPerformance, type PerformanceRow } from '../compose/performance';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage, loadResource } from '../load';

/** One formatter per unit, made once so that the sparklines' inputs stay the same. */
const FORMATTERS = Object.fromEntries(
  KPI_UNITS.map((unit) => [unit, (value: number | null) => formatKpiValue(value, unit)]),
) as Record<KpiUnit, (value: number | null) => string>;

const PERCENT = new Intl.NumberFormat(DASHBOARD_LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/**
 * SALES_REP's home: their own figures (the API's default scope for a rep; the page never asks for
 * another), quota attainment as the headline, every KPI with target and % of target, and the trend.
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
  protected readonly texts = HOME_TEXTS;
  protected readonly formatters = FORMATTERS;
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
    const { catalogue, models, values } = state.data;
    return buildPerformance(catalogue, models, values, trend.status === 'loaded' ? trend.data : null);
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
  }
}
