import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CorridorBasisEnum, DateScalar, KpiDirectionEnum, KpiStatusEnum, ScopeTypeEnum } from '@salesdash/api/platform';
import type { CorridorBasis, KpiDirection, KpiStatus } from '@salesdash/shared/domain';

@InputType('CorridorDraftInput', {
  description: 'A corridor as the editor holds it before publishing; no rationale needed for a preview.',
})
export class CorridorDraftInput {
  @Field() businessModel!: string;
  @Field() kpi!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Accepted but not used: KPI values have no segment filter, so the preview judges the whole model.',
  })
  segment?: string | null;
  @Field(() => Float, { nullable: true }) acceptableMin?: number | null;
  @Field(() => Float, { nullable: true }) acceptableMax?: number | null;
  @Field(() => Float, { nullable: true }) toleratedMin?: number | null;
  @Field(() => Float, { nullable: true }) toleratedMax?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 1.' }) minSampleSize?: number | null;
  @Field(() => CorridorBasisEnum, { nullable: true, description: 'Default VALUE.' }) basis?: CorridorBasis | null;
}

@ObjectType('StatusCounts', { description: 'How many (scope, month) values have each status.' })
export class StatusCountsType {
  @Field(() => Int) NO_DATA!: number;
  @Field(() => Int) NO_RANGE!: number;
  @Field(() => Int) INSUFFICIENT_DATA!: number;
  @Field(() => Int) ACCEPTABLE!: number;
  @Field(() => Int) TOLERATED!: number;
  @Field(() => Int) UNACCEPTABLE!: number;
}

@ObjectType('CorridorImpactCounts')
export class ImpactCountsType {
  @Field(() => StatusCountsType, { description: 'Statuses under the corridor in force in each month.' })
  before!: StatusCountsType;
  @Field(() => StatusCountsType, { description: 'Statuses under the draft.' }) after!: StatusCountsType;
  @Field(() => Int, { description: '(scope, month) values whose status the draft changes.' }) changed!: number;
  @Field(() => Int, { description: 'All (scope, month) values: scopes × months.' }) total!: number;
}

@ObjectType('ChangedScope', { description: 'One (team or rep, month) whose status the draft changes.' })
export class ChangedScopeType {
  @Field(() => ScopeTypeEnum, { description: 'TEAM or REP.' }) scopeType!: 'TEAM' | 'REP';
  @Field(() => ID) scopeId!: string;
  @Field() name!: string;
  @Field(() => DateScalar, { description: 'First day of the month.' }) month!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) sampleSize!: number;
  @Field(() => Float, { nullable: true, description: "The number the draft judges, on the draft's basis." })
  judgedAfter!: number | null;
  @Field(() => KpiStatusEnum) before!: KpiStatus;
  @Field(() => KpiStatusEnum) after!: KpiStatus;
}

@ObjectType('CorridorImpact', {
  description: "What a draft corridor would change in the last 12 complete months of the model's teams and reps.",
})
export class CorridorImpactType {
  @Field(() => [DateScalar], { description: 'First days of the 12 months, oldest first.' }) months!: string[];
  @Field(() => ImpactCountsType) teams!: ImpactCountsType;
  @Field(() => ImpactCountsType) reps!: ImpactCountsType;
  @Field(() => [ChangedScopeType], { description: 'Newest month first, then by name; at most 500.' })
  changedScopes!: ChangedScopeType[];
  @Field(() => Int, { description: 'Changed scopes left off beyond the first 500.' })
  changedScopesTruncated!: number;
}

@ObjectType('SuggestionPercentiles', { description: 'The percentiles of the team months, linearly interpolated.' })
export class SuggestionPercentilesType {
  @Field(() => Float) p10!: number;
  @Field(() => Float) p25!: number;
  @Field(() => Float) p75!: number;
  @Field(() => Float) p90!: number;
}

@ObjectType('CorridorSuggestion', {
  description:
    "Bands proposed from the model's own complete team months on a basis: acceptable from p25 (and/or up to p75), tolerated from p10 (and/or up to p90), one-sided unless both sides of the KPI matter.",
})
export class CorridorSuggestionType {
  @Field() businessModel!: string;
  @Field() kpi!: string;
  @Field(() => CorridorBasisEnum, { description: 'The basis the team months were judged on.' }) basis!: CorridorBasis;
  @Field(() => KpiDirectionEnum, { description: 'Which sides the suggestion sets.' }) direction!: KpiDirection;
  @Field(() => Int, {
    description:
      'Team months judged, of the last 24 complete months since the model has data (on VALUE those with sampleSize ≥ 1).',
  })
  basedOn!: number;
  @Field(() => Float, { nullable: true }) acceptableMin!: number | null;
  @Field(() => Float, { nullable: true }) acceptableMax!: number | null;
  @Field(() => Float, { nullable: true }) toleratedMin!: number | null;
  @Field(() => Float, { nullable: true }) toleratedMax!: number | null;
  @Field(() => SuggestionPercentilesType, { nullable: true, description: 'Null when there are too few team months.' })
  percentiles!: SuggestionPercentilesType | null;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'Why there are no bands; null when there are.' })
  reason!: string | null;
}
