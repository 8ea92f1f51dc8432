import { interpolate, DASHBOARD_LOCALE } from '@salesdash/dashboard/shared/util-i18n';
import {
  addDays,
  type CorridorBasis,
  isKpiCode,
  isStock,
  kpiDefinition,
  type KpiUnit,
  type Period,
} from '@salesdash/shared/domain';
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
  wholePercent: numberFormat({ style: 'percent', maximumFractionDigits: 0 }),
  nps: numberFormat({ maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
};

/** An amount in full, to the euro: "€1,234,500" (a deal's amount, never abbreviated). */
export function formatEuros(value: number): string {
  return FORMATS.eur.format(value);
}

/**
 * A KPI value as the dashboard shows it (docs/kpis.md#general-readings: rates are fractions, shown as %):
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

/**
 * A figure beside a value, where space is tight: money always compact ("€209.5K", "€1.6M"), other
 * units as `formatKpiValue` — counts rounded ("126" of a prorated 125.8 leads), except a small prorated
 * count, whose fraction matters: 0.3 deals to date is not "0".
 */
export function formatCompact(value: number, unit: KpiUnit): string {
  if (unit === 'COUNT' && Math.abs(value) < 10 && !Number.isInteger(value)) {
    return FORMATS.oneDecimal.format(value);
  }
  return unit === 'EUR' ? compactEuros(value) : formatKpiValue(value, unit);
}

/**
 * Money abbreviated where the language abbreviates it ("€6.1K"); where it does not (German writes
 * thousands in full, "6142 €"), whole euros — a tenth of a euro is no use beside a KPI.
 */
function compactEuros(value: number): string {
  const parts = FORMATS.eurCompact.formatToParts(value);
  return parts.some((part) => part.type === 'compact')
    ? parts.map((part) => part.value).join('')
    : FORMATS.eur.format(value);
}

/** Two figures of the API that describe the same amount (a target to date of an ended period is its target). */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * The target of the elapsed part of the period against the whole period's (docs/kpis.md#target-to-date):
 * "Target to date €209.5K of €1.6M"; once the period has ended they are the same: "Target €1.6M".
 * Null without a target to date.
 */
export function formatTargetToDate(targetToDate: number | null, target: number | null, unit: KpiUnit): string | null {
  if (targetToDate === null) {
    return null;
  }
  const texts = KPI_UI_TEXTS.figures;
  if (target === null || sameAmount(targetToDate, target)) {
    return interpolate(texts.target, { target: formatCompact(targetToDate, unit) });
  }
  return interpolate(texts.targetToDate, {
    targetToDate: formatCompact(targetToDate, unit),
    target: formatCompact(target, unit),
  });
}

/**
 * The value at the period's end at the current run rate, against the target when there is one:
 * "Forecast €1.5M of €1.6M", "Forecast 983". Null without a forecast.
 */
export function formatForecast(forecast: number | null, target: number | null, unit: KpiUnit): string | null {
  if (forecast === null) {
    return null;
  }
  const texts = KPI_UI_TEXTS.figures;
  return target === null
    ? interpolate(texts.forecast, { forecast: formatCompact(forecast, unit) })
    : interpolate(texts.forecastOfTarget, {
        forecast: formatCompact(forecast, unit),
        target: formatCompact(target, unit),
      });
}

/**
 * The forecast worth showing: only while the period runs. Once it has ended the API's forecast is
 * the value itself and would say nothing new.
 */
export function forecastAhead(value: number | null, forecast: number | null): number | null {
  return forecast === null || value === null || sameAmount(forecast, value) ? null : forecast;
}

/**
 * The number a corridor judged, on its basis (docs/corridors.md#basis): "96% of target to date",
 * "27.3 per rep and month", "€21.4K per rep" (a stock such as the pipeline counts no months); on
 * VALUE (or without a basis) the value as `formatKpiValue` shows it. "—" without one.
 */
export function formatJudgedValue(
  judgedValue: number | null,
  basis: CorridorBasis | null,
  unit: KpiUnit,
  kpi: string,
): string {
  if (judgedValue === null || !Number.isFinite(judgedValue) || basis === null || basis === 'VALUE') {
    return formatKpiValue(judgedValue, unit);
  }
  const texts = KPI_UI_TEXTS.judgedValue;
  if (basis === 'SHARE_OF_TARGET') {
    return interpolate(texts.SHARE_OF_TARGET, { value: FORMATS.wholePercent.format(judgedValue) });
  }
  const value = unit === 'COUNT' ? FORMATS.oneDecimal.format(judgedValue) : formatCompact(judgedValue, unit);
  return interpolate(isKpiCode(kpi) && isStock(kpi) ? texts.PER_REP : texts.PER_REP_MONTH, { value });
}

/** What a trend on this basis plots, in words ("share of the target to date"); null for the value itself. */
export function basisInWords(basis: CorridorBasis | null, kpi: string): string | null {
  const names = KPI_UI_TEXTS.basisNames;
  switch (basis) {
    case 'SHARE_OF_TARGET':
      return names.SHARE_OF_TARGET;
    case 'PER_REP_MONTH':
      return isKpiCode(kpi) && isStock(kpi) ? names.PER_REP : names.PER_REP_MONTH;
    default:
      return null;
  }
}

/**
 * True for a count (new leads, won deals, activities): its sample is the value itself, so "n = …"
 * beside it says nothing. False for a code the catalogue does not know.
 */
export function sampleIsTheValue(kpi: string): boolean {
  return isKpiCode(kpi) && kpiDefinition(kpi).aggregation === 'COUNT';
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
