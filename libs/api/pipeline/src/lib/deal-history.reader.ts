import { Injectable } from '@nestjs/common';
import { AccessService } from '@salesdash/api/identity';
import { ForbiddenError, ValidationError, type Viewer } from '@salesdash/api/platform';
import { selectRow, selectRows } from '@salesdash/api/policies';
import { kpiDefinition } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';
import type { DealFeedbackType, DealHistoryType, DealInteractionType, DealStageEventType } from './deal-history.types';

const DEAL_SQL = `
SELECT d.deal_id AS "dealId", d.customer_id AS "customerId", d.business_model AS "businessModel", d.segment,
       d.source_touchpoint AS "sourceTouchpoint", d.created_at AS "createdAt", d.amount::float8 AS amount,
       d.rep_id AS "repId", u.display_name AS "repName", t.name AS "teamName"
FROM deal d
JOIN app_user u ON u.user_id = d.rep_id
LEFT JOIN team t ON t.team_id = u.team_id
WHERE d.deal_id = $1`;

const EVENTS_SQL = `
SELECT event_id AS "eventId", stage, occurred_at AS "occurredAt", info_complete AS "infoComplete"
FROM stage_event WHERE deal_id = $1 ORDER BY occurred_at, event_id`;

const INTERACTIONS_SQL = `
SELECT i.interaction_id AS "interactionId", i.occurred_at AS "occurredAt", i.touchpoint, i.direction,
       i.response_minutes::float8 AS "responseMinutes", u.display_name AS "repName"
FROM interaction i JOIN app_user u ON u.user_id = i.rep_id
WHERE i.deal_id = $1 ORDER BY i.occurred_at, i.interaction_id`;

const FEEDBACK_SQL = `
SELECT feedback_id AS "feedbackId", occurred_at AS "occurredAt", stage, touchpoint, csat, nps, comment
FROM feedback WHERE deal_id = $1 ORDER BY occurred_at, feedback_id`;

/**
 * One deal's whole history — from a KPI's rows or a customer's feedback to what happened on the deal —
 * for a viewer whose rows hold the deal (a rep: their own; a sales manager: their teams' reps'; every
 * other role: any). The amount is left out for a role that sees no KPI in EUR.
 */
@Injectable()
export class DealHistoryReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async history(viewer: Viewer, dealId: string): Promise<DealHistoryType> {
    const id = dealId.trim();
    if (id === '') {
      throw ValidationError.of('dealId', 'VALUE_REQUIRED', {});
    }
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const deal = await selectRow<Omit<DealHistoryType, 'events' | 'interactions' | 'feedback'>>(manager, DEAL_SQL, [
        id,
      ]);
      if (!deal) {
        throw ValidationError.of('dealId', 'UNKNOWN_DEAL', { id: id.slice(0, 80) });
      }
      const [rows, visible] = await Promise.all([this.access.defaultScope(viewer), this.access.visibleKpis(viewer)]);
      if (rows.repIds !== null && !rows.repIds.includes(deal.repId)) {
        throw new ForbiddenError(
          viewer.role === 'SALES_REP' ? 'SALES_REP_SEES_OWN_DEALS' : 'SALES_MANAGER_SEES_OWN_TEAMS_DEALS',
          {},
        );
      }
      const events = await selectRows<DealStageEventType>(manager, EVENTS_SQL, [id]);
      const interactions = await selectRows<DealInteractionType>(manager, INTERACTIONS_SQL, [id]);
      const feedback = await selectRows<DealFeedbackType>(manager, FEEDBACK_SQL, [id]);
      const seesAmounts = visible.some((code) => kpiDefinition(code).unit === 'EUR');
      return { ...deal, amount: seesAmounts ? deal.amount : null, events, interactions, feedback };
    });
  }
}
