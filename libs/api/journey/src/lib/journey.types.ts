import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DateScalar,
  DateTimeScalar,
  JourneyStageEnum,
  MAX_REASON_LENGTH,
  ScopeInput,
  TouchpointEnum,
} from '@salesdash/api/platform';
import type { JourneyStage, Touchpoint } from '@salesdash/shared/domain';
import {
  DEFAULT_MIN_RESPONSES,
  DEFAULT_WEAKEST_LIMIT,
  MAX_MIN_RESPONSES,
  MAX_WEAKEST_LIMIT,
  MOMENT_RANKINGS,
  type MomentRanking,
} from './weakest-moments';
import {
  DEFAULT_FEEDBACK_LIMIT,
  FEEDBACK_RECOVERIES,
  type FeedbackRecovery,
  MAX_FEEDBACK_LIMIT,
  MIN_REASON_LENGTH,
} from './journey-rules';

export const MomentRankingEnum = Object.fromEntries(MOMENT_RANKINGS.map((value) => [value, value])) as {
  [K in MomentRanking]: K;
};
registerEnumType(MomentRankingEnum, {
  name: 'MomentRanking',
  description: 'How weakestMoments ranks moments.',
  valuesMap: {
    CSAT: { description: 'The lowest CSAT mean first.' },
    NEGATIVE_RATE: { description: 'The highest share of negative feedback (CSAT ≤ 2) first.' },
  },
});

export const FeedbackRecoveryEnum = Object.fromEntries(FEEDBACK_RECOVERIES.map((value) => [value, value])) as {
  [K in FeedbackRecovery]: K;
};
registerEnumType(FeedbackRecoveryEnum, {
  name: 'FeedbackRecovery',
  description: 'What followed a negative feedback (CSAT ≤ 2) on the same deal by asOf (docs/kpis.md#RECOVERY_RATE).',
  valuesMap: {
    RECOVERED_WITHIN_14_DAYS: {
      description:
        'A feedback with CSAT ≥ 4 came after it, within 14 days (14 × 86400 s) and by asOf: RECOVERY_RATE counts it.',
    },
    RECOVERED_LATER: { description: 'No such feedback within 14 days, but one later (by asOf).' },
    NOT_RECOVERED: { description: 'No feedback with CSAT ≥ 4 after it by asOf.' },
  },
});

@InputType('JourneyFilter', {
  description: 'The period, business models and rows of a journey query; feedback and events belong to their deal.',
})
export class JourneyFilterInput {
  @Field(() => DateScalar, { description: 'First day of the period (inclusive, UTC).' }) from!: string;
  @Field(() => DateScalar, { description: 'Day after the period (exclusive, UTC).' }) to!: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Cut-off for what happened after the period (stages reached, recoveries); default now.',
  })
  asOf?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Default: all business models.' })
  businessModels?: string[] | null;
  @Field(() => ScopeInput, { nullable: true, description: "Default: the caller's widest allowed scope." })
  scope?: ScopeInput | null;
}

@InputType('WeakestMomentsFilter')
export class WeakestMomentsFilterInput extends JourneyFilterInput {
  @Field(() => Int, {
    nullable: true,
    description: `Only moments with at least this many responses in the period are ranked; ${1}–${MAX_MIN_RESPONSES}, default ${DEFAULT_MIN_RESPONSES}.`,
  })
  minResponses?: number | null;
  @Field(() => MomentRankingEnum, { nullable: true, description: 'Default CSAT.' })
  rankBy?: MomentRanking | null;
  @Field(() => Int, {
    nullable: true,
    description: `How many moments; 1–${MAX_WEAKEST_LIMIT}, default ${DEFAULT_WEAKEST_LIMIT}.`,
  })
  limit?: number | null;
}

@InputType('FeedbackListFilter')
export class FeedbackListFilterInput extends JourneyFilterInput {
  @Field(() => [JourneyStageEnum], { nullable: true, description: 'Default: every stage.' })
  stages?: JourneyStage[] | null;
  @Field(() => [TouchpointEnum], { nullable: true, description: 'Default: every touchpoint.' })
  touchpoints?: Touchpoint[] | null;
  @Field(() => Int, { nullable: true, description: 'Lowest CSAT, 1–5 (inclusive).' }) csatMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'Highest CSAT, 1–5 (inclusive), at least csatMin.' })
  csatMax?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only feedback with a comment; false: only without one; default both.',
  })
  withComment?: boolean | null;
  @Field(() => [FeedbackRecoveryEnum], {
    nullable: true,
    description: 'Only negative feedback (CSAT ≤ 2) with one of these recoveries; default any feedback.',
  })
  recovery?: FeedbackRecovery[] | null;
  @Field(() => Int, { nullable: true, description: 'Rows to skip, ≥ 0; default 0.' }) offset?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Rows to answer, 1–${MAX_FEEDBACK_LIMIT}; default ${DEFAULT_FEEDBACK_LIMIT}.`,
  })
  limit?: number | null;
}

@InputType('MomentFlagInput')
export class MomentFlagInput {
  @Field() businessModel!: string;
  @Field(() => JourneyStageEnum) stage!: JourneyStage;
  @Field(() => TouchpointEnum) touchpoint!: Touchpoint;
  @Field({
    description: `Why (trimmed, ${MIN_REASON_LENGTH}–${MAX_REASON_LENGTH} characters); written to the audit log.`,
  })
  reason!: string;
}

@ObjectType('FunnelStage')
export class FunnelStageType {
  @Field(() => JourneyStageEnum) stage!: JourneyStage;
  @Field(() => Int, {
    description: 'Cohort deals with an event of this stage or a later main-path stage by asOf (all for SUSPECT).',
  })
  reached!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'reached of the next stage / reached of this one; null when none reached this one, and for PAID_OUT.',
  })
  conversionToNext!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Median (percentile_cont 0.5) of the exact days from this stage to the next (SUSPECT: from created_at), over the deals with both instants by asOf; null without any.',
  })
  medianDaysToNext!: number | null;
  @Field(() => Int, { description: 'How many deals medianDaysToNext is the median of.' }) daysToNextCount!: number;
  @Field(() => Int, {
    description: 'Deals lost by asOf whose furthest main-path stage at (or before) the LOST event was this one.',
  })
  lostHere!: number;
  @Field(() => Int, {
    description: 'Deals that reached this stage, not the next, and are not lost by asOf (0 for PAID_OUT).',
  })
  stillOpenHere!: number;
}

@ObjectType('FunnelModel', {
  description: 'The cohort funnel of one business model: the deals of the scope created in the period, as of asOf.',
})
export class FunnelModelType {
  @Field() businessModel!: string;
  @Field(() => Int, { description: 'Deals created in the period (NEW_LEADS).' }) cohortSize!: number;
  @Field(() => Int, { description: 'Cohort deals with a LOST event by asOf.' }) lostCount!: number;
  @Field(() => Int, { description: 'Cohort deals with a DEFAULTED event by asOf.' }) defaultedCount!: number;
  @Field(() => [FunnelStageType], { description: 'The main-path stages SUSPECT … PAID_OUT, in journey order.' })
  stages!: FunnelStageType[];
}

@ObjectType('MomentFlag', {
  description: 'A moment that matters: a model, stage and touchpoint flagged with a reason.',
})
export class MomentFlagType {
  @Field() businessModel!: string;
  @Field(() => JourneyStageEnum) stage!: JourneyStage;
  @Field(() => TouchpointEnum) touchpoint!: Touchpoint;
  @Field() reason!: string;
  @Field(() => ID, { description: 'Who set the flag or last changed its reason.' }) flaggedBy!: string;
  @Field() flaggedByName!: string;
  @Field(() => DateTimeScalar, { description: 'When the flag was set or its reason last changed.' }) flaggedAt!: Date;
}

@ObjectType('MomentFigures', { description: 'Feedback of one moment in one period.' })
export class MomentFiguresType {
  @Field(() => Int) responses!: number;
  @Field(() => Float, { description: 'Mean CSAT (1–5).' }) csatMean!: number;
  @Field(() => Int, { description: 'Feedback with CSAT ≤ 2.' }) negativeCount!: number;
  @Field(() => Float, { description: 'negativeCount / responses (0..1).' }) negativeRate!: number;
}

@ObjectType('MomentCell', { description: 'The feedback of one (business model, stage, touchpoint) in the period.' })
export class MomentCellType extends MomentFiguresType {
  @Field() businessModel!: string;
  @Field(() => JourneyStageEnum) stage!: JourneyStage;
  @Field(() => TouchpointEnum) touchpoint!: Touchpoint;
  @Field(() => MomentFiguresType, {
    nullable: true,
    description:
      'The same moment in the previous period (MomentHeatmap.previousFrom/previousTo); null without feedback there.',
  })
  previous!: MomentFiguresType | null;
  @Field(() => MomentFlagType, { nullable: true, description: 'Its moment-that-matters flag; null when not flagged.' })
  flag!: MomentFlagType | null;
}

@ObjectType('MomentHeatmap')
export class MomentHeatmapType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => DateScalar, {
    description: 'The period before (same number of calendar months when from and to are month starts, else of days).',
  })
  previousFrom!: string;
  @Field(() => DateScalar, { description: 'Equals from.' }) previousTo!: string;
  @Field(() => [MomentCellType], {
    description:
      'One cell per (model, stage, touchpoint) with feedback in the period, by model (catalogue order), stage and touchpoint (journey order).',
  })
  cells!: MomentCellType[];
}

@ObjectType('WeakestMoment')
export class WeakestMomentType extends MomentCellType {
  @Field(() => Int, { description: 'Position in the ranking, from 1.' }) rank!: number;
  @Field(() => Float, { nullable: true, description: 'csatMean − previous.csatMean; null without a previous figure.' })
  csatChange!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'negativeRate − previous.negativeRate; null without a previous figure.',
  })
  negativeRateChange!: number | null;
}

@ObjectType('FeedbackRow')
export class FeedbackRowType {
  @Field(() => ID) feedbackId!: string;
  @Field(() => ID) dealId!: string;
  @Field() businessModel!: string;
  @Field(() => ID) repId!: string;
  @Field() repName!: string;
  @Field(() => String, { nullable: true, description: "The rep's current team; null without one." })
  teamName!: string | null;
  @Field() customerId!: string;
  @Field(() => JourneyStageEnum) stage!: JourneyStage;
  @Field(() => TouchpointEnum) touchpoint!: Touchpoint;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => Int) csat!: number;
  @Field(() => Int, { nullable: true }) nps!: number | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => FeedbackRecoveryEnum, {
    nullable: true,
    description: 'Negative feedback (CSAT ≤ 2) only; null otherwise.',
  })
  recovery!: FeedbackRecovery | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The first feedback with CSAT ≥ 4 after it on the deal (by asOf); null when not recovered.',
  })
  recoveredAt!: Date | null;
}

@ObjectType('FeedbackPage')
export class FeedbackPageType {
  @Field(() => Int, { description: 'Every matching feedback (rows holds at most limit of them).' }) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
  @Field(() => [FeedbackRowType], { description: 'Newest first, then by feedback id.' }) rows!: FeedbackRowType[];
}
