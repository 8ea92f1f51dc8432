import { formatEuros, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import { DASHBOARD_LOCALE, formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiRowKind, KpiRowMeasure, KpiRowOrder, KpiRowOutcome } from '@salesdash/shared/domain';
import { KPI_ROWS_TEXTS } from '../kpi-rows.texts';

const TEXTS = KPI_ROWS_TEXTS;
const ONE_DECIMAL = new Intl.NumberFormat(DASHBOARD_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export type RowsColumnKey =
  | 'deal'
  | 'customer'
  | 'rep'
  | 'at'
  | 'stage'
  | 'touchpoint'
  | 'amount'
  | 'measure'
  | 'outcome'
  | 'comment';

export interface RowsColumn {
  readonly key: RowsColumnKey;
  readonly label: string;
  readonly numeric: boolean;
  /** The server-side order this column sorts by; null: not sortable. */
  readonly sort: KpiRowOrder | null;
}

/** What the table needs of a rows answer. */
export interface RowsShape {
  readonly kpi: string;
  readonly kind: KpiRowKind;
  readonly measure: KpiRowMeasure | null;
  readonly amountsHidden: boolean;
  /** Whether the KPI's rows have outcomes (rate and score KPIs). */
  readonly hasOutcomes: boolean;
}

/** A row as the API gives it (the fields the table shows). */
export interface RowFields {
  readonly rowId: string;
  readonly dealId: string;
  readonly customerId: string;
  readonly repName: string;
  readonly teamName?: string | null;
  readonly at: string;
  readonly stage?: string | null;
  readonly touchpoint?: string | null;
  readonly amount?: number | null;
  readonly measure?: number | null;
  readonly outcome?: KpiRowOutcome | null;
  readonly outcomeAt?: string | null;
  readonly comment?: string | null;
}

const AT_LABEL: Record<KpiRowKind, string> = {
  DEAL: TEXTS.columns.created,
  STAGE_EVENT: TEXTS.columns.event,
  INTERACTION: TEXTS.columns.when,
  FEEDBACK: TEXTS.columns.given,
};

/** The columns of a KPI's rows: what identifies each row, then what the KPI reads from it. */
export function rowsColumns(shape: RowsShape): RowsColumn[] {
  const column = (key: RowsColumnKey, label: string, numeric = false, sort: KpiRowOrder | null = null): RowsColumn => ({
    key,
    label,
    numeric,
    sort,
  });
  const measureLabel = shape.measure ? (TEXTS.measureLabels[shape.kpi] ?? TEXTS.measures[shape.measure]) : '';
  return [
    column('deal', TEXTS.columns.deal),
    ...(shape.kind === 'DEAL' || shape.kind === 'STAGE_EVENT' ? [column('customer', TEXTS.columns.customer)] : []),
    column('rep', TEXTS.columns.rep),
    column('at', AT_LABEL[shape.kind], false, 'AT'),
    // A stage event's stage is what the KPI counts (or its outcome), so only deals and feedback show one.
    ...(shape.kind === 'DEAL' || shape.kind === 'FEEDBACK'
      ? [column('stage', shape.kind === 'DEAL' ? TEXTS.columns.latestStage : TEXTS.columns.stage)]
      : []),
    column(
      'touchpoint',
      shape.kind === 'DEAL' || shape.kind === 'STAGE_EVENT' ? TEXTS.columns.source : TEXTS.columns.touchpoint,
    ),
    ...(shape.amountsHidden || shape.kind === 'INTERACTION' || shape.kind === 'FEEDBACK'
      ? []
      : [column('amount', TEXTS.columns.amount, true, 'AMOUNT')]),
    ...(shape.measure ? [column('measure', measureLabel, true, 'MEASURE')] : []),
    ...(shape.hasOutcomes ? [column('outcome', TEXTS.columns.outcome)] : []),
    ...(shape.kind === 'FEEDBACK' ? [column('comment', TEXTS.columns.comment)] : []),
  ];
}

/** A row's cells as text, by column key (every key present; unused ones empty). */
export function rowCells(row: RowFields, measure: KpiRowMeasure | null): Record<RowsColumnKey, string> {
  const none = KPI_UI_TEXTS.missingValue;
  return {
    deal: row.dealId,
    customer: row.customerId,
    rep: row.teamName ? `${row.repName} (${row.teamName})` : row.repName,
    at: formatInstant(row.at),
    stage: row.stage ? (KPI_UI_TEXTS.stages[row.stage] ?? row.stage) : none,
    touchpoint: row.touchpoint ? (KPI_UI_TEXTS.touchpoints[row.touchpoint] ?? row.touchpoint) : none,
    amount: row.amount === null || row.amount === undefined ? none : formatEuros(row.amount),
    measure: measureText(row.measure ?? null, measure),
    outcome: outcomeText(row.outcome ?? null, row.outcomeAt ?? null),
    comment: row.comment ?? '',
  };
}

export function measureText(value: number | null, measure: KpiRowMeasure | null): string {
  if (value === null || measure === null) {
    return KPI_UI_TEXTS.missingValue;
  }
  const shown = measure === 'CSAT' || measure === 'NPS' ? String(value) : ONE_DECIMAL.format(value);
  return interpolate(TEXTS.measureValues[measure], { value: shown });
}

export function outcomeText(outcome: KpiRowOutcome | null, at: string | null): string {
  if (outcome === null) {
    return '';
  }
  const text = TEXTS.outcomes[outcome];
  return at ? interpolate(TEXTS.outcomeOn, { outcome: text, date: formatInstant(at) }) : text;
}

/** The 1-based first and last row of a page ("Rows 51–100 of 123"); null without rows. */
export function pageRange(offset: number, shown: number): { first: number; last: number } | null {
  return shown === 0 ? null : { first: offset + 1, last: offset + shown };
}
