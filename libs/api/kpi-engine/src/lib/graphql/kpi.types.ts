import { Field, Float, ID, InputType, Int, ObjectType, PickType } from '@nestjs/graphql';
import {
  CorridorBasisEnum,
  DateScalar,
  DateTimeScalar,
  KpiDirectionEnum,
  KpiStatusEnum,
  PaceEnum,
  KpiUnitEnum,
  RoleEnum,
  ScopeInput,
  ScopeTypeEnum,
} from '@salesdash/api/platform';
import type { CorridorBasis, KpiDirection, KpiStatus, KpiUnit, Pace, Role, ScopeType } from '@salesdash/shared/domain';

@ObjectType('KpiDefinition')
export class KpiDefinitionType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => KpiUnitEnum) unit!: KpiUnit;
  @Field({ description: 'Journey stage, or ANY for the customer voice along the whole journey.' }) stage!: string;
  @Field(() => [RoleEnum]) ownerRoles!: Role[];
  @Field() description!: string;
  @Field({ description: 'What sampleSize counts for this KPI.' }) sampleSizeOf!: string;
  @Field(() => KpiDirectionEnum) direction!: KpiDirection;
  @Field(() => String, { nullable: true, description: 'For BOTH_SIDES: what goes wrong on each side.' })
  directionReason!: string | null;
  @Field(() => [CorridorBasisEnum], {
    description: 'The bases a corridor of this KPI may use (docs/corridors.md#basis).',
  })
  allowedBases!: CorridorBasis[];
}

/** ScopeInput lives in the platform, shared with the other libraries' filters; re-exported for this library's users. */
export { ScopeInput };

@InputType('KpiFilter')
export class KpiFilterInput {
  @Field(() => DateScalar, { description: 'First day of the period (inclusive, UTC).' }) from!: string;
  @Field(() => DateScalar, { description: 'Day after the period (exclusive, UTC).' }) to!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Cut-off for cohort KPIs; default now.' })
  asOf?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Default: all business models.' })
  businessModels?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Default: every KPI the caller may see.' })
  kpis?: string[] | null;
  @Field(() => ScopeInput, { nullable: true, description: "Default: the caller's widest allowed scope." })
  scope?: ScopeInput | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Also measure each value in the period before and a year earlier (KpiValue.change); default false.',
  })
  withChange?: boolean | null;
}

@InputType('KpiScopesFilter', {
  description: 'The filter of kpiValues for several scopes of one level at once, each measured on its own.',
})
export class KpiScopesFilterInput extends PickType(
  KpiFilterInput,
  ['from', 'to', 'asOf', 'businessModels', 'kpis', 'withChange'] as const,
  InputType,
) {
  @Field(() => ScopeTypeEnum, { description: 'REGION, TEAM or REP: the level of every id.' }) level!: ScopeType;
  @Field(() => [ID], { description: "Distinct ids of that level, each inside the caller's rows; at most 200." })
  ids!: string[];
}

@InputType('KpiTrendFilter')
export class KpiTrendFilterInput {
  @Field(() => DateScalar, {
    description: 'End of the trend (exclusive); the last month is the one holding to − 1 day.',
  })
  to!: string;
  @Field(() => Int, { nullable: true, description: 'Whole calendar months, 1–36; default 12.' })
  months?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) asOf?: Date | null;
  @Field(() => [String], { nullable: true }) businessModels?: string[] | null;
  @Field(() => [String], { nullable: true }) kpis?: string[] | null;
  @Field(() => ScopeInput, { nullable: true }) scope?: ScopeInput | null;
}

/**
 * What a value and a trend point share: the figure, its target, and how it stands (docs/kpis.md#running-periods,
 * docs/corridors.md#basis).
 */
@ObjectType({ isAbstract: true })
abstract class KpiFigures {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) sampleSize!: number;
  @Field(() => KpiStatusEnum) status!: KpiStatus;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Version of the corridor the status was judged against (the one in force on the last day).',
  })
  policyVersion!: number | null;
  @Field(() => CorridorBasisEnum, { nullable: true, description: 'Basis of the corridor in force; null without one.' })
  basis!: CorridorBasis | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'The number the corridor judged (docs/corridors.md#basis); null without a corridor or when its basis gives none.',
  })
  judgedValue!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'The target of the part of the period elapsed by asOf (docs/kpis.md#target-to-date); the target once it has ended.',
  })
  targetToDate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'NEW_LEADS, WON_DEALS, WON_VOLUME, ACTIVITIES: the value at the period end at the rate so far.',
  })
  forecast!: number | null;
  @Field(() => PaceEnum, {
    nullable: true,
    description: 'Value against the target to date (QUOTA_ATTAINMENT: WON_VOLUME against its own); null without one.',
  })
  pace!: Pace | null;
  @Field(() => Int, { description: 'SALES_REP users whose team lies in the scope (1 for a rep), for PER_REP_MONTH.' })
  reps!: number;
  @Field(() => Float, {
    description: 'Calendar months elapsed of the period by asOf (1 for PIPELINE_VALUE, a stock), for PER_REP_MONTH.',
  })
  months!: number;
}

@ObjectType('KpiComparedValue', { description: 'The same KPI, model and scope in a period it is compared with.' })
export class KpiComparedValueType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) sampleSize!: number;
}

@ObjectType('KpiChange', {
  description:
    'A value against the period of equal length before and the same period a year earlier; while the period runs, each cut to as many days (like for like).',
})
export class KpiChangeType {
  @Field(() => KpiComparedValueType) previous!: KpiComparedValueType;
  @Field(() => KpiComparedValueType) lastYear!: KpiComparedValueType;
}

@ObjectType('KpiValue')
export class KpiValueType extends KpiFigures {
  @Field() kpi!: string;
  @Field() businessModel!: string;
  @Field(() => KpiChangeType, { nullable: true, description: 'Only when the filter asks withChange.' })
  change?: KpiChangeType | null;
}

@ObjectType('KpiScopeValues', { description: 'The values of one scope of a kpiValuesByScope request.' })
export class KpiScopeValuesType {
  @Field(() => ScopeTypeEnum) scopeType!: ScopeType;
  @Field(() => ID) scopeId!: string;
  @Field(() => [KpiValueType], { description: 'One row per (KPI, business model), as kpiValues answers.' })
  values!: KpiValueType[];
}

@ObjectType('KpiPoint', {
  description: 'One calendar month of a trend; a running month is judged on its elapsed part.',
})
export class KpiPointType extends KpiFigures {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

@ObjectType('KpiSeries')
export class KpiSeriesType {
  @Field() kpi!: string;
  @Field() businessModel!: string;
  @Field(() => [KpiPointType]) points!: KpiPointType[];
}
