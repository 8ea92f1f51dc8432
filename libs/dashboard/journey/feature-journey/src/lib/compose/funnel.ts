import { formatCount, formatKpiValue, formatPeriod, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import type { FunnelBar } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { Period } from '@salesdash/shared/domain';
import type { FunnelModelDto } from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';
import { stageName } from './moments';

const TEXTS = JOURNEY_TEXTS.funnel;

/** Two funnels side by side: the business models, or the period against the one before. */
export type FunnelCompare = 'MODELS' | 'PREVIOUS';

/** One stage of a funnel in words. */
export interface FunnelRowView {
  readonly stage: string;
  readonly name: string;
  readonly reached: string;
  readonly conversion: string;
  readonly median: string;
  readonly lostHere: string;
  readonly openHere: string;
}

/** One funnel as shown: heading, what the cohort is, chart, table and totals. */
export interface FunnelPanelView {
  readonly key: string;
  readonly heading: string;
  readonly cohort: string;
  /** Null when the cohort is empty. */
  readonly bars: readonly FunnelBar[] | null;
  readonly summary: string;
  readonly caption: string;
  readonly rows: readonly FunnelRowView[];
  readonly totals: string;
  readonly totalsLong: string;
  /** The largest bar, for a shared scale. */
  readonly top: number;
}

/** The default comparison: the models side by side when more than one is shown, else the period before. */
export function defaultCompare(businessModel: string | null, modelCount: number): FunnelCompare {
  return businessModel === null && modelCount > 1 ? 'MODELS' : 'PREVIOUS';
}

/** Days with one decimal ("12.4 days"), and how many deals the median rests on. */
function medianText(days: number | null, count: number): string {
  if (days === null) {
    return KPI_UI_TEXTS.missingValue;
  }
  return interpolate(TEXTS.medianWithCount, { days: formatKpiValue(days, 'DAYS'), n: formatCount(count) });
}

/**
 * A funnel of one model and period: the bars of `reached` (each with its share of the cohort), the
 * table of every stage, the totals, and the texts that say what the cohort is.
 */
export function funnelPanel(
  funnel: FunnelModelDto | undefined,
  options: { key: string; heading: string; subject: string; period: Period },
): FunnelPanelView {
  const cohort = interpolate(TEXTS.cohort, { period: formatPeriod(options.period) });
  const stages = funnel?.stages ?? [];
  const size = funnel?.cohortSize ?? 0;
  const rows = stages.map((stage) => ({
    stage: stage.stage,
    name: stageName(stage.stage),
    reached: formatCount(stage.reached),
    conversion: formatKpiValue(stage.conversionToNext, 'RATE'),
    median: medianText(stage.medianDaysToNext, stage.daysToNextCount),
    lostHere: formatCount(stage.lostHere),
    openHere: formatCount(stage.stillOpenHere),
  }));
  const bars =
    size === 0
      ? null
      : stages.map((stage) => ({
          name: stageName(stage.stage),
          value: stage.reached,
          label: interpolate(TEXTS.barLabel, {
            reached: formatCount(stage.reached),
            share: formatKpiValue(stage.reached / size, 'RATE'),
          }),
        }));
  const totals = {
    size: formatCount(size),
    lost: formatCount(funnel?.lostCount ?? 0),
    defaulted: formatCount(funnel?.defaultedCount ?? 0),
  };
  return {
    key: options.key,
    heading: options.heading,
    cohort,
    bars,
    summary: interpolate(TEXTS.chartSummary, {
      subject: options.subject,
      steps: stages
        .map((stage) =>
          interpolate(TEXTS.chartStep, { stage: stageName(stage.stage), reached: formatCount(stage.reached) }),
        )
        .join(', '),
    }),
    caption: interpolate(TEXTS.caption, { subject: options.subject }),
    rows,
    totals: interpolate(TEXTS.totals, totals),
    totalsLong: interpolate(TEXTS.totalsLong, totals),
    top: Math.max(0, ...stages.map((stage) => stage.reached)),
  };
}

/**
 * The funnels to show side by side: every chosen model in the period (MODELS), or one model in the
 * period and in the period before (PREVIOUS; null while that one loads).
 */
export function funnelPanels(
  compare: FunnelCompare,
  input: {
    readonly models: readonly { code: string; name: string }[];
    readonly focus: { code: string; name: string } | null;
    readonly period: Period;
    readonly previousPeriod: Period;
    readonly current: readonly FunnelModelDto[];
    readonly previous: readonly FunnelModelDto[] | null;
  },
): FunnelPanelView[] {
  const find = (list: readonly FunnelModelDto[], code: string) => list.find((funnel) => funnel.businessModel === code);
  if (compare === 'MODELS') {
    return input.models.map((model) =>
      funnelPanel(find(input.current, model.code), {
        key: model.code,
        heading: model.name,
        subject: `${model.name}, ${formatPeriod(input.period)}`,
        period: input.period,
      }),
    );
  }
  const focus = input.focus;
  if (!focus) {
    return [];
  }
  const panels = [
    funnelPanel(find(input.current, focus.code), {
      key: 'current',
      heading: formatPeriod(input.period),
      subject: `${focus.name}, ${formatPeriod(input.period)}`,
      period: input.period,
    }),
  ];
  if (input.previous) {
    panels.push(
      funnelPanel(find(input.previous, focus.code), {
        key: 'previous',
        heading: formatPeriod(input.previousPeriod),
        subject: `${focus.name}, ${formatPeriod(input.previousPeriod)}`,
        period: input.previousPeriod,
      }),
    );
  }
  return panels;
}
