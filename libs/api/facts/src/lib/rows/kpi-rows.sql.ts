import type { KpiCode } from '@salesdash/shared/domain';
import { daysBetweenSql } from '../raw/raw-family-params';

/**
 * The rows behind each KPI, read straight from the facts the way docs/kpis.md defines the KPI, so
 * their count is the KPI's sampleSize. Parameters of every source:
 *   $1 period start, $2 period end (timestamptz, end exclusive), $3 asOf, $4 business model,
 *   $5 rep ids of the row scope (text[]; NULL = every deal).
 * Every source yields the same columns: row_id, deal_id, at (the instant that puts the row into the
 * period), stage, touchpoint, measure, started_at (where a measured duration starts), outcome,
 * outcome_at, comment. The deal's own columns are joined once, outside.
 */
const SCOPED_DEAL = `
  -- types every parameter, whichever of them the KPI's rows read
  parameter AS (SELECT $1::timestamptz AS from_at, $2::timestamptz AS to_at, $3::timestamptz AS as_of),
  scoped_deal AS (
    SELECT d.deal_id, d.created_at, d.source_touchpoint FROM deal d
    WHERE d.business_model = $4 AND ($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))
  )`;

/** The latest stage a deal had reached before an instant (its furthest: events of one deal are ordered). */
const stageBefore = (instant: string, inclusive: boolean) => `(
  SELECT s.stage FROM stage_event s
  WHERE s.deal_id = d.deal_id AND s.occurred_at ${inclusive ? '<=' : '<'} ${instant}
  ORDER BY s.occurred_at DESC, s.stage LIMIT 1)`;

function dealRows(condition: string, columns: { stage: string; outcome?: string; outcomeAt?: string }): string {
  return `
    SELECT d.deal_id AS row_id, d.deal_id, d.created_at AS at, ${columns.stage} AS stage,
           d.source_touchpoint AS touchpoint, NULL::float8 AS measure, NULL::timestamptz AS started_at,
           ${columns.outcome ?? 'NULL::text'} AS outcome, ${columns.outcomeAt ?? 'NULL::timestamptz'} AS outcome_at,
           NULL::text AS comment
    FROM scoped_deal d
    ${condition}`;
}

function eventRows(
  stages: readonly string[],
  columns: { measure?: string; startedAt?: string; outcome?: string; outcomeAt?: string; join?: string },
): string {
  return `
    SELECT e.event_id AS row_id, d.deal_id, e.occurred_at AS at, e.stage, d.source_touchpoint AS touchpoint,
           (${columns.measure ?? 'NULL'})::float8 AS measure, ${columns.startedAt ?? 'NULL::timestamptz'} AS started_at,
           ${columns.outcome ?? 'NULL::text'} AS outcome, ${columns.outcomeAt ?? 'NULL::timestamptz'} AS outcome_at,
           NULL::text AS comment
    FROM stage_event e
    JOIN scoped_deal d ON d.deal_id = e.deal_id
    ${columns.join ?? ''}
    WHERE e.occurred_at >= $1::timestamptz AND e.occurred_at < $2::timestamptz AND e.stage IN (${stages.map((stage) => `'${stage}'`).join(', ')})`;
}

function interactionRows(condition: string, measure = 'NULL::float8'): string {
  return `
    SELECT i.interaction_id AS row_id, d.deal_id, i.occurred_at AS at, NULL::text AS stage, i.touchpoint,
           ${measure} AS measure, NULL::timestamptz AS started_at, NULL::text AS outcome,
           NULL::timestamptz AS outcome_at, NULL::text AS comment
    FROM interaction i
    JOIN scoped_deal d ON d.deal_id = i.deal_id
    WHERE i.occurred_at >= $1::timestamptz AND i.occurred_at < $2::timestamptz AND ${condition}`;
}

function feedbackRows(columns: {
  condition?: string;
  measure: string;
  outcome?: string;
  outcomeAt?: string;
  join?: string;
}): string {
  return `
    SELECT f.feedback_id AS row_id, d.deal_id, f.occurred_at AS at, f.stage, f.touchpoint,
           ${columns.measure}::float8 AS measure, NULL::timestamptz AS started_at,
           ${columns.outcome ?? 'NULL::text'} AS outcome, ${columns.outcomeAt ?? 'NULL::timestamptz'} AS outcome_at,
           f.comment
    FROM feedback f
    JOIN scoped_deal d ON d.deal_id = f.deal_id
    ${columns.join ?? ''}
    WHERE f.occurred_at >= $1::timestamptz AND f.occurred_at < $2::timestamptz ${columns.condition ?? ''}`;
}

const CREATED_IN_PERIOD = 'WHERE d.created_at >= $1::timestamptz AND d.created_at < $2::timestamptz';

/** The first feedback of 4 or 5 on the same deal within 14 days after a negative one, by asOf. */
const RECOVERY_JOIN = `
  LEFT JOIN LATERAL (
    SELECT min(g.occurred_at) AS recovered_at FROM feedback g
    WHERE g.deal_id = f.deal_id AND g.csat >= 4 AND g.occurred_at > f.occurred_at
      -- 14 days of 86400 s, whatever the session's time zone
      AND g.occurred_at <= f.occurred_at + interval '336 hours' AND g.occurred_at <= $3::timestamptz
  ) recovery ON true`;

const WON_EVENTS = eventRows(['WON'], {});

export const KPI_ROW_SOURCES: Readonly<Record<KpiCode, string>> = {
  NEW_LEADS: dealRows(CREATED_IN_PERIOD, { stage: stageBefore('$3::timestamptz', true) }),
  LEAD_CONVERSION_RATE: dealRows(
    `LEFT JOIN stage_event opportunity ON opportunity.deal_id = d.deal_id AND opportunity.stage = 'OPPORTUNITY'
                                     AND opportunity.occurred_at <= $3::timestamptz
     ${CREATED_IN_PERIOD}`,
    {
      stage: stageBefore('$3::timestamptz', true),
      outcome: `CASE WHEN opportunity.event_id IS NULL THEN 'NOT_CONVERTED' ELSE 'CONVERTED' END`,
      outcomeAt: 'opportunity.occurred_at',
    },
  ),
  WIN_RATE: eventRows(['WON', 'LOST'], { outcome: 'e.stage' }),
  WON_DEALS: WON_EVENTS,
  WON_VOLUME: WON_EVENTS,
  AVG_DEAL_SIZE: WON_EVENTS,
  SALES_CYCLE_DAYS: eventRows(['WON'], {
    measure: daysBetweenSql('e.occurred_at', 'd.created_at'),
    startedAt: 'd.created_at',
  }),
  PIPELINE_VALUE: dealRows(
    `WHERE d.created_at < $2::timestamptz
       AND NOT EXISTS (SELECT 1 FROM stage_event c
                       WHERE c.deal_id = d.deal_id AND c.stage IN ('WON', 'LOST') AND c.occurred_at < $2::timestamptz)`,
    { stage: stageBefore('$2::timestamptz', false) },
  ),
  QUOTA_ATTAINMENT: WON_EVENTS,
  // A deal onboarded without a WON event has no duration: left out, as the KPI leaves it out.
  ONBOARDING_DAYS: eventRows(['ONBOARDED'], {
    join: `JOIN stage_event won ON won.deal_id = e.deal_id AND won.stage = 'WON'`,
    measure: daysBetweenSql('e.occurred_at', 'won.occurred_at'),
    startedAt: 'won.occurred_at',
  }),
  PAYOUT_FIRST_TIME_RIGHT: eventRows(['PAID_OUT'], {
    outcome: `CASE e.info_complete WHEN true THEN 'COMPLETE' WHEN false THEN 'INCOMPLETE' ELSE 'NOT_STATED' END`,
  }),
  DEFAULT_RATE: eventRows(['PAID_OUT'], {
    join: `LEFT JOIN stage_event defaulted ON defaulted.deal_id = e.deal_id AND defaulted.stage = 'DEFAULTED'
                                          AND defaulted.occurred_at <= $3::timestamptz`,
    outcome: `CASE WHEN defaulted.event_id IS NULL THEN 'NOT_DEFAULTED' ELSE 'DEFAULTED' END`,
    outcomeAt: 'defaulted.occurred_at',
  }),
  CSAT: feedbackRows({ measure: 'f.csat' }),
  NPS: feedbackRows({
    condition: 'AND f.nps IS NOT NULL',
    measure: 'f.nps',
    outcome: `CASE WHEN f.nps >= 9 THEN 'PROMOTER' WHEN f.nps <= 6 THEN 'DETRACTOR' ELSE 'PASSIVE' END`,
  }),
  NEGATIVE_MOMENT_RATE: feedbackRows({
    measure: 'f.csat',
    outcome: `CASE WHEN f.csat <= 2 THEN 'NEGATIVE' ELSE 'NOT_NEGATIVE' END`,
  }),
  RECOVERY_RATE: feedbackRows({
    condition: 'AND f.csat <= 2',
    measure: 'f.csat',
    join: RECOVERY_JOIN,
    outcome: `CASE WHEN recovery.recovered_at IS NULL THEN 'NOT_RECOVERED' ELSE 'RECOVERED' END`,
    outcomeAt: 'recovery.recovered_at',
  }),
  FIRST_RESPONSE_HOURS: interactionRows(
    `i.direction = 'INBOUND' AND i.response_minutes IS NOT NULL`,
    '(i.response_minutes / 60)::float8',
  ),
  ACTIVITIES: interactionRows(`i.direction = 'OUTBOUND'`),
};

/** The rows of one KPI in the filter, as the CTE `kpi_row`. */
export function kpiRowsCte(kpi: KpiCode): string {
  return `WITH ${SCOPED_DEAL}, kpi_row AS (${KPI_ROW_SOURCES[kpi]})`;
}
