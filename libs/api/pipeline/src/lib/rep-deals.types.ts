import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@salesdash/api/platform';
import { DEAL_ACTION_REASONS, type DealActionReason, PAYOUT_FOLLOW_UP_DAYS, QUIET_DAYS } from './deal-actions';

export const DealActionReasonEnum = Object.fromEntries(DEAL_ACTION_REASONS.map((reason) => [reason, reason])) as {
  [K in DealActionReason]: K;
};
registerEnumType(DealActionReasonEnum, {
  name: 'DealActionReason',
  description: 'Why a deal needs the rep’s action.',
  valuesMap: {
    ONBOARDING_OVERDUE: { description: 'Won, not onboarded for longer than the model’s acceptable onboarding days.' },
    PAYOUT_INFO_MISSING: {
      description: `Paid out in the last ${PAYOUT_FOLLOW_UP_DAYS} days with information missing (not first time right).`,
    },
    NO_RECENT_ACTIVITY: { description: `Open without an outbound activity for more than ${QUIET_DAYS} days.` },
  },
});

@InputType('RepDealsRequest')
export class RepDealsRequestInput {
  @Field(() => ID) repId!: string;
  @Field(() => String, { nullable: true, description: 'One business model; default all.' })
  businessModel?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The deals as they stood then; default now.' })
  asOf?: Date | null;
}

@ObjectType('RepProfile')
export class RepProfileType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => String, { nullable: true }) teamName!: string | null;
}

@ObjectType('OpenDeal', { description: 'A deal without a WON or LOST event by asOf.' })
export class OpenDealType {
  @Field(() => ID) dealId!: string;
  @Field() customerId!: string;
  @Field() businessModel!: string;
  @Field(() => String, { nullable: true, description: 'The furthest stage before a decision; null without one.' })
  stage!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) stageSince!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => Int, { description: 'Whole days since the deal was created.' }) ageDays!: number;
  @Field(() => Float) amount!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The latest outbound interaction; null without one.' })
  lastActivityAt!: Date | null;
}

@ObjectType('DealAction')
export class DealActionType {
  @Field(() => ID) dealId!: string;
  @Field() customerId!: string;
  @Field() businessModel!: string;
  @Field(() => Float) amount!: number;
  @Field(() => DealActionReasonEnum) reason!: DealActionReason;
  @Field(() => DateTimeScalar, {
    description: 'When the wait began: the WON event, the payout, or the last activity (else the creation).',
  })
  since!: Date;
  @Field(() => Float, { description: 'Days from since to asOf, not rounded.' }) days!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The limit passed: the acceptable onboarding days, or the days without activity; null for payouts.',
  })
  limitDays!: number | null;
}

@ObjectType('RepDeals')
export class RepDealsType {
  @Field(() => RepProfileType) rep!: RepProfileType;
  @Field(() => DateTimeScalar) asOf!: Date;
  @Field(() => Int, { description: 'Every open deal of the rep (openDeals may show fewer).' }) openDealCount!: number;
  @Field(() => Float, { description: 'The amount of every open deal: the rep’s pipeline value at asOf.' })
  openAmount!: number;
  @Field(() => [OpenDealType], { description: 'Open deals, oldest first; at most 500 (the export has all).' })
  openDeals!: OpenDealType[];
  @Field(() => [DealActionType], { description: 'Deals that need action, by reason, the longest wait first.' })
  actions!: DealActionType[];
  @Field(() => [String], {
    description: 'Business models of the rep’s waiting won deals without an acceptable maximum of onboarding days.',
  })
  modelsWithoutOnboardingLimit!: string[];
}
