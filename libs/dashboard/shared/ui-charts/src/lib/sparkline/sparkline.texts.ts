/// <reference types="@angular/localize" />

/** Texts of the sparkline, kept together for translation ({…} are placeholders). */
export const SPARKLINE_TEXTS = {
  trend: $localize`:@@charts.sparkline.trend:{subject}: trend from {first} in {firstLabel} to {last} in {lastLabel}`,
  single: $localize`:@@charts.sparkline.single:{subject}: {value} in {label}, no earlier values`,
  empty: $localize`:@@charts.sparkline.empty:{subject}: no values in the trend`,
  /** Appended when corridor bands are drawn; describes those of the latest month with a corridor. */
  bands: $localize`:@@charts.sparkline.bands:{summary}. Shaded bands: acceptable {acceptable}, tolerated {tolerated} (corridor version {version})`,
  bandsChanged: $localize`:@@charts.sparkline.bandsChanged:{summary}. Shaded bands: acceptable {acceptable}, tolerated {tolerated} (corridor version {version}, earlier months by earlier versions)`,
  range: $localize`:@@charts.sparkline.range:{min} to {max}`,
  atLeast: $localize`:@@charts.sparkline.atLeast:at least {min}`,
  atMost: $localize`:@@charts.sparkline.atMost:at most {max}`,
  anyValue: $localize`:@@charts.sparkline.anyValue:any value`,
  /** A running month: its value covers only the days elapsed so far. */
  partial: $localize`:@@charts.sparkline.partial:{label} (to date)`,
} as const;
