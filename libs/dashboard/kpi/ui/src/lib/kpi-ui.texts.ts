import type { CorridorBasis, KpiStatus, KpiUnit, Pace, PeriodPreset } from '@salesdash/shared/domain';

/**
 * Every text of the KPI ui components, in one place for translation. `{…}` are placeholders filled
 * by `interpolate`; a translation may reorder them.
 */
export const KPI_UI_TEXTS = {
  missingValue: '—',
  /** Units that need words around the number. */
  unitPatterns: {
    DAYS: '{value} days',
    HOURS: '{value} h',
    SCORE: '{value} / 5',
  } satisfies Partial<Record<KpiUnit, string>>,
  status: {
    NO_DATA: 'No data',
    NO_RANGE: 'No corridor',
    INSUFFICIENT_DATA: 'Too few data',
    ACCEPTABLE: 'Acceptable',
    TOLERATED: 'Tolerated',
    UNACCEPTABLE: 'Unacceptable',
  } satisfies Record<KpiStatus, string>,
  statusExplanation: {
    NO_DATA: 'There is nothing to measure in this period.',
    NO_RANGE: 'Controlling has not set a corridor for this KPI and business model yet.',
    INSUFFICIENT_DATA: 'The sample is smaller than the corridor requires, so the value is not judged.',
    ACCEPTABLE: 'Inside the acceptable corridor.',
    TOLERATED: 'Outside the acceptable corridor but inside the tolerated one.',
    UNACCEPTABLE: 'Outside the tolerated corridor.',
  } satisfies Record<KpiStatus, string>,
  /** The status popover: why this status, by which corridor. */
  statusDetails: {
    tooEarlyLabel: 'Too early to judge',
    tooEarly: 'Less than a fifth of the period has passed, so it is too early to judge. So far: {status}.',
    insufficientLabel: 'Too few (n < {min})',
    sampleSize: 'n = {n}; the corridor needs at least {min}.',
    /** For a count, whose n is the value itself. */
    countBelowMinimum: 'The corridor judges a count from {min} on.',
    judged: 'Judged: {judged}',
    corridor: 'Corridor version {version}, in force from {from}',
    rationale: 'Why this corridor: {rationale}',
    versionOnly: 'Judged by corridor version {version}.',
    /** NO_RANGE although a corridor is in force: its basis gives no number to judge here. */
    noJudgedValue: {
      PER_REP_MONTH: 'The corridor judges the value per rep and month, and this scope has no sales rep.',
      SHARE_OF_TARGET: 'The corridor judges the share of the target to date, and there is no target here.',
    } satisfies Partial<Record<CorridorBasis, string>>,
  },
  /** A judged value on its basis (docs/corridors.md#basis); PER_REP is per rep and month for a stock (pipeline). */
  judgedValue: {
    SHARE_OF_TARGET: '{value} of target to date',
    PER_REP_MONTH: '{value} per rep and month',
    PER_REP: '{value} per rep',
  },
  /** What a trend plots when it is not the value: "Won volume (share of the target to date), Consumer loans". */
  basisNames: {
    SHARE_OF_TARGET: 'share of the target to date',
    PER_REP_MONTH: 'per rep and month',
    PER_REP: 'per rep',
  },
  /** The pace of a period against its target to date (docs/kpis.md#pace). */
  pace: {
    ON_TRACK: 'On track',
    BEHIND: 'Behind',
    AT_RISK: 'At risk',
    TOO_EARLY: 'Too early to tell',
  } satisfies Record<Pace, string>,
  paceExplanation: {
    ON_TRACK: 'At or above the target to date.',
    BEHIND: 'At 80 % to 100 % of the target to date.',
    AT_RISK: 'Below 80 % of the target to date.',
    TOO_EARLY: 'Less than a fifth of the period has passed.',
  } satisfies Record<Pace, string>,
  /** Read before the pace by screen readers, so "Behind" is not taken for a status. */
  paceName: 'Pace:',
  /** Figures beside a value: the target (to date), the forecast to the period's end. */
  figures: {
    target: 'Target {target}',
    targetToDate: 'Target to date {targetToDate} of {target}',
    forecast: 'Forecast {forecast}',
    forecastOfTarget: 'Forecast {forecast} of {target}',
  },
  stages: {
    SUSPECT: 'Suspect',
    PROSPECT: 'Prospect',
    CHAMPION: 'Champion',
    OPPORTUNITY: 'Opportunity',
    WON: 'Won',
    ONBOARDED: 'Onboarded',
    PAID_OUT: 'Paid out',
    LOST: 'Lost',
    DEFAULTED: 'Defaulted',
    ANY: 'Customer voice & activity',
  } as Readonly<Record<string, string>>,
  trend: {
    /** Below a trend chart: each month leads to the rows behind its value. */
    monthRows: 'Rows of a month',
  },
  /** The link from a value to the rows behind it, read out in full. */
  rowsLink: '{kpi}, {model}: {value}. Show the {n} {what}',
  /** A value against earlier periods (docs/kpis.md#change). */
  change: {
    points: '{value} pts',
    previous: '{change} vs previous period',
    lastYear: '{change} vs last year',
    full: '{change} against {period} ({value})',
  },
  touchpoints: {
    WEB: 'Web',
    EMAIL: 'E-mail',
    PHONE: 'Phone',
    MEETING: 'Meeting',
    SOCIAL: 'Social media',
    BRANCH: 'Branch',
    PARTNER: 'Partner',
    APP: 'App',
  } as Readonly<Record<string, string>>,
  /** Shorter stage names where space is tight (the tile's eyebrow); missing ones use `stages`. */
  stagesShort: {
    ANY: 'Customer voice',
  } as Readonly<Record<string, string>>,
  tile: {
    stage: 'Stage: {stage}',
    sampleSize: 'n = {n}',
    sampleSizeOf: 'n counts {what}',
    trendSubject: '{kpi}, {model}',
    /** The trend of a judged value: "Won volume (share of the target to date), Consumer loans". */
    trendSubjectJudged: '{kpi} ({basis}), {model}',
    noRows: 'No values for this KPI.',
    trendLoading: 'Loading trend',
    trendUnavailable: 'No trend',
  },
  periodPicker: {
    legend: 'Period',
    presets: {
      THIS_MONTH: 'This month',
      THIS_QUARTER: 'This quarter',
      YEAR_TO_DATE: 'Year to date',
      LAST_MONTH: 'Last month',
      LAST_QUARTER: 'Last quarter',
      LAST_12_MONTHS: 'Last 12 months',
    } satisfies Record<PeriodPreset, string>,
    custom: 'Custom',
    customRange: 'Custom period',
    /** Under the presets while the chosen period holds today (docs/kpis.md#running-periods). */
    progress: {
      running: 'So far: {elapsed} of {days} days — judged on what has elapsed.',
      endsToday: 'Up to today — today is judged on what has elapsed of it.',
      customRunning: 'Reaches beyond today: so far {elapsed} of {days} days — judged on what has elapsed.',
      notStarted: 'Starts after today: nothing has happened in it yet.',
    },
    from: 'From',
    to: 'To',
    bothDaysIncluded: 'Both days are included.',
    apply: 'Apply',
    errors: {
      missingFrom: 'Enter a start date.',
      missingTo: 'Enter an end date.',
      order: 'The end must not be before the start.',
      tooLong: 'A period can span at most {years} years.',
    },
  },
  matrix: {
    kpi: 'KPI',
  },
  modelFilter: {
    label: 'Business model',
    all: 'All models',
  },
} as const;
