/** Texts of the overview page, kept together for translation ({…} are placeholders). */
export const OVERVIEW_TEXTS = {
  title: 'KPI overview',
  subtitle: '{period} · {models}',
  /** How a period reads in subtitles and announcements (homes use the same). */
  period: {
    named: '{name}: {period}',
    running: '{period}, so far to {day}',
    notStarted: '{period}, not started yet',
  },
  allModels: 'All business models',
  loading: 'Loading KPIs…',
  loaded: '{count} KPIs for {period}, {models}.',
  updating: 'Updating…',
  empty: {
    title: 'No data in this period',
    body: 'There is no data for {period}. Try a longer period.',
    action: 'Show the last 12 months',
  },
  error: {
    title: 'The KPIs could not be loaded',
    FORBIDDEN: 'You may not see these KPIs. Ask an administrator for access.',
    NETWORK: 'The server cannot be reached. Check your connection and try again.',
    BAD_USER_INPUT: 'The API did not accept this choice: see the message above.',
    other: 'Something went wrong on the server. Please try again.',
    busy: 'The server is busy right now. Please try again in a moment.',
    TIMEOUT:
      'Computing these figures took too long. Choose a shorter period or one business model, or try again later.',
    retry: 'Try again',
  },
  trendUnavailable: 'The monthly trends could not be loaded.',
  trendRetry: 'Load again',
} as const;
