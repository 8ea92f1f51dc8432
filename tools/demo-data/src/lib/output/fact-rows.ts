import type { Feedback } from '../feedback/feedback';
import { paddedId } from '../ids';
import { formatInstant } from '../instants';
import type { Interaction } from '../journey/interactions';
import type { StageEvent } from '../journey/stage-events';
import type { Deal, Organisation } from '../model';
import type { Rng } from '../random';
import type { TargetRow } from '../targets/target-ledger';
import type { BundleWriter } from './bundle-writer';

/** Cents as a decimal EUR amount with exactly two decimals, without float rounding. */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  return `${whole}.${String(cents - whole * 100).padStart(2, '0')}`;
}

/** Maps generated facts to bundle rows, numbering events, interactions and feedback in order. */
export class FactRows {
  private events = 0;
  private interactions = 0;
  private feedback = 0;

  /** `formatRng` only decides how instants are written, so it never shifts the content streams. */
  constructor(
    private readonly out: BundleWriter,
    private readonly formatRng: Rng,
  ) {}

  organisation(organisation: Organisation): void {
    for (const region of organisation.regions) {
      this.out.row('regions.csv', [region.id, region.name]);
    }
    for (const team of organisation.teams) {
      this.out.row('teams.csv', [team.id, team.name, team.regionId, team.managerId]);
    }
    for (const user of organisation.users) {
      this.out.row('users.csv', [user.id, user.email, user.displayName, user.role, user.teamId]);
    }
  }

  deal(
    deal: Deal,
    events: readonly StageEvent[],
    interactions: readonly Interaction[],
    feedback: readonly Feedback[],
  ): void {
    this.out.row('deals.csv', [
      deal.id,
      deal.model,
      deal.rep.id,
      deal.customerId,
      this.instant(deal.createdAt),
      formatCents(deal.amountCents),
      deal.segment,
      deal.sourceTouchpoint,
    ]);
    for (const event of events) {
      this.out.row('stage_events.csv', [
        paddedId('E', ++this.events, 7),
        deal.id,
        event.stage,
        this.instant(event.at),
        event.infoComplete,
      ]);
    }
    for (const interaction of interactions) {
      this.out.row('interactions.csv', [
        paddedId('I', ++this.interactions, 7),
        deal.id,
        interaction.repId,
        interaction.touchpoint,
        interaction.direction,
        this.instant(interaction.at),
        interaction.responseMinutes,
      ]);
    }
    for (const item of feedback) {
      this.out.row('feedback.csv', [
        paddedId('F', ++this.feedback, 6),
        deal.id,
        item.stage,
        item.touchpoint,
        this.instant(item.at),
        item.csat,
        item.nps,
        item.comment,
      ]);
    }
  }

  targets(rows: readonly TargetRow[]): void {
    rows.forEach((row, index) => {
      this.out.row('targets.csv', [
        paddedId('TG', index + 1, 6),
        row.scopeType,
        row.scopeId,
        row.model,
        row.kpi,
        row.periodStart,
        row.periodEnd,
        row.value,
      ]);
    });
  }

  private instant(ms: number): string {
    return formatInstant(this.formatRng, ms);
  }
}
