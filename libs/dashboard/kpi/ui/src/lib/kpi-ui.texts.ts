/// <reference types="@angular/localize" />
import type {
  CorridorBasis,
  JourneyStage,
  KpiStatus,
  KpiUnit,
  Pace,
  PeriodPreset,
  Touchpoint,
} from '@salesdash/shared/domain';

/**
 * Every text of the KPI ui components, in one place for translation. `{…}` are placeholders filled
 * by `interpolate`; a translation may reorder them.
 */
export const KPI_UI_TEXTS = {
  missingValue: $localize`:@@kpi.missingValue:—`,
  /** Units that need words around the number. */
  unitPatterns: {
    DAYS: $localize`:@@kpi.unitPatterns.DAYS:{value} days`,
    HOURS: $localize`:@@kpi.unitPatterns.HOURS:{value} h`,
    SCORE: $localize`:@@kpi.unitPatterns.SCORE:{value} / 5`,
  } satisfies Partial<Record<KpiUnit, string>>,
  status: {
    NO_DATA: $localize`:@@kpi.status.NO_DATA:No data`,
    NO_RANGE: $localize`:@@kpi.status.NO_RANGE:No corridor`,
    INSUFFICIENT_DATA: $localize`:@@kpi.status.INSUFFICIENT_DATA:Too few data`,
    ACCEPTABLE: $localize`:@@kpi.status.ACCEPTABLE:Acceptable`,
    TOLERATED: $localize`:@@kpi.status.TOLERATED:Tolerated`,
    UNACCEPTABLE: $localize`:@@kpi.status.UNACCEPTABLE:Unacceptable`,
  } satisfies Record<KpiStatus, string>,
  statusExplanation: {
    NO_DATA: $localize`:@@kpi.statusExplanation.NO_DATA:There is nothing to measure in this period.`,
    NO_RANGE: $localize`:@@kpi.statusExplanation.NO_RANGE:Controlling has not set a corridor for this KPI and business model yet.`,
    INSUFFICIENT_DATA: $localize`:@@kpi.statusExplanation.INSUFFICIENT_DATA:The sample is smaller than the corridor requires, so the value is not judged.`,
    ACCEPTABLE: $localize`:@@kpi.statusExplanation.ACCEPTABLE:Inside the acceptable corridor.`,
    TOLERATED: $localize`:@@kpi.statusExplanation.TOLERATED:Outside the acceptable corridor but inside the tolerated one.`,
    UNACCEPTABLE: $localize`:@@kpi.statusExplanation.UNACCEPTABLE:Outside the tolerated corridor.`,
  } satisfies Record<KpiStatus, string>,
  /** The status popover: why this status, by which corridor. */
  statusDetails: {
    tooEarlyLabel: $localize`:@@kpi.statusDetails.tooEarlyLabel:Too early to judge`,
    tooEarly: $localize`:@@kpi.statusDetails.tooEarly:Less than a fifth of the period has passed, so it is too early to judge. So far: {status}.`,
    insufficientLabel: $localize`:@@kpi.statusDetails.insufficientLabel:Too few (n < {min})`,
    sampleSize: $localize`:@@kpi.statusDetails.sampleSize:n = {n}; the corridor needs at least {min}.`,
    /** For a count, whose n is the value itself. */
    countBelowMinimum: $localize`:@@kpi.statusDetails.countBelowMinimum:The corridor judges a count from {min} on.`,
    judged: $localize`:@@kpi.statusDetails.judged:Judged: {judged}`,
    corridor: $localize`:@@kpi.statusDetails.corridor:Corridor version {version}, in force from {from}`,
    rationale: $localize`:@@kpi.statusDetails.rationale:Why this corridor: {rationale}`,
    versionOnly: $localize`:@@kpi.statusDetails.versionOnly:Judged by corridor version {version}.`,
    /** NO_RANGE although a corridor is in force: its basis gives no number to judge here. */
    noJudgedValue: {
      PER_REP_MONTH: $localize`:@@kpi.statusDetails.noJudgedValue.PER_REP_MONTH:The corridor judges the value per rep and month, and this scope has no sales rep.`,
      SHARE_OF_TARGET: $localize`:@@kpi.statusDetails.noJudgedValue.SHARE_OF_TARGET:The corridor judges the share of the target to date, and there is no target here.`,
    } satisfies Partial<Record<CorridorBasis, string>>,
  },
  /** A judged value on its basis (docs/corridors.md#basis); PER_REP is per rep and month for a stock (pipeline). */
  judgedValue: {
    SHARE_OF_TARGET: $localize`:@@kpi.judgedValue.SHARE_OF_TARGET:{value} of target to date`,
    PER_REP_MONTH: $localize`:@@kpi.judgedValue.PER_REP_MONTH:{value} per rep and month`,
    PER_REP: $localize`:@@kpi.judgedValue.PER_REP:{value} per rep`,
  },
  /** What a trend plots when it is not the value: "Won volume (share of the target to date), Consumer loans". */
  basisNames: {
    SHARE_OF_TARGET: $localize`:@@kpi.basisNames.SHARE_OF_TARGET:share of the target to date`,
    PER_REP_MONTH: $localize`:@@kpi.basisNames.PER_REP_MONTH:per rep and month`,
    PER_REP: $localize`:@@kpi.basisNames.PER_REP:per rep`,
  },
  /** The pace of a period against its target to date (docs/kpis.md#pace). */
  pace: {
    ON_TRACK: $localize`:@@kpi.pace.ON_TRACK:On track`,
    BEHIND: $localize`:@@kpi.pace.BEHIND:Behind`,
    AT_RISK: $localize`:@@kpi.pace.AT_RISK:At risk`,
    TOO_EARLY: $localize`:@@kpi.pace.TOO_EARLY:Too early to tell`,
  } satisfies Record<Pace, string>,
  paceExplanation: {
    ON_TRACK: $localize`:@@kpi.paceExplanation.ON_TRACK:At or above the target to date.`,
    BEHIND: $localize`:@@kpi.paceExplanation.BEHIND:At 80 % to 100 % of the target to date.`,
    AT_RISK: $localize`:@@kpi.paceExplanation.AT_RISK:Below 80 % of the target to date.`,
    TOO_EARLY: $localize`:@@kpi.paceExplanation.TOO_EARLY:Less than a fifth of the period has passed.`,
  } satisfies Record<Pace, string>,
  /** Read before the pace by screen readers, so "Behind" is not taken for a status. */
  paceName: $localize`:@@kpi.paceName:Pace:`,
  /** Figures beside a value: the target (to date), the forecast to the period's end. */
  figures: {
    target: $localize`:@@kpi.figures.target:Target {target}`,
    targetToDate: $localize`:@@kpi.figures.targetToDate:Target to date {targetToDate} of {target}`,
    forecast: $localize`:@@kpi.figures.forecast:Forecast {forecast}`,
    forecastOfTarget: $localize`:@@kpi.figures.forecastOfTarget:Forecast {forecast} of {target}`,
  },
  /** The journey's stages as every page names them (tiles, funnel, heatmap, filters, rows), and the stage of KPIs outside it. */
  stages: {
    SUSPECT: $localize`:@@kpi.stages.SUSPECT:Suspect`,
    PROSPECT: $localize`:@@kpi.stages.PROSPECT:Prospect`,
    CHAMPION: $localize`:@@kpi.stages.CHAMPION:Champion`,
    OPPORTUNITY: $localize`:@@kpi.stages.OPPORTUNITY:Opportunity`,
    WON: $localize`:@@kpi.stages.WON:Won`,
    ONBOARDED: $localize`:@@kpi.stages.ONBOARDED:Onboarded`,
    PAID_OUT: $localize`:@@kpi.stages.PAID_OUT:Paid out`,
    LOST: $localize`:@@kpi.stages.LOST:Lost`,
    DEFAULTED: $localize`:@@kpi.stages.DEFAULTED:Defaulted`,
    ANY: $localize`:@@kpi.stages.ANY:Customer voice & activity`,
  } satisfies Record<JourneyStage | 'ANY', string> as Readonly<Record<string, string>>,
  trend: {
    /** Below a trend chart: each month leads to the rows behind its value. */
    monthRows: $localize`:@@kpi.trend.monthRows:Rows of a month`,
  },
  /** The link from a value to the rows behind it, read out in full. */
  rowsLink: $localize`:@@kpi.rowsLink:{kpi}, {model}: {value}. Show the {n} {what}`,
  /** The same for a KPI the catalogue does not know, whose n cannot be explained. */
  rowsLinkUnknown: $localize`:@@kpi.rowsLinkUnknown:{kpi}, {model}: {value}. Show its {n} rows`,
  /** A value against earlier periods (docs/kpis.md#change). */
  change: {
    points: $localize`:@@kpi.change.points:{value} pts`,
    previous: $localize`:@@kpi.change.previous:{change} vs previous period`,
    lastYear: $localize`:@@kpi.change.lastYear:{change} vs last year`,
    full: $localize`:@@kpi.change.full:{change} against {period} ({value})`,
  },
  /** The touchpoints as every page names them. */
  touchpoints: {
    WEB: $localize`:@@kpi.touchpoints.WEB:Web`,
    EMAIL: $localize`:@@kpi.touchpoints.EMAIL:E-mail`,
    PHONE: $localize`:@@kpi.touchpoints.PHONE:Phone`,
    MEETING: $localize`:@@kpi.touchpoints.MEETING:Meeting`,
    SOCIAL: $localize`:@@kpi.touchpoints.SOCIAL:Social media`,
    BRANCH: $localize`:@@kpi.touchpoints.BRANCH:Branch`,
    PARTNER: $localize`:@@kpi.touchpoints.PARTNER:Partner`,
    APP: $localize`:@@kpi.touchpoints.APP:App`,
  } satisfies Record<Touchpoint, string> as Readonly<Record<string, string>>,
  /** Shorter stage names where space is tight (the tile's eyebrow); missing ones use `stages`. */
  stagesShort: {
    ANY: $localize`:@@kpi.stagesShort.ANY:Customer voice`,
  } as Readonly<Record<string, string>>,
  tile: {
    stage: $localize`:@@kpi.tile.stage:Stage: {stage}`,
    sampleSize: $localize`:@@kpi.tile.sampleSize:n = {n}`,
    sampleSizeOf: $localize`:@@kpi.tile.sampleSizeOf:n counts {what}`,
    trendSubject: $localize`:@@kpi.tile.trendSubject:{kpi}, {model}`,
    /** The trend of a judged value: "Won volume (share of the target to date), Consumer loans". */
    trendSubjectJudged: $localize`:@@kpi.tile.trendSubjectJudged:{kpi} ({basis}), {model}`,
    noRows: $localize`:@@kpi.tile.noRows:No values for this KPI.`,
  },
  periodPicker: {
    legend: $localize`:@@kpi.periodPicker.legend:Period`,
    presets: {
      THIS_MONTH: $localize`:@@kpi.periodPicker.presets.THIS_MONTH:This month`,
      THIS_QUARTER: $localize`:@@kpi.periodPicker.presets.THIS_QUARTER:This quarter`,
      YEAR_TO_DATE: $localize`:@@kpi.periodPicker.presets.YEAR_TO_DATE:Year to date`,
      LAST_MONTH: $localize`:@@kpi.periodPicker.presets.LAST_MONTH:Last month`,
      LAST_QUARTER: $localize`:@@kpi.periodPicker.presets.LAST_QUARTER:Last quarter`,
      LAST_12_MONTHS: $localize`:@@kpi.periodPicker.presets.LAST_12_MONTHS:Last 12 months`,
    } satisfies Record<PeriodPreset, string>,
    custom: $localize`:@@kpi.periodPicker.custom:Custom`,
    customRange: $localize`:@@kpi.periodPicker.customRange:Custom period`,
    /** Under the presets while the chosen period holds today (docs/kpis.md#running-periods). */
    progress: {
      running: $localize`:@@kpi.periodPicker.progress.running:So far: {elapsed} of {days} days — judged on what has elapsed.`,
      endsToday: $localize`:@@kpi.periodPicker.progress.endsToday:Up to today — today is judged on what has elapsed of it.`,
      customRunning: $localize`:@@kpi.periodPicker.progress.customRunning:Reaches beyond today: so far {elapsed} of {days} days — judged on what has elapsed.`,
      notStarted: $localize`:@@kpi.periodPicker.progress.notStarted:Starts after today: nothing has happened in it yet.`,
    },
    from: $localize`:@@kpi.periodPicker.from:From`,
    to: $localize`:@@kpi.periodPicker.to:To`,
    bothDaysIncluded: $localize`:@@kpi.periodPicker.bothDaysIncluded:Both days are included.`,
    apply: $localize`:@@kpi.periodPicker.apply:Apply`,
    errors: {
      missingFrom: $localize`:@@kpi.periodPicker.errors.missingFrom:Enter a start date.`,
      missingTo: $localize`:@@kpi.periodPicker.errors.missingTo:Enter an end date.`,
      order: $localize`:@@kpi.periodPicker.errors.order:The end must not be before the start.`,
      tooLong: $localize`:@@kpi.periodPicker.errors.tooLong:A period can span at most {years} years.`,
    },
  },
  matrix: {
    kpi: $localize`:@@kpi.matrix.kpi:KPI`,
  },
  modelFilter: {
    label: $localize`:@@kpi.modelFilter.label:Business model`,
    all: $localize`:@@kpi.modelFilter.all:All models`,
  },
} as const;
