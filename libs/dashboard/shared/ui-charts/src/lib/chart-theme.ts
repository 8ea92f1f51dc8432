/** The colours every chart uses (canvas cannot read CSS variables); they match styles.scss. */
export const CHART_COLORS = {
  accent: '#1f5fbf',
  text: '#1d2530',
  muted: '#5b6573',
  grid: '#d9dee5',
  surface: '#ffffff',
} as const;

/** The one app-wide ECharts theme, passed to every chart by `provideCharts()`. */
export const CHART_THEME = {
  color: [CHART_COLORS.accent],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  tooltip: {
    backgroundColor: CHART_COLORS.surface,
    borderColor: CHART_COLORS.grid,
    textStyle: { color: CHART_COLORS.text, fontSize: 12 },
  },
} as const;
