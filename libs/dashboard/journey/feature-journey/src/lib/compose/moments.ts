import { formatChange, formatCount, formatKpiValue, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import type { HeatCell, HeatScale } from '@salesdash/dashboard/shared/ui-charts';
import { DASHBOARD_LOCALE, formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { JOURNEY_STAGES, TOUCHPOINTS } from '@salesdash/shared/domain';
import type {
  JourneyStage,
  MomentCellDto,
  MomentFlagDto,
  MomentRanking,
  Touchpoint,
  WeakestMomentDto,
} from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';

const TEXTS = JOURNEY_TEXTS.moments;

/** What the heatmap colours: the CSAT mean, the share of negative feedback, or how much feedback came. */
export type MomentMetric = 'CSAT' | 'NEGATIVE_RATE' | 'VOLUME';
export const MOMENT_METRICS: readonly MomentMetric[] = ['CSAT', 'NEGATIVE_RATE', 'VOLUME'];

/** Below this many responses a cell is shown but marked: too few to judge. */
export const LOW_VOLUME = 5;
/** From this negative rate on a cell is as red as it gets. */
const NEGATIVE_RATE_CEILING = 0.5;

/** A moment: a business model, a stage and a touchpoint. */
export interface MomentRef {
  readonly businessModel: string;
  readonly stage: JourneyStage;
  readonly touchpoint: Touchpoint;
}

export function momentKey(moment: MomentRef): string {
  return `${moment.businessModel}|${moment.stage}|${moment.touchpoint}`;
}

/** A stage's name, as every page names it (the code itself when the page does not know it). */
export function stageName(stage: string): string {
  return KPI_UI_TEXTS.stages[stage] ?? stage;
}

/** A touchpoint's name, as every page names it (the code itself when the page does not know it). */
export function touchpointName(touchpoint: string): string {
  return KPI_UI_TEXTS.touchpoints[touchpoint] ?? touchpoint;
}

const ONE_DECIMAL = new Intl.NumberFormat(DASHBOARD_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE_PERCENT = new Intl.NumberFormat(DASHBOARD_LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** A CSAT mean as a plain number: "2.9". */
export function formatCsat(value: number): string {
  return ONE_DECIMAL.format(value);
}

/** A moment in words, without its model: "Onboarded · Phone". */
export function momentPlace(moment: Pick<MomentRef, 'stage' | 'touchpoint'>): string {
  return `${stageName(moment.stage)} · ${touchpointName(moment.touchpoint)}`;
}

/** A moment in words, with its model: "Consumer loans · Onboarded · Phone". */
export function momentName(moment: MomentRef, modelName: string): string {
  return interpolate(TEXTS.weakest.moment, {
    model: modelName,
    stage: stageName(moment.stage),
    touchpoint: touchpointName(moment.touchpoint),
  });
}

/** A cell's figure of a metric, short (inside a heatmap cell). */
function shortFigure(cell: MomentCellDto, metric: MomentMetric): string {
  switch (metric) {
    case 'CSAT':
      return formatCsat(cell.csatMean);
    case 'NEGATIVE_RATE':
      return WHOLE_PERCENT.format(cell.negativeRate);
    case 'VOLUME':
      return formatCount(cell.responses);
  }
}

/** Where a cell sits on its metric's colour scale (0..1; DIVERGING: 1 is good). */
function position(cell: MomentCellDto, metric: MomentMetric, maxResponses: number): number {
  switch (metric) {
    case 'CSAT':
      return (cell.csatMean - 1) / 4;
    case 'NEGATIVE_RATE':
      return 1 - Math.min(1, cell.negativeRate / NEGATIVE_RATE_CEILING);
    case 'VOLUME':
      return maxResponses > 0 ? cell.responses / maxResponses : 0;
  }
}

export function metricScale(metric: MomentMetric): HeatScale {
  return metric === 'VOLUME' ? 'SEQUENTIAL' : 'DIVERGING';
}

/** One row of the heatmap's table alternative. */
export interface MomentRowView {
  readonly key: string;
  readonly moment: MomentRef;
  readonly place: string;
  readonly stage: string;
  readonly touchpoint: string;
  readonly responses: string;
  readonly csat: string;
  readonly negativeRate: string;
  readonly previous: string;
  readonly lowVolume: string | null;
  readonly flag: MomentFlagDto | null;
}

/** The heatmap of one business model: rows (stages), columns (touchpoints), cells and their table. */
export interface HeatmapView {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly HeatCell[];
  /** The moment behind each cell of `cells`. */
  readonly moments: readonly MomentCellDto[];
  readonly table: readonly MomentRowView[];
  readonly scale: HeatScale;
  /** The extremes in words, for the text alternative. */
  readonly extremes: string;
}

function previousText(cell: MomentCellDto): string {
  const before = cell.previous;
  if (!before) {
    return TEXTS.noPrevious;
  }
  return interpolate(TEXTS.previousFigures, {
    csat: formatCsat(before.csatMean),
    rate: formatKpiValue(before.negativeRate, 'RATE'),
    n: formatCount(before.responses),
  });
}

function cellLabel(cell: MomentCellDto, metric: MomentMetric): string {
  const value = shortFigure(cell, metric);
  const shown = cell.responses < LOW_VOLUME ? interpolate(TEXTS.cellLow, { value }) : value;
  return cell.flag ? interpolate(TEXTS.cellFlagged, { value: shown }) : shown;
}

function tooltip(cell: MomentCellDto): string {
  return interpolate(TEXTS.tooltip, {
    stage: stageName(cell.stage),
    touchpoint: touchpointName(cell.touchpoint),
    csat: formatCsat(cell.csatMean),
    rate: formatKpiValue(cell.negativeRate, 'RATE'),
    negatives: formatCount(cell.negativeCount),
    n: formatCount(cell.responses),
    low: cell.responses < LOW_VOLUME ? TEXTS.tooltipLow : '',
    flag: cell.flag ? interpolate(TEXTS.tooltipFlag, { reason: cell.flag.reason }) : '',
  });
}

/** The lowest and highest judged cells of a metric (cells of low volume only when nothing else). */
function extremesText(cells: readonly MomentCellDto[], metric: MomentMetric): string {
  const judged = cells.filter((cell) => cell.responses >= LOW_VOLUME);
  const pool = judged.length > 0 ? judged : cells;
  if (pool.length === 0) {
    return '';
  }
  const value = (cell: MomentCellDto) =>
    metric === 'CSAT' ? cell.csatMean : metric === 'NEGATIVE_RATE' ? cell.negativeRate : cell.responses;
  const sorted = [...pool].sort((a, b) => value(a) - value(b));
  const describe = (cell: MomentCellDto) =>
    interpolate(TEXTS.momentFigure, {
      stage: stageName(cell.stage),
      touchpoint: touchpointName(cell.touchpoint),
      value: shortFigure(cell, metric),
    });
  return interpolate(TEXTS.extremes[metric], { low: describe(sorted[0]), high: describe(sorted[sorted.length - 1]) });
}

/**
 * The heatmap of one business model: the stages (journey order) and touchpoints (catalogue order) that
 * have feedback, a cell per moment coloured by the metric — low-volume cells marked "(…)" and faint,
 * flagged ones "⚑" and framed — and the same figures as table rows.
 */
export function heatmapView(
  allCells: readonly MomentCellDto[],
  businessModel: string,
  metric: MomentMetric,
): HeatmapView {
  const cells = allCells.filter((cell) => cell.businessModel === businessModel);
  const stages = JOURNEY_STAGES.filter((stage) => cells.some((cell) => cell.stage === stage));
  const touchpoints = TOUCHPOINTS.filter((touchpoint) => cells.some((cell) => cell.touchpoint === touchpoint));
  const ordered = [...cells].sort(
    (a, b) =>
      stages.indexOf(a.stage) - stages.indexOf(b.stage) ||
      touchpoints.indexOf(a.touchpoint) - touchpoints.indexOf(b.touchpoint),
  );
  const maxResponses = Math.max(0, ...ordered.map((cell) => cell.responses));
  return {
    rows: stages.map(stageName),
    columns: touchpoints.map(touchpointName),
    moments: ordered,
    cells: ordered.map((cell) => ({
      column: touchpoints.indexOf(cell.touchpoint),
      row: stages.indexOf(cell.stage),
      position: position(cell, metric, maxResponses),
      label: cellLabel(cell, metric),
      tooltip: tooltip(cell),
      muted: cell.responses < LOW_VOLUME,
      marked: cell.flag !== null,
    })),
    table: ordered.map((cell) => ({
      key: momentKey(cell),
      moment: { businessModel: cell.businessModel, stage: cell.stage, touchpoint: cell.touchpoint },
      place: momentPlace(cell),
      stage: stageName(cell.stage),
      touchpoint: touchpointName(cell.touchpoint),
      responses: formatCount(cell.responses),
      csat: formatCsat(cell.csatMean),
      negativeRate: formatKpiValue(cell.negativeRate, 'RATE'),
      previous: previousText(cell),
      lowVolume: cell.responses < LOW_VOLUME ? interpolate(TEXTS.lowVolume, { n: formatCount(cell.responses) }) : null,
      flag: cell.flag,
    })),
    scale: metricScale(metric),
    extremes: extremesText(ordered, metric),
  };
}

/** One ranked moment in words. */
export interface WeakestView {
  readonly key: string;
  readonly rank: number;
  readonly moment: MomentRef;
  readonly name: string;
  /** The ranking's figure with its change: "CSAT 2.9 (−0.4 vs previous period)". */
  readonly headline: string;
  /** The other figure and the volume: "31.0% negative (+5.0 pts vs previous period) · 45 responses". */
  readonly detail: string;
  readonly flag: MomentFlagDto | null;
}

function withChange(figure: string, change: string | null): string {
  const said = change === null ? TEXTS.weakest.noPrevious : interpolate(TEXTS.weakest.change, { value: change });
  return `${figure} (${said})`;
}

/** The ranked moments in words: the ranking's figure first, each against the previous period. */
export function weakestViews(
  moments: readonly WeakestMomentDto[],
  rankBy: MomentRanking,
  modelName: (code: string) => string,
): WeakestView[] {
  return moments.map((moment) => {
    const csat = withChange(
      interpolate(TEXTS.weakest.csat, { value: formatCsat(moment.csatMean) }),
      formatChange(moment.csatMean, moment.previous?.csatMean ?? null, 'SCORE'),
    );
    const rate = withChange(
      interpolate(TEXTS.weakest.rate, { value: formatKpiValue(moment.negativeRate, 'RATE') }),
      formatChange(moment.negativeRate, moment.previous?.negativeRate ?? null, 'RATE'),
    );
    const responseForms = TEXTS.weakest.responses;
    const responses = interpolate(moment.responses === 1 ? responseForms.one : responseForms.other, {
      n: formatCount(moment.responses),
    });
    const ref = { businessModel: moment.businessModel, stage: moment.stage, touchpoint: moment.touchpoint };
    return {
      key: momentKey(ref),
      rank: moment.rank,
      moment: ref,
      name: momentName(ref, modelName(moment.businessModel)),
      headline: rankBy === 'CSAT' ? csat : rate,
      detail: `${rankBy === 'CSAT' ? rate : csat} · ${responses}`,
      flag: moment.flag,
    };
  });
}

/** A flagged moment in words: which, why, by whom and when. */
export interface FlagView {
  readonly key: string;
  readonly moment: MomentRef;
  readonly name: string;
  readonly reason: string;
  /** The reason in the language's quotation marks. */
  readonly quotedReason: string;
  readonly by: string;
  readonly flag: MomentFlagDto;
}

export function flagViews(flags: readonly MomentFlagDto[], modelName: (code: string) => string): FlagView[] {
  return flags.map((flag) => {
    const ref = { businessModel: flag.businessModel, stage: flag.stage, touchpoint: flag.touchpoint };
    return {
      key: momentKey(ref),
      moment: ref,
      name: momentName(ref, modelName(flag.businessModel)),
      reason: flag.reason,
      quotedReason: interpolate(TEXTS.flagged.reason, { reason: flag.reason }),
      by: interpolate(TEXTS.flagged.by, { name: flag.flaggedByName, when: formatInstant(flag.flaggedAt) }),
      flag,
    };
  });
}

/** The reason of a flag or unflag as the API takes it (trimmed, 3–500 characters); null when fine. */
export function reasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed.length < 3) {
    return TEXTS.dialog.reasonTooShort;
  }
  if (trimmed.length > 500) {
    return interpolate(TEXTS.dialog.reasonTooLong, { n: formatCount(trimmed.length) });
  }
  return null;
}

/** The minimum responses of the ranking, as typed: a whole number 1–10,000, or null. */
export function parseMinResponses(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return value >= 1 && value <= 10_000 ? value : null;
}
