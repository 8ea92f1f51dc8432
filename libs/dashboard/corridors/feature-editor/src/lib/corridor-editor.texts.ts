/// <reference types="@angular/localize" />
import type { ScopeType } from '@salesdash/shared/domain';

/** Every text of the corridor editor (en); placeholders in braces are filled by `interpolate`. */
export const CORRIDOR_EDITOR_TEXTS = {
  title: $localize`:@@corridor.title:Corridor editor`,
  subtitle: $localize`:@@corridor.subtitle:The corridor in force per KPI and business model; edit one to publish a new version.`,
  loading: $localize`:@@corridor.loading:Loading the corridors…`,
  retry: $localize`:@@corridor.retry:Try again`,
  errors: {
    FORBIDDEN: $localize`:@@corridor.errors.FORBIDDEN:You may not see these corridors.`,
    NETWORK: $localize`:@@corridor.errors.NETWORK:The server cannot be reached. Check the connection and try again.`,
    other: $localize`:@@corridor.errors.other:The corridors could not be loaded.`,
    busy: $localize`:@@corridor.errors.busy:The server is busy right now. Please try again in a moment.`,
    TIMEOUT: $localize`:@@corridor.errors.TIMEOUT:Computing this took too long. Please try again later.`,
  },
  matrix: {
    caption: $localize`:@@corridor.matrix.caption:Corridors in force today: KPIs by business model`,
    kpi: $localize`:@@corridor.matrix.kpi:KPI`,
    none: $localize`:@@corridor.matrix.none:No corridor`,
    version: $localize`:@@corridor.matrix.version:Version {version}`,
    edit: $localize`:@@corridor.matrix.edit:Edit`,
    editLabel: $localize`:@@corridor.matrix.editLabel:Edit the corridor of {kpi} for {model}`,
    empty: $localize`:@@corridor.matrix.empty:There are no KPIs or business models yet.`,
  },
  editor: {
    back: $localize`:@@corridor.editor.back:Back to all corridors`,
    heading: $localize`:@@corridor.editor.heading:{kpi} · {model}`,
    unknown: $localize`:@@corridor.editor.unknown:This KPI or business model does not exist (any more).`,
    /** The current version's section, before its version is known or when there is none. */
    currentHeading: $localize`:@@corridor.editor.currentHeading:Current version`,
    current: $localize`:@@corridor.editor.current:Current: version {version}, in force from {from}`,
    scheduledCurrent: $localize`:@@corridor.editor.scheduledCurrent:Latest: version {version}, scheduled to take effect on {from}`,
    currentBy: $localize`:@@corridor.editor.currentBy:Published by {by} at {at}`,
    system: $localize`:@@corridor.editor.system:the system`,
    rationaleNow: $localize`:@@corridor.editor.rationaleNow:Why: {rationale}`,
    noCurrent: $localize`:@@corridor.editor.noCurrent:No corridor yet: publishing creates version 1.`,
    formTitle: $localize`:@@corridor.editor.formTitle:New version`,
    /** A count or sum judged on its value; `one` or `two` by the number of other bases the KPI allows. */
    addsUp: {
      one: $localize`:@@corridor.editor.addsUp.one:{kpi} adds up over scope and period: judged on the value as it is, one rep’s month and the whole company’s year meet the same bands, so bands that fit one view misjudge the others. Judge it {basis} to fit every scope.`,
      two: $localize`:@@corridor.editor.addsUp.two:{kpi} adds up over scope and period: judged on the value as it is, one rep’s month and the whole company’s year meet the same bands, so bands that fit one view misjudge the others. Judge it {first} or {second} to fit every scope.`,
    },
    basis: {
      legend: $localize`:@@corridor.editor.basis.legend:What the bands judge`,
      only: $localize`:@@corridor.editor.basis.only:{kpi} is judged on its value as it is: a rate, mean or score means the same for a rep’s month and the company’s year.`,
      options: {
        VALUE: {
          label: $localize`:@@corridor.editor.basis.options.VALUE.label:The value as it is`,
          hint: $localize`:@@corridor.editor.basis.options.VALUE.hint:The KPI’s value itself, whatever the scope and the length of the period.`,
        },
        PER_REP_MONTH: {
          label: $localize`:@@corridor.editor.basis.options.PER_REP_MONTH.label:Per rep and month`,
          hint: $localize`:@@corridor.editor.basis.options.PER_REP_MONTH.hint:The value divided by the reps of the scope and the elapsed months.`,
        },
        PER_REP: {
          label: $localize`:@@corridor.editor.basis.options.PER_REP.label:Per rep`,
          hint: $localize`:@@corridor.editor.basis.options.PER_REP.hint:The value divided by the reps of the scope: a pipeline is a stock at the period’s end, not a flow per month.`,
        },
        SHARE_OF_TARGET: {
          label: $localize`:@@corridor.editor.basis.options.SHARE_OF_TARGET.label:Share of the target to date`,
          hint: $localize`:@@corridor.editor.basis.options.SHARE_OF_TARGET.hint:The value divided by the target of the elapsed part of the period: 100 % = exactly on plan.`,
        },
      },
      /** How bounds of a basis read in a sentence. */
      phrases: {
        VALUE: $localize`:@@corridor.editor.basis.phrases.VALUE:on the value as it is`,
        PER_REP_MONTH: $localize`:@@corridor.editor.basis.phrases.PER_REP_MONTH:per rep and month`,
        PER_REP: $localize`:@@corridor.editor.basis.phrases.PER_REP:per rep`,
        SHARE_OF_TARGET: $localize`:@@corridor.editor.basis.phrases.SHARE_OF_TARGET:as a share of the target to date`,
      },
      cleared: $localize`:@@corridor.editor.basis.cleared:The four bounds were cleared: bounds {from} mean nothing {to}. Switch back before typing a bound to get them back.`,
      restored: $localize`:@@corridor.editor.basis.restored:The bounds {basis} are back.`,
    },
    acceptable: $localize`:@@corridor.editor.acceptable:Acceptable band`,
    tolerated: $localize`:@@corridor.editor.tolerated:Tolerated band (must contain the acceptable band)`,
    /** The unit of the bounds after a band's name, per basis; {unit} is the KPI's unit below. */
    bandUnits: {
      VALUE: $localize`:@@corridor.editor.bandUnits.VALUE:{unit}`,
      PER_REP_MONTH: $localize`:@@corridor.editor.bandUnits.PER_REP_MONTH:{unit} per rep and month`,
      PER_REP: $localize`:@@corridor.editor.bandUnits.PER_REP:{unit} per rep`,
      SHARE_OF_TARGET: $localize`:@@corridor.editor.bandUnits.SHARE_OF_TARGET:% of target to date`,
    },
    min: $localize`:@@corridor.editor.min:Minimum`,
    max: $localize`:@@corridor.editor.max:Maximum`,
    openHint: $localize`:@@corridor.editor.openHint:Empty = open side.`,
    minSampleSize: $localize`:@@corridor.editor.minSampleSize:Minimum sample size`,
    minSampleSizeHint: $localize`:@@corridor.editor.minSampleSizeHint:Fewer cases than this are shown as insufficient data.`,
    minSampleSizeUnused: $localize`:@@corridor.editor.minSampleSizeUnused:Not checked on this basis: a count of zero per rep or against the target is a fact, not too few data.`,
    effectiveFrom: $localize`:@@corridor.editor.effectiveFrom:Effective from`,
    scheduled: $localize`:@@corridor.editor.scheduled:A future date schedules the change: the current version stays in force until {date}.`,
    backDated: $localize`:@@corridor.editor.backDated:Back-dated: this version re-judges {months}; the statuses shown for them so far will change.`,
    reJudgedMonths: $localize`:@@corridor.editor.reJudgedMonths:{past} and the running month {running}`,
    reJudgedRunning: $localize`:@@corridor.editor.reJudgedRunning:the running month {running} and the periods that ended since {date}`,
    reJudgedMany: $localize`:@@corridor.editor.reJudgedMany:the {count} past months {first} – {last}`,
    confirmBackDate: $localize`:@@corridor.editor.confirmBackDate:I want to re-judge these past months`,
    rationale: $localize`:@@corridor.editor.rationale:Rationale (required)`,
    rationaleHint: $localize`:@@corridor.editor.rationaleHint:Why this corridor fits the business model; kept in the history.`,
    publish: $localize`:@@corridor.editor.publish:Publish version {version}`,
    publishing: $localize`:@@corridor.editor.publishing:Publishing…`,
    reset: $localize`:@@corridor.editor.reset:Reset to current version`,
    published: $localize`:@@corridor.editor.published:Published version {version}.`,
    conflict: $localize`:@@corridor.editor.conflict:Changed by {publishedBy} at {publishedAt} (version {version}) — review and retry`,
    conflictReloaded: $localize`:@@corridor.editor.conflictReloaded:The current version is shown above; your draft is kept.`,
    failed: $localize`:@@corridor.editor.failed:Publishing failed: {message}`,
    units: {
      RATE: $localize`:@@corridor.editor.units.RATE:%`,
      DAYS: $localize`:@@corridor.editor.units.DAYS:days`,
      HOURS: $localize`:@@corridor.editor.units.HOURS:hours`,
      EUR: $localize`:@@corridor.editor.units.EUR:EUR`,
      COUNT: $localize`:@@corridor.editor.units.COUNT:count`,
      SCORE: $localize`:@@corridor.editor.units.SCORE:score 1–5`,
      NPS: $localize`:@@corridor.editor.units.NPS:NPS −100 to 100`,
    } as Readonly<Record<string, string>>,
  },
  issues: {
    number: $localize`:@@corridor.issues.number:Enter a number, or leave empty for an open side.`,
    finite: $localize`:@@corridor.issues.finite:Enter a finite number.`,
    range: $localize`:@@corridor.issues.range:Must lie within {min} and {max}.`,
    atLeast: $localize`:@@corridor.issues.atLeast:Must be {min} or more.`,
    basis: $localize`:@@corridor.issues.basis:Choose one of the bases offered for this KPI.`,
    confirmBackDate: $localize`:@@corridor.issues.confirmBackDate:Tick the box to re-judge these months, or choose today or a later date.`,
    oneBound: $localize`:@@corridor.issues.oneBound:Set at least one bound.`,
    order: $localize`:@@corridor.issues.order:Must not be below the minimum.`,
    contain: $localize`:@@corridor.issues.contain:The tolerated band must contain the acceptable band.`,
    sampleSize: $localize`:@@corridor.issues.sampleSize:A whole number from 1 to {max}.`,
    rationale: $localize`:@@corridor.issues.rationale:Say why this corridor fits the business model.`,
    date: $localize`:@@corridor.issues.date:Enter a date.`,
  },
  impact: {
    title: $localize`:@@corridor.impact.title:Impact preview`,
    intro: $localize`:@@corridor.impact.intro:Each month of {months} judged on its own, for every team and rep of {model}: under the corridor in force that month (before) and under the draft (after).`,
    invalid: $localize`:@@corridor.impact.invalid:Fix the bands and the minimum sample size to see the impact.`,
    loading: $localize`:@@corridor.impact.loading:Working out the impact…`,
    updating: $localize`:@@corridor.impact.updating:Updating the impact…`,
    failed: $localize`:@@corridor.impact.failed:The impact could not be worked out.`,
    /** By the number of team months (`one` for exactly 1), then by the number of rep months. */
    unchanged: {
      one: {
        one: $localize`:@@corridor.impact.unchanged.one.one:The draft changes no status: {teams} team month and {reps} rep month keep theirs.`,
        other: $localize`:@@corridor.impact.unchanged.one.other:The draft changes no status: {teams} team month and {reps} rep months keep theirs.`,
      },
      other: {
        one: $localize`:@@corridor.impact.unchanged.other.one:The draft changes no status: {teams} team months and {reps} rep month keep theirs.`,
        other: $localize`:@@corridor.impact.unchanged.other.other:The draft changes no status: {teams} team months and {reps} rep months keep theirs.`,
      },
    },
    /** By the number of team months (`one` for exactly 1), then by the number of rep months. */
    changed: {
      one: {
        one: $localize`:@@corridor.impact.changed.one.one:The draft changes the status of {teamsChanged} of {teams} team month and {repsChanged} of {reps} rep month.`,
        other: $localize`:@@corridor.impact.changed.one.other:The draft changes the status of {teamsChanged} of {teams} team month and {repsChanged} of {reps} rep months.`,
      },
      other: {
        one: $localize`:@@corridor.impact.changed.other.one:The draft changes the status of {teamsChanged} of {teams} team months and {repsChanged} of {reps} rep month.`,
        other: $localize`:@@corridor.impact.changed.other.other:The draft changes the status of {teamsChanged} of {teams} team months and {repsChanged} of {reps} rep months.`,
      },
    },
    teamsCaption: $localize`:@@corridor.impact.teamsCaption:Team months by status`,
    repsCaption: $localize`:@@corridor.impact.repsCaption:Rep months by status`,
    status: $localize`:@@corridor.impact.status:Status`,
    before: $localize`:@@corridor.impact.before:Before`,
    after: $localize`:@@corridor.impact.after:After`,
    change: $localize`:@@corridor.impact.change:Change`,
    none: $localize`:@@corridor.impact.none:No months to judge.`,
    changesTitle: $localize`:@@corridor.impact.changesTitle:Changed scopes ({count})`,
    changesCaption: $localize`:@@corridor.impact.changesCaption:Teams and reps whose monthly status the draft changes, newest month first`,
    filterLabel: $localize`:@@corridor.impact.filterLabel:Show`,
    filters: {
      ALL: $localize`:@@corridor.impact.filters.ALL:All`,
      TEAM: $localize`:@@corridor.impact.filters.TEAM:Teams`,
      REP: $localize`:@@corridor.impact.filters.REP:Reps`,
    } as Readonly<Record<'ALL' | 'TEAM' | 'REP', string>>,
    scope: $localize`:@@corridor.impact.scope:Team or rep`,
    month: $localize`:@@corridor.impact.month:Month`,
    value: $localize`:@@corridor.impact.value:Value`,
    judged: $localize`:@@corridor.impact.judged:Judged by the draft`,
    scopeTypes: {
      COMPANY: $localize`:@@corridor.impact.scopeTypes.COMPANY:Company`,
      REGION: $localize`:@@corridor.impact.scopeTypes.REGION:Region`,
      TEAM: $localize`:@@corridor.impact.scopeTypes.TEAM:Team`,
      REP: $localize`:@@corridor.impact.scopeTypes.REP:Rep`,
    } as Readonly<Record<ScopeType, string>>,
    noChanges: $localize`:@@corridor.impact.noChanges:No status changes.`,
    showMore: $localize`:@@corridor.impact.showMore:Show {count} more`,
    shown: $localize`:@@corridor.impact.shown:Showing {shown} of {total}.`,
    /** The changes the API left out of the list: `one` for a single one. */
    truncated: {
      one: $localize`:@@corridor.impact.truncated.one:{count} further change is not listed; the counts above include it.`,
      other: $localize`:@@corridor.impact.truncated.other:{count} further changes are not listed; the counts above include them.`,
    },
  },
  suggestion: {
    title: $localize`:@@corridor.suggestion.title:Suggestion from history`,
    ask: $localize`:@@corridor.suggestion.ask:Suggest bands from history`,
    asking: $localize`:@@corridor.suggestion.asking:Looking at the history…`,
    label: $localize`:@@corridor.suggestion.label:Suggestion — not in force until you publish it`,
    judgedOn: $localize`:@@corridor.suggestion.judgedOn:Team months judged {basis}.`,
    /** How many team months the suggestion rests on: `one` for exactly 1. */
    basis: {
      one: $localize`:@@corridor.suggestion.basis.one:From {count} team month of {model} in the last 24 complete months (the running month and the months before the model had data left out): {rule}.`,
      other: $localize`:@@corridor.suggestion.basis.other:From {count} team months of {model} in the last 24 complete months (the running month and the months before the model had data left out): {rule}.`,
    },
    rules: {
      HIGHER_IS_BETTER: $localize`:@@corridor.suggestion.rules.HIGHER_IS_BETTER:acceptable from the 25th percentile, tolerated from the 10th`,
      LOWER_IS_BETTER: $localize`:@@corridor.suggestion.rules.LOWER_IS_BETTER:acceptable up to the 75th percentile, tolerated up to the 90th`,
      BOTH_SIDES: $localize`:@@corridor.suggestion.rules.BOTH_SIDES:acceptable = middle half (25th–75th percentile), tolerated = 10th–90th percentile`,
    },
    direction: {
      HIGHER_IS_BETTER: $localize`:@@corridor.suggestion.direction.HIGHER_IS_BETTER:Higher is better: only lower bounds are suggested.`,
      LOWER_IS_BETTER: $localize`:@@corridor.suggestion.direction.LOWER_IS_BETTER:Lower is better: only upper bounds are suggested.`,
      BOTH_SIDES: $localize`:@@corridor.suggestion.direction.BOTH_SIDES:Both sides matter: {reason}`,
    },
    bands: $localize`:@@corridor.suggestion.bands:Suggested: {description}`,
    percentiles: $localize`:@@corridor.suggestion.percentiles:10th {p10} · 25th {p25} · 75th {p75} · 90th {p90}`,
    use: $localize`:@@corridor.suggestion.use:Use these bands`,
    used: $localize`:@@corridor.suggestion.used:The suggested bounds are in the form, the other side left open: check them against the business model and give your rationale.`,
    none: $localize`:@@corridor.suggestion.none:No suggestion: {reason}.`,
    failed: $localize`:@@corridor.suggestion.failed:The suggestion could not be worked out.`,
  },
  /** A judged value with its basis, where the basis is not said around it. */
  judged: {
    SHARE_OF_TARGET: $localize`:@@corridor.judged.SHARE_OF_TARGET:{value} of target`,
    PER_REP_MONTH: $localize`:@@corridor.judged.PER_REP_MONTH:{value} per rep-month`,
    PER_REP: $localize`:@@corridor.judged.PER_REP:{value} per rep`,
  },
  /**
   * A corridor in words, as the matrix, the editor, the history and the suggestion show it:
   * "acceptable 10–35 days, tolerated 5–45 days", "acceptable ≥ 22 per rep and month, tolerated ≥ 18".
   */
  words: {
    /** The acceptable band with the basis it judges; {band} is one of `bands`. */
    acceptable: {
      VALUE: $localize`:@@corridor.words.acceptable.VALUE:acceptable {band}`,
      PER_REP_MONTH: $localize`:@@corridor.words.acceptable.PER_REP_MONTH:acceptable {band} per rep and month`,
      PER_REP: $localize`:@@corridor.words.acceptable.PER_REP:acceptable {band} per rep`,
      SHARE_OF_TARGET: $localize`:@@corridor.words.acceptable.SHARE_OF_TARGET:acceptable {band} of target to date`,
    },
    /** The tolerated band after the acceptable one (left out when both are the same). */
    withTolerated: $localize`:@@corridor.words.withTolerated:{acceptable}, tolerated {band}`,
    /** A band other than a range ("10–35 days"); {value} is an amount with its unit. */
    bands: {
      exactly: $localize`:@@corridor.words.bands.exactly:exactly {value}`,
      atLeast: $localize`:@@corridor.words.bands.atLeast:≥ {value}`,
      atMost: $localize`:@@corridor.words.bands.atMost:≤ {value}`,
      any: $localize`:@@corridor.words.bands.any:any value`,
    },
    /** A bound's number with its unit; counts, scores and NPS are bare numbers. */
    amounts: {
      RATE: $localize`:@@corridor.words.amounts.RATE:{value} %`,
      DAYS: {
        one: $localize`:@@corridor.words.amounts.DAYS.one:{value} day`,
        other: $localize`:@@corridor.words.amounts.DAYS.other:{value} days`,
      },
      HOURS: {
        one: $localize`:@@corridor.words.amounts.HOURS.one:{value} hour`,
        other: $localize`:@@corridor.words.amounts.HOURS.other:{value} hours`,
      },
      EUR: $localize`:@@corridor.words.amounts.EUR:{value} EUR`,
    },
    /** A basis named in a change of the history: "basis per rep and month → share of the target to date". */
    basisNames: {
      VALUE: $localize`:@@corridor.words.basisNames.VALUE:the value`,
      PER_REP_MONTH: $localize`:@@corridor.words.basisNames.PER_REP_MONTH:per rep and month`,
      PER_REP: $localize`:@@corridor.words.basisNames.PER_REP:per rep`,
      SHARE_OF_TARGET: $localize`:@@corridor.words.basisNames.SHARE_OF_TARGET:share of the target to date`,
    },
  },
  chart: {
    title: $localize`:@@corridor.chart.title:Last 24 months, whole company, judged {basis}, with the draft bands`,
    subject: $localize`:@@corridor.chart.subject:{kpi}, {model}`,
    /** {basis} is one of `editor.basis.phrases`. */
    subjectOnBasis: $localize`:@@corridor.chart.subjectOnBasis:{kpi} {basis}, {model}`,
    loading: $localize`:@@corridor.chart.loading:Loading the trend…`,
    failed: $localize`:@@corridor.chart.failed:The trend could not be loaded; the draft can still be published.`,
    legendAcceptable: $localize`:@@corridor.chart.legendAcceptable:Acceptable band`,
    legendTolerated: $localize`:@@corridor.chart.legendTolerated:Tolerated band`,
    legendNote: $localize`:@@corridor.chart.legendNote:Points are judged by the draft; the running month on its elapsed part.`,
  },
  history: {
    title: $localize`:@@corridor.history.title:History`,
    versions: $localize`:@@corridor.history.versions:Versions`,
    audit: $localize`:@@corridor.history.audit:Changes`,
    loading: $localize`:@@corridor.history.loading:Loading the history…`,
    failed: $localize`:@@corridor.history.failed:The history could not be loaded.`,
    emptyVersions: $localize`:@@corridor.history.emptyVersions:No version yet.`,
    emptyAudit: $localize`:@@corridor.history.emptyAudit:No changes recorded yet.`,
    version: $localize`:@@corridor.history.version:Version {version}`,
    inForceFrom: $localize`:@@corridor.history.inForceFrom:in force from {from}`,
    by: $localize`:@@corridor.history.by:{who}, {when}`,
    created: $localize`:@@corridor.history.created:Version {version} created: {description}`,
    unchanged: $localize`:@@corridor.history.unchanged:No bound changed`,
    change: $localize`:@@corridor.history.change:{field} {before} → {after}`,
    rebased: $localize`:@@corridor.history.rebased:bands now {description}`,
    open: $localize`:@@corridor.history.open:open`,
    why: $localize`:@@corridor.history.why:Rationale: {rationale}`,
    fields: {
      acceptableMin: $localize`:@@corridor.history.fields.acceptableMin:acceptable min`,
      acceptableMax: $localize`:@@corridor.history.fields.acceptableMax:acceptable max`,
      toleratedMin: $localize`:@@corridor.history.fields.toleratedMin:tolerated min`,
      toleratedMax: $localize`:@@corridor.history.fields.toleratedMax:tolerated max`,
      minSampleSize: $localize`:@@corridor.history.fields.minSampleSize:min sample size`,
      effectiveFrom: $localize`:@@corridor.history.fields.effectiveFrom:effective from`,
      basis: $localize`:@@corridor.history.fields.basis:basis`,
    },
  },
} as const;
