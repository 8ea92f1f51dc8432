import type { KpiStatus, Pace } from '@salesdash/shared/domain';

/** Foreground (text and icon) and background of one status; both meet WCAG AA on the surface. */
export interface StatusColors {
  readonly text: string;
  readonly background: string;
}

/**
 * The one set of status colours: the status badge, matrix cells and the chart points use these, and
 * the corridor bands are the same hues, faint. Statuses without a judgement stay neutral.
 */
export const STATUS_COLORS: Readonly<Record<KpiStatus, StatusColors>> = {
  ACCEPTABLE: { text: '#1b6e3a', background: '#e6f2ea' },
  TOLERATED: { text: '#8a5300', background: '#fbefd9' },
  UNACCEPTABLE: { text: '#b3261e', background: '#fbe8e6' },
  INSUFFICIENT_DATA: { text: '#4d5663', background: '#eef1f4' },
  NO_RANGE: { text: '#4d5663', background: 'transparent' },
  NO_DATA: { text: '#4d5663', background: '#eef1f4' },
};

/**
 * The colours of a pace (docs/kpis.md#pace), the hues of the statuses they foreshadow: on track as
 * acceptable, behind as tolerated, at risk as unacceptable; too early to tell stays neutral.
 */
export const PACE_COLORS: Readonly<Record<Pace, StatusColors>> = {
  ON_TRACK: STATUS_COLORS.ACCEPTABLE,
  BEHIND: STATUS_COLORS.TOLERATED,
  AT_RISK: STATUS_COLORS.UNACCEPTABLE,
  TOO_EARLY: STATUS_COLORS.NO_DATA,
};

/** Fills of the corridor bands behind trend lines: the acceptable and tolerated hues, faint. */
export const BAND_COLORS = {
  acceptable: 'rgba(27, 110, 58, 0.16)',
  tolerated: 'rgba(138, 83, 0, 0.13)',
} as const;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) {
    throw new Error(`Not a #rrggbb colour: ${hex}`);
  }
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
