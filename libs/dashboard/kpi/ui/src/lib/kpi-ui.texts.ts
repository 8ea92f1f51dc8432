import type { KpiStatus, KpiUnit, PeriodPreset } from '@salesdash/shared/domain';

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
    insufficientLabel: 'Too few (n < {min})',
    sampleSize: 'n = {n}; the corridor needs at least {min}.',
    corridor: 'Corridor version {version}, in force from {from}',
    rationale: 'Why this corridor: {rationale}',
    versionOnly: 'Judged by corridor version {version}.',
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
  /** Shorter stage names where space is tight (the tile's eyebrow); missing ones use `stages`. */
  stagesShort: {
    ANY: 'Customer voice',
  } as Readonly<Record<string, string>>,
  tile: {
    stage: 'Stage: {stage}',
    sampleSize: 'n = {n}',
    sampleSizeOf: 'n counts {what}',
    target: 'Target {target}',
    trendSubject: '{kpi}, {model}',
    noRows: 'No values for this KPI.',
    trendLoading: 'Loading trend',
    trendUnavailable: 'No trend',
  },
  periodPicker: {
    legend: 'Period',
    presets: {
      MONTH: 'Month',
      QUARTER: 'Quarter',
      YEAR_TO_DATE: 'Year to date',
      LAST_12_MONTHS: 'Last 12 months',
    } satisfies Record<PeriodPreset, string>,
    custom: 'Custom',
    customRange: 'Custom period',
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
