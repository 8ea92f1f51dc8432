import { JOURNEY_STAGES } from '@salesdash/shared/domain';
import { DEAL_MILESTONES } from '@salesdash/api/facts';
import { fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, instantSql, literal, messageCaseSql, messageColumns, messageSql } from './bundle-check';

const deals = fileSpecOf('deal');
const events = fileSpecOf('stage_event');

/** Whether a deal has two events of one stage, in the same grouping as the other rules (no second pass). */
const REPEATS_A_STAGE_SQL = `greatest(${JOURNEY_STAGES.map(
  (stage) => `count(*) FILTER (WHERE stage = '${stage}')`,
).join(', ')}) > 1`;

/**
 * The deals and stage events the stage rules look at: those of every deal the bundle touches, as
 * they will be after the import (a bundle row replaces the stored row with its id). `line` is null
 * for a stored row. Stored rows alone were valid already, so every rule needs a bundle row.
 */
const WITH_STORED_ROWS = `
  touched_deal AS (
    SELECT deal_id FROM ${deals.staging} WHERE deal_id IS NOT NULL
    UNION
    SELECT deal_id FROM ${events.staging} WHERE deal_id IS NOT NULL
  ),
  effective_deal AS (
    SELECT deal_id, created_at, line FROM ${deals.staging} WHERE deal_id IS NOT NULL
    UNION ALL
    SELECT d.deal_id, d.created_at, NULL FROM deal d JOIN touched_deal USING (deal_id)
    WHERE NOT EXISTS (SELECT 1 FROM ${deals.staging} i WHERE i.deal_id = d.deal_id)
  ),
  effective_event AS (
    SELECT event_id, deal_id, stage, occurred_at, line FROM ${events.staging} WHERE deal_id IS NOT NULL
    UNION ALL
    SELECT e.event_id, e.deal_id, e.stage, e.occurred_at, NULL FROM stage_event e JOIN touched_deal USING (deal_id)
    WHERE NOT EXISTS (SELECT 1 FROM ${events.staging} i WHERE i.event_id = e.event_id)
  ),`;

/**
 * Nothing stored yet (no deal, so no stage event either): the rules look at the bundle's rows alone,
 * read where they lie instead of collected first — on a first import of millions of events, the
 * touched-deal set and the collected copies cost more than the rules themselves.
 */
const BUNDLE_ROWS_ONLY = `
  effective_deal AS NOT MATERIALIZED (
    SELECT deal_id, created_at, line FROM ${deals.staging} WHERE deal_id IS NOT NULL
  ),
  effective_event AS NOT MATERIALIZED (
    SELECT event_id, deal_id, stage, occurred_at, line FROM ${events.staging} WHERE deal_id IS NOT NULL
  ),`;

const RULE_CTES = `
  -- One pass over the events finds the few deals that break a rule; only those are looked at closely.
  event_span AS (
    SELECT deal_id, min(occurred_at) AS first_at, max(occurred_at) AS last_at,
           min(occurred_at) FILTER (WHERE stage = 'LOST') AS lost_at,
           ${REPEATS_A_STAGE_SQL} AS repeats_a_stage
    FROM effective_event GROUP BY deal_id
  ),
  suspect_deal AS (
    SELECT deal_id FROM event_span JOIN effective_deal USING (deal_id) WHERE first_at < created_at
    UNION
    SELECT deal_id FROM event_span WHERE lost_at < last_at OR repeats_a_stage
  ),
  suspect_event AS (
    SELECT * FROM effective_event WHERE deal_id IN (SELECT deal_id FROM suspect_deal)
  )`;

/** The CTEs STAGE_RULE_CHECKS read, for a database that holds deals already or none. */
export function stageRuleCtes(storedDeals: boolean): string {
  return `${storedDeals ? WITH_STORED_ROWS : BUNDLE_ROWS_ONLY}${RULE_CTES}`;
}

/** docs/import.md#stage-rules: no event before its deal's created_at, one event per stage, nothing after LOST. */
export const STAGE_RULE_CHECKS: readonly BundleCheck[] = [
  {
    name: 'event before created_at',
    sql: `
      SELECT CASE WHEN e.line IS NOT NULL THEN ${literal(events.file)} ELSE ${literal(deals.file)} END AS file,
             coalesce(e.line, d.line) AS line,
             CASE WHEN e.line IS NOT NULL THEN 'occurred_at' ELSE 'created_at' END AS col,
             ${messageColumns(
               messageCaseSql(
                 'e.line IS NOT NULL',
                 messageSql('EVENT_BEFORE_DEAL_CREATED', {
                   occurredAt: instantSql('e.occurred_at'),
                   createdAt: instantSql('d.created_at'),
                   dealId: 'e.deal_id',
                 }),
                 messageSql('DEAL_CREATED_AFTER_STORED_EVENT', {
                   createdAt: instantSql('d.created_at'),
                   stage: 'e.stage',
                   occurredAt: instantSql('e.occurred_at'),
                   eventId: 'e.event_id',
                 }),
               ),
             )}
      FROM suspect_event e JOIN effective_deal d USING (deal_id)
      WHERE e.occurred_at < d.created_at AND (e.line IS NOT NULL OR d.line IS NOT NULL)`,
  },
  {
    name: 'one event per stage',
    sql: `
      SELECT DISTINCT ON (e.line) ${literal(events.file)} AS file, e.line, 'stage' AS col,
             ${messageColumns(
               messageCaseSql(
                 'o.line IS NULL',
                 messageSql('STAGE_REPEATED_STORED', { dealId: 'e.deal_id', stage: 'e.stage', eventId: 'o.event_id' }),
                 messageSql('STAGE_REPEATED', {
                   dealId: 'e.deal_id',
                   stage: 'e.stage',
                   eventId: 'o.event_id',
                   line: 'o.line',
                 }),
               ),
             )}
      FROM suspect_event e
      JOIN suspect_event o ON o.deal_id = e.deal_id AND o.stage = e.stage
                            AND o.event_id IS DISTINCT FROM e.event_id
      WHERE e.line IS NOT NULL AND (o.line IS NULL OR o.line < e.line)
      ORDER BY e.line, o.line NULLS FIRST`,
  },
  {
    // Reported on the later event, or on the bundle's LOST event when the later event is stored.
    name: 'nothing after LOST',
    sql: `
      SELECT ${literal(events.file)} AS file, coalesce(e.line, lost.line) AS line, 'occurred_at' AS col,
             ${messageColumns(
               messageCaseSql(
                 'e.line IS NOT NULL',
                 messageCaseSql(
                   'lost.line IS NULL',
                   messageSql('EVENT_AFTER_STORED_LOST', {
                     dealId: 'e.deal_id',
                     lostAt: instantSql('lost.occurred_at'),
                     lostEventId: 'lost.event_id',
                     stage: 'e.stage',
                   }),
                   messageSql('EVENT_AFTER_LOST', {
                     dealId: 'e.deal_id',
                     lostAt: instantSql('lost.occurred_at'),
                     lostEventId: 'lost.event_id',
                     lostLine: 'lost.line',
                     stage: 'e.stage',
                   }),
                 ),
                 // The later event is stored: only the bundle's LOST event has a line to report on.
                 messageSql('STORED_EVENT_AFTER_LOST', {
                   lostAt: instantSql('lost.occurred_at'),
                   eventId: 'e.event_id',
                   stage: 'e.stage',
                   occurredAt: instantSql('e.occurred_at'),
                 }),
               ),
             )}
      FROM suspect_event lost
      JOIN suspect_event e ON e.deal_id = lost.deal_id AND e.occurred_at > lost.occurred_at
      WHERE lost.stage = 'LOST' AND (e.line IS NOT NULL OR lost.line IS NOT NULL)`,
  },
];

/**
 * The bundle's deals and events loaded straight into the empty deal and stage_event tables (a first
 * import), once their unique constraint has proven one event per stage: then a deal has an event
 * before its created_at exactly when its first event is, and an event after its (only) LOST event
 * exactly when its last event is later. Read from the facts layer's per-deal milestones of every
 * deal (DEAL_MILESTONES, derived for the facts anyway): no pass over the events of its own.
 * Answers only whether any rule is broken; the staged import then finds where.
 */
export const MILESTONES_BREAK_A_STAGE_RULE_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM ${DEAL_MILESTONES} WHERE first_event_at < created_at OR lost_at < last_event_at
  ) AS broken`;
