import { formatPeriod, KPI_UI_TEXTS, type PeriodChoice, type PeriodSelection } from '@salesdash/dashboard/kpi/ui';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { addDays, type IsoDate, type Period } from '@salesdash/shared/domain';
import { OVERVIEW_TEXTS } from './overview.texts';

const DAY_OF_MONTH = new Intl.DateTimeFormat(DASHBOARD_LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The name of a period choice: "This month", "Custom period". */
export function periodChoiceName(choice: PeriodChoice): string {
  return choice === 'CUSTOM' ? KPI_UI_TEXTS.periodPicker.customRange : KPI_UI_TEXTS.periodPicker.presets[choice];
}

/**
 * A period as people read it, saying how far a running one has got (docs/kpis.md#running-periods: it is judged on
 * what has elapsed): "Dec 1 – 31, 2026, so far to Dec 4"; a complete one is just its days. A period
 * whose last day is today needs no "so far": its days are the days so far.
 */
export function periodLabel(period: Period, today: IsoDate): string {
  const days = formatPeriod(period);
  if (today < period.from) {
    return interpolate(OVERVIEW_TEXTS.period.notStarted, { period: days });
  }
  if (today < addDays(period.to, -1)) {
    return interpolate(OVERVIEW_TEXTS.period.running, {
      period: days,
      day: DAY_OF_MONTH.format(new Date(`${today}T00:00:00Z`)),
    });
  }
  return days;
}

/** The choice and the period: "This month: Dec 1 – 31, 2026, so far to Dec 4". */
export function describePeriod(selection: PeriodSelection, today: IsoDate): string {
  return interpolate(OVERVIEW_TEXTS.period.named, {
    name: periodChoiceName(selection.preset),
    period: periodLabel(selection, today),
  });
}
