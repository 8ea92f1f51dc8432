/** Texts of the sparkline, kept together for translation ({…} are placeholders). */
export const SPARKLINE_TEXTS = {
  trend: '{subject}: trend from {first} in {firstLabel} to {last} in {lastLabel}',
  single: '{subject}: {value} in {label}, no earlier values',
  empty: '{subject}: no values in the trend',
  /** Appended when corridor bands are drawn; describes those of the latest month with a corridor. */
  bands: '{summary}. Shaded bands: acceptable {acceptable}, tolerated {tolerated} (corridor version {version})',
  bandsChanged:
    '{summary}. Shaded bands: acceptable {acceptable}, tolerated {tolerated} (corridor version {version}, earlier months by earlier versions)',
  range: '{min} to {max}',
  atLeast: 'at least {min}',
  atMost: 'at most {max}',
  anyValue: 'any value',
  /** A running month: its value covers only the days elapsed so far. */
  partial: '{label} (to date)',
} as const;
