import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@salesdash/api/platform';

@ObjectType('DealStageEvent')
export class DealStageEventType {
  @Field(() => ID) eventId!: string;
  @Field() stage!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => Boolean, { nullable: true, description: 'PAID_OUT: were all essential documents there.' })
  infoComplete!: boolean | null;
}

@ObjectType('DealInteraction')
export class DealInteractionType {
  @Field(() => ID) interactionId!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field() touchpoint!: string;
  @Field({ description: 'INBOUND or OUTBOUND.' }) direction!: string;
  @Field(() => Float, { nullable: true }) responseMinutes!: number | null;
  @Field({ description: 'Who handled it (may differ from the deal’s rep).' }) repName!: string;
}

@ObjectType('DealFeedback')
export class DealFeedbackType {
  @Field(() => ID) feedbackId!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field() stage!: string;
  @Field() touchpoint!: string;
  @Field(() => Int) csat!: number;
  @Field(() => Int, { nullable: true }) nps!: number | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('DealHistory', { description: 'One deal with every stage event, interaction and feedback, oldest first.' })
export class DealHistoryType {
  @Field(() => ID) dealId!: string;
  @Field() customerId!: string;
  @Field() businessModel!: string;
  @Field(() => String, { nullable: true }) segment!: string | null;
  @Field(() => String, { nullable: true }) sourceTouchpoint!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => Float, { nullable: true, description: 'EUR; null for a role that sees no KPI in EUR.' })
  amount!: number | null;
  @Field(() => ID) repId!: string;
  @Field() repName!: string;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => [DealStageEventType]) events!: DealStageEventType[];
  @Field(() => [DealInteractionType]) interactions!: DealInteractionType[];
  @Field(() => [DealFeedbackType]) feedback!: DealFeedbackType[];
}
