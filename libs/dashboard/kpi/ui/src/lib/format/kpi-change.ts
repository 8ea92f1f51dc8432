import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiUnit, Period } from '@salesdash/shared/domain';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import { formatCompact, formatPeriod } from './kpi-format';

/** A value's figure in a period it is compared with, as the API gives it (`KpiValue.change`). */
export interface ComparedFigure extends Period {
  readonly value: number | null;
}

export interface KpiChangeFigures {
  readonly previous: ComparedFigure;
  readonly lastYear: ComparedFigure;
}

/** One comparison in words: short for the eye, whole for a screen reader and a tooltip. */
export interface ChangeText {
  readonly direction: 'UP' | 'DOWN' | 'SAME';
  /** "+12 %", "−2.1 pts", "+0.3". */
  readonly change: string;
  /** "+12 % vs previous period". */
  readonly short: string;
  /** "+12 % against Nov 1 – 30, 2026 (412)". */
  readonly full: string;
}

const SIGNED_PERCENT = new Intl.NumberFormat(DASHBOARD_LOCALE, {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
const SIGNED_ONE_DECIMAL = new Intl.NumberFormat(DASHBOARD_LOCALE, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const SIGNED_WHOLE = new Intl.NumberFormat(DASHBOARD_LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/**
 * How far a value moved against an earlier one: rates in percentage points, scores and NPS in points,
 * counts, sums, days and hours relatively (in %) — or, from nothing, by how much. Null when either
 * value is missing.
 */
export function formatChange(current: number | null, compared: number | null, unit: KpiUnit): string | null {
  if (current === null || compared === null || !Number.isFinite(current) || !Number.isFinite(compared)) {
    return null;
  }
  const difference = current - compared;
  return signedChange(difference, compared, unit).replace('-', '\u2212');
}

function signedChange(difference: number, compared: number, unit: KpiUnit): string {
  switch (unit) {
    case 'RATE':
      return interpolate(KPI_UI_TEXTS.change.points, { value: SIGNED_ONE_DECIMAL.format(difference * 100) });
    case 'SCORE':
      return SIGNED_ONE_DECIMAL.format(difference);
    case 'NPS':
      return SIGNED_WHOLE.format(difference);
    default:
      if (compared !== 0) {
        return SIGNED_PERCENT.format(difference / Math.abs(compared));
      }
      // From nothing there is no percentage: by how much instead.
      return difference === 0
        ? SIGNED_PERCENT.format(0)
        : `${difference > 0 ? '+' : '-'}${formatCompact(Math.abs(difference), unit)}`;
  }
}

/** A value against the period before and the same period last year; a comparison without a value is left out. */
export function changeTexts(
  current: number | null,
  change: KpiChangeFigures | null | undefined,
  unit: KpiUnit,
): ChangeText[] {
  if (!change) {
    return [];
  }
  const texts = KPI_UI_TEXTS.change;
  const compared = [
    { figure: change.previous, label: texts.previous },
    { figure: change.lastYear, label: texts.lastYear },
  ];
  return compared.flatMap(({ figure, label }) => {
    const text = formatChange(current, figure.value, unit);
    if (text === null || current === null || figure.value === null) {
      return [];
    }
    const direction = current > figure.value ? 'UP' : current < figure.value ? 'DOWN' : 'SAME';
    return [
      {
        direction,
        change: text,
        short: interpolate(label, { change: text }),
        full: interpolate(texts.full, {
          change: text,
          period: formatPeriod(figure),
          value: formatCompact(figure.value, unit),
        }),
      } satisfies ChangeText,
    ];
  });
}
