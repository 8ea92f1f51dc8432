/// <reference types="@angular/localize" />

/** Texts of the overview page, kept together for translation ({…} are placeholders). */
export const OVERVIEW_TEXTS = {
  title: $localize`:@@overview.title:KPI overview`,
  subtitle: $localize`:@@overview.subtitle:{period} · {models}`,
  /** How a period reads in subtitles and announcements (homes use the same). */
  period: {
    named: $localize`:@@overview.period.named:{name}: {period}`,
    running: $localize`:@@overview.period.running:{period}, so far to {day}`,
    notStarted: $localize`:@@overview.period.notStarted:{period}, not started yet`,
  },
  allModels: $localize`:@@overview.allModels:All business models`,
  loading: $localize`:@@overview.loading:Loading KPIs…`,
  /** Announced once the tiles are there: for all business models, or for the one chosen; `one` for a single KPI. */
  loaded: {
    allModels: {
      one: $localize`:@@overview.loaded.allModels.one:{count} KPI for {period}, all business models.`,
      other: $localize`:@@overview.loaded.allModels.other:{count} KPIs for {period}, all business models.`,
    },
    model: {
      one: $localize`:@@overview.loaded.model.one:{count} KPI for {period}, {model}.`,
      other: $localize`:@@overview.loaded.model.other:{count} KPIs for {period}, {model}.`,
    },
  },
  updating: $localize`:@@overview.updating:Updating…`,
  empty: {
    title: $localize`:@@overview.empty.title:No data in this period`,
    body: $localize`:@@overview.empty.body:There is no data for {period}. Try a longer period.`,
    action: $localize`:@@overview.empty.action:Show the last 12 months`,
  },
  error: {
    title: $localize`:@@overview.error.title:The KPIs could not be loaded`,
    FORBIDDEN: $localize`:@@overview.error.FORBIDDEN:You may not see these KPIs. Ask an administrator for access.`,
    NETWORK: $localize`:@@overview.error.NETWORK:The server cannot be reached. Check your connection and try again.`,
    BAD_USER_INPUT: $localize`:@@overview.error.BAD_USER_INPUT:The API did not accept this choice: see the message above.`,
    other: $localize`:@@overview.error.other:Something went wrong on the server. Please try again.`,
    busy: $localize`:@@overview.error.busy:The server is busy right now. Please try again in a moment.`,
    TIMEOUT: $localize`:@@overview.error.TIMEOUT:Computing these figures took too long. Choose a shorter period or one business model, or try again later.`,
    retry: $localize`:@@overview.error.retry:Try again`,
  },
  trendUnavailable: $localize`:@@overview.trendUnavailable:The monthly trends could not be loaded.`,
  trendRetry: $localize`:@@overview.trendRetry:Load again`,
} as const;
