/** Texts of the sparkline, kept together for translation ({…} are placeholders). */
export const SPARKLINE_TEXTS = {
  trend: '{subject}: trend from {first} in {firstLabel} to {last} in {lastLabel}',
  single: '{subject}: {value} in {label}, no earlier values',
  empty: '{subject}: no values in the trend',
} as const;
