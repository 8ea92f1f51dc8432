import type { Role } from '@salesdash/shared/domain';

/** The business models already seeded in the database; the bundle references, never emits, them. */
export const DEMO_BUSINESS_MODELS = ['PREMIUM_FINANCING', 'CONSUMER_LOANS'] as const;
export type BusinessModel = (typeof DEMO_BUSINESS_MODELS)[number];

export interface Region {
  readonly id: string;
  readonly name: string;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly regionId: string;
  readonly managerId: string;
  readonly models: readonly BusinessModel[];
  /** Multiplies lead volume of every rep in the team (1 = company average). */
  readonly performance: number;
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  /** Only reps carry a team: the KPI spec counts a team's users as its reps. */
  readonly teamId: string | null;
}

export interface Rep {
  readonly id: string;
  readonly team: Team;
  /** Drives lead volume and win probability; spreads quota attainment around 100 %. */
  readonly performance: number;
  /** Share of a full-time seller's lead flow per model (reps selling both split their time). */
  readonly capacity: ReadonlyMap<BusinessModel, number>;
}

export interface Organisation {
  readonly regions: readonly Region[];
  readonly teams: readonly Team[];
  readonly users: readonly User[];
  readonly reps: readonly Rep[];
}

/** One generated deal before its journey is played out. */
export interface Deal {
  readonly id: string;
  readonly model: BusinessModel;
  readonly rep: Rep;
  readonly customerId: string;
  readonly createdAt: number;
  /** In cents, to avoid float artefacts in the 2-decimal output. */
  readonly amountCents: number;
  readonly segment: string;
  readonly sourceTouchpoint: string;
}
