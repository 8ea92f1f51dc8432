import { interpolate, DASHBOARD_LOCALE } from '@salesdash/dashboard/shared/util-i18n';
import { addDays, type KpiUnit, type Period } from '@salesdash/shared/domain';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';

const ONE_MILLION = 1_000_000;

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(DASHBOARD_LOCALE, options);
}

const FORMATS = {
  count: numberFormat({ maximumFractionDigits: 0 }),
  percent: numberFormat({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  eur: numberFormat({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  eurCompact: numberFormat({
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }),
  oneDecimal: numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  nps: numberFormat({ maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
};

/**
 * A KPI value as the dashboard shows it (KPI-SPEC: rates are fractions, shown as %):
 * COUNT "1,234" · RATE "42.3%" · EUR "€48,300" or from a million on "€1.2M" · DAYS "12.4 days" ·
 * HOURS "3.1 h" · SCORE "4.2 / 5" · NPS "+34". No value is "—".
 */
export function formatKpiValue(value: number | null | undefined, unit: KpiUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return KPI_UI_TEXTS.missingValue;
  }
  switch (unit) {
    case 'COUNT':
      return FORMATS.count.format(value);
    case 'RATE':
      return FORMATS.percent.format(value);
    case 'EUR':
      return Math.abs(value) >= ONE_MILLION ? FORMATS.eurCompact.format(value) : FORMATS.eur.format(value);
    case 'DAYS':
    case 'HOURS':
    case 'SCORE':
      return interpolate(KPI_UI_TEXTS.unitPatterns[unit], { value: FORMATS.oneDecimal.format(value) });
    case 'NPS':
      return FORMATS.nps.format(value);
  }
}

/** A count of items (sample sizes): "1,234". */
export function formatCount(value: number): string {
  return FORMATS.count.format(value);
}

const MONTH = new Intl.DateTimeFormat(DASHBOARD_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat(DASHBOARD_LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The month of an ISO date: "Jan 2025". */
export function formatMonth(isoDate: string): string {
  return MONTH.format(utcDate(isoDate));
}

/** A day of an ISO date: "Jan 1, 2025". */
export function formatDay(isoDate: string): string {
  return DAY.format(utcDate(isoDate));
}

/** A period [from, to) with its last day included, as people read it: "Jan 1 – Mar 31, 2025". */
export function formatPeriod(period: Period): string {
  return DAY.formatRange(utcDate(period.from), utcDate(addDays(period.to, -1)));
}
