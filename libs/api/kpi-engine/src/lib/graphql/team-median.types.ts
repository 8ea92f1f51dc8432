import { Field, Float, InputType, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar } from '@salesdash/api/platform';
import { KpiTrendFilterInput } from './kpi.types';
import { MIN_COLLEAGUES_FOR_MEDIAN, type TeamMedianUnavailable, TEAM_MEDIAN_UNAVAILABLE } from '../team-median';

export const TeamMedianUnavailableEnum = Object.fromEntries(TEAM_MEDIAN_UNAVAILABLE.map((value) => [value, value])) as {
  [K in TeamMedianUnavailable]: K;
};

registerEnumType(TeamMedianUnavailableEnum, {
  name: 'TeamMedianUnavailable',
  description: "Why a team median is withheld (null): it would reveal a colleague's own value.",
  valuesMap: {
    TOO_FEW_COLLEAGUES: {
      description:
        `Fewer than ${MIN_COLLEAGUES_FOR_MEDIAN} colleagues (the caller not counted) have a value in the period: ` +
        'the median of one is their value, of two their mean.',
    },
    ALL_EQUAL: { description: "All colleagues have the same value, so the median would be each one's value." },
    NO_TEAM: { description: 'The caller belongs to no team.' },
  },
});

@InputType('TeamMedianFilter', { description: 'A KpiFilter without scope: the team is always the caller’s own.' })
export class TeamMedianFilterInput {
  @Field(() => DateScalar, { description: 'First day of the period (inclusive, UTC).' }) from!: string;
  @Field(() => DateScalar, { description: 'Day after the period (exclusive, UTC).' }) to!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Cut-off for cohort KPIs; default now.' })
  asOf?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Default: all business models.' })
  businessModels?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Default: every KPI the caller may see.' })
  kpis?: string[] | null;
}

@ObjectType('TeamMedian', {
  description:
    "The anonymous median of one KPI and business model over the caller's colleagues (the other reps of their " +
    "team), never any rep's own figure.",
})
export class TeamMedianType {
  @Field() kpi!: string;
  @Field() businessModel!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "The median of the per-rep values (each rep's KPI as kpiValues gives it for that rep) over the caller's " +
      "colleagues with a value, the caller's own value left out: for an odd count the middle value, for an even " +
      `count the mean of the two middle values. Null, with unavailableReason, when fewer than ${MIN_COLLEAGUES_FOR_MEDIAN} ` +
      'colleagues have a value or all of them have the same value.',
  })
  median!: number | null;
  @Field(() => Int, {
    description: 'How many colleagues (the caller not counted) have a value, i.e. what the median is based on.',
  })
  colleagueCount!: number;
  @Field(() => TeamMedianUnavailableEnum, { nullable: true, description: 'Set exactly when median is null.' })
  unavailableReason!: TeamMedianUnavailable | null;
}

@InputType('TeamMedianTrendFilter', {
  description: 'A KpiTrendFilter without scope: the team is always the caller’s own.',
})
export class TeamMedianTrendFilterInput extends PickType(
  KpiTrendFilterInput,
  ['to', 'months', 'asOf', 'businessModels', 'kpis'] as const,
  InputType,
) {}

@ObjectType('TeamMedianPoint', { description: 'The team median of one calendar month, by the rules of TeamMedian.' })
export class TeamMedianPointType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Int) colleagueCount!: number;
  @Field(() => TeamMedianUnavailableEnum, { nullable: true }) unavailableReason!: TeamMedianUnavailable | null;
}

@ObjectType('TeamMedianSeries', { description: 'Monthly team medians of one KPI and business model, oldest first.' })
export class TeamMedianSeriesType {
  @Field() kpi!: string;
  @Field() businessModel!: string;
  @Field(() => [TeamMedianPointType]) points!: TeamMedianPointType[];
}
