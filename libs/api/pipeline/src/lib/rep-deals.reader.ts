import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '@salesdash/api/identity';
import { ValidationError, type Viewer } from '@salesdash/api/platform';
import {
  CORRIDOR_SELECT,
  type CorridorRecord,
  InputCheck,
  selectCorridors,
  selectRow,
  selectRows,
} from '@salesdash/api/policies';
import { policyInForce, type Role, toIsoDate } from '@salesdash/shared/domain';
import { dealActions, type OnboardingLimit, openDeals, payoutFollowUpStart, type StoredDeal } from './deal-actions';
import { REP_DEALS_SQL } from './rep-deals.sql';
import type { RepDealsRequestInput, RepDealsType, RepProfileType } from './rep-deals.types';

/** Who may open a rep's deals: the rep their own, a manager their teams' reps, the steering roles any rep's. */
export const REP_DEALS_ROLES: readonly Role[] = ['SALES_REP', 'SALES_MANAGER', 'MANAGEMENT', 'CONTROLLING', 'ADMIN'];

/** The page shows this many open deals at most; the count, the amount and the export cover all. */
const SHOWN_OPEN_DEALS = 500;

const REP_SQL = `
SELECT u.user_id AS id, u.display_name AS "displayName", u.role, t.team_id AS "teamId", t.name AS "teamName"
FROM app_user u
LEFT JOIN team t ON t.team_id = u.team_id
WHERE u.user_id = $1`;

const ONBOARDING_CORRIDORS_SQL = `${CORRIDOR_SELECT}
WHERE p.kpi = 'ONBOARDING_DAYS' AND p.effective_from <= $1::date AND ($2::text IS NULL OR p.business_model = $2)`;

/** What a rep's deals answer before the page's cut to SHOWN_OPEN_DEALS. */
export interface RepDealsRead {
  readonly rep: RepProfileType;
  readonly asOf: Date;
  readonly deals: readonly StoredDeal[];
  readonly onboardingLimit: OnboardingLimit;
}

/**
 * A rep's open pipeline and the deals that need their action, for a viewer whose rows hold the rep, read
 * in one snapshot: the rep, their deals and the onboarding corridors in force on asOf's day.
 */
@Injectable()
export class RepDealsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async deals(viewer: Viewer, input: RepDealsRequestInput): Promise<RepDealsType> {
    const read = await this.read(viewer, input);
    const open = openDeals(read.deals, read.asOf);
    const waiting = read.deals.filter((deal) => deal.wonAt && !deal.onboarded);
    return {
      rep: read.rep,
      asOf: read.asOf,
      openDealCount: open.length,
      openAmount: Math.round(open.reduce((sum, deal) => sum + deal.amount * 100, 0)) / 100,
      openDeals: open.slice(0, SHOWN_OPEN_DEALS),
      actions: dealActions(read.deals, read.asOf, read.onboardingLimit),
      modelsWithoutOnboardingLimit: [
        ...new Set(waiting.filter((deal) => read.onboardingLimit(deal) === null).map((deal) => deal.businessModel)),
      ].sort(),
    };
  }

  /** Checks the request and the viewer's right to the rep, then reads everything in one snapshot. */
  async read(viewer: Viewer, input: RepDealsRequestInput): Promise<RepDealsRead> {
    const check = new InputCheck();
    const repId = input.repId.trim();
    if (repId === '') {
      check.add('input.repId', 'VALUE_REQUIRED', {});
    }
    const businessModel = input.businessModel
      ? check.businessModelCode(input.businessModel, 'input.businessModel')
      : null;
    const asOf = input.asOf ?? new Date();
    if (Number.isNaN(asOf.getTime())) {
      check.add('input.asOf', 'NOT_AN_INSTANT', {});
    }
    check.done();
    await this.access.rowScopes(viewer, 'REP', [repId], 'input.repId');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const rep = await this.rep(manager, repId);
      await this.assertModelExists(manager, businessModel);
      const [deals, corridors] = await Promise.all([
        selectRows<StoredDeal>(manager, REP_DEALS_SQL, [repId, businessModel, asOf, payoutFollowUpStart(asOf)]),
        selectCorridors(manager, ONBOARDING_CORRIDORS_SQL, [toIsoDate(asOf), businessModel]),
      ]);
      return { rep, asOf, deals, onboardingLimit: onboardingLimitOf(corridors, toIsoDate(asOf)) };
    });
  }

  private async rep(manager: EntityManager, repId: string): Promise<RepProfileType> {
    const rep = await selectRow<RepProfileType & { role: Role }>(manager, REP_SQL, [repId]);
    if (!rep) {
      throw ValidationError.of('input.repId', 'UNKNOWN_REP', { id: repId });
    }
    if (rep.role !== 'SALES_REP') {
      throw ValidationError.of('input.repId', 'NOT_A_SALES_REP', { id: repId, role: rep.role });
    }
    return { id: rep.id, displayName: rep.displayName, teamId: rep.teamId, teamName: rep.teamName };
  }

  private async assertModelExists(manager: EntityManager, businessModel: string | null): Promise<void> {
    if (businessModel && !(await selectRow(manager, 'SELECT 1 FROM business_model WHERE code = $1', [businessModel]))) {
      throw ValidationError.of('input.businessModel', 'UNKNOWN_BUSINESS_MODEL', { code: businessModel });
    }
  }
}

/**
 * Per deal the acceptable maximum of ONBOARDING_DAYS in force for its model and segment (a segment's
 * own corridor before the model's); null without one, or when its basis judges something else.
 */
function onboardingLimitOf(corridors: readonly CorridorRecord[], onDate: string): OnboardingLimit {
  return (deal) => {
    const corridor = policyInForce(
      corridors,
      { businessModel: deal.businessModel, kpi: 'ONBOARDING_DAYS', segment: deal.segment },
      onDate,
    );
    return corridor && corridor.basis === 'VALUE' ? corridor.acceptableMax : null;
  };
}
