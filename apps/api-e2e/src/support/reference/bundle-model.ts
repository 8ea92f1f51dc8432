import type {
  InteractionDirection,
  JourneyStage,
  KpiCode,
  Role,
  TargetScopeType,
  Touchpoint,
} from '@salesdash/shared/domain';
import type { Micros } from './instant';

/** The facts of a CSV bundle (docs/import.md), parsed into exact values. */
export interface Region {
  readonly regionId: string;
  readonly name: string;
}

export interface Team {
  readonly teamId: string;
  readonly name: string;
  readonly regionId: string;
  readonly managerUserId: string | null;
}

export interface User {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
}

export interface Deal {
  readonly dealId: string;
  readonly businessModel: string;
  readonly repId: string;
  readonly customerId: string;
  readonly createdAt: Micros;
  /** Whole euro cents, so that sums stay exact. */
  readonly amountCents: number;
  readonly segment: string | null;
  readonly sourceTouchpoint: Touchpoint | null;
}

export interface StageEvent {
  readonly eventId: string;
  readonly dealId: string;
  readonly stage: JourneyStage;
  readonly occurredAt: Micros;
  readonly infoComplete: boolean | null;
}

export interface Interaction {
  readonly interactionId: string;
  readonly dealId: string;
  readonly repId: string;
  readonly touchpoint: Touchpoint;
  readonly direction: InteractionDirection;
  readonly occurredAt: Micros;
  readonly responseMinutes: number | null;
}

export interface Feedback {
  readonly feedbackId: string;
  readonly dealId: string;
  readonly stage: JourneyStage;
  readonly touchpoint: Touchpoint;
  readonly occurredAt: Micros;
  readonly csat: number;
  readonly nps: number | null;
  readonly comment: string | null;
}

export interface TargetRow {
  readonly targetId: string;
  readonly scopeType: TargetScopeType;
  readonly scopeId: string;
  readonly businessModel: string;
  readonly kpi: KpiCode;
  /** UTC midnight of period_start (inclusive). */
  readonly periodStart: Micros;
  /** UTC midnight of period_end (exclusive). */
  readonly periodEnd: Micros;
  readonly value: number;
}

export interface ReferenceBundle {
  readonly regions: readonly Region[];
  readonly teams: readonly Team[];
  readonly users: readonly User[];
  readonly deals: readonly Deal[];
  readonly stageEvents: readonly StageEvent[];
  readonly interactions: readonly Interaction[];
  readonly feedback: readonly Feedback[];
  readonly targets: readonly TargetRow[];
}
