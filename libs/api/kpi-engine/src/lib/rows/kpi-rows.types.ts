import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  DateScalar,
  DateTimeScalar,
  KpiRowKindEnum,
  KpiRowMeasureEnum,
  KpiRowOrderEnum,
  KpiRowOutcomeEnum,
  ScopeTypeEnum,
} from '@salesdash/api/platform';
import type { KpiRowKind, KpiRowMeasure, KpiRowOrder, KpiRowOutcome, ScopeType } from '@salesdash/shared/domain';
import { ScopeInput } from '../graphql/kpi.types';

export const DEFAULT_ROWS_LIMIT = 50;
export const MAX_ROWS_LIMIT = 200;

@InputType('KpiRowsFilter', {
  description: 'One KPI value (KPI, business model, period, scope, asOf) whose rows to list.',
})
export class KpiRowsFilterInput {
  @Field() kpi!: string;
  @Field() businessModel!: string;
  @Field(() => DateScalar, { description: 'First day of the period (inclusive, UTC).' }) from!: string;
  @Field(() => DateScalar, { description: 'Day after the period (exclusive, UTC).' }) to!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Cut-off for cohort KPIs; default now.' })
  asOf?: Date | null;
  @Field(() => ScopeInput, { nullable: true, description: "Default: the caller's widest allowed scope." })
  scope?: ScopeInput | null;
  @Field(() => Int, { nullable: true, description: 'Rows to skip; default 0.' }) offset?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Rows of the page, 1–${MAX_ROWS_LIMIT}; default ${DEFAULT_ROWS_LIMIT}.`,
  })
  limit?: number | null;
  @Field(() => KpiRowOrderEnum, {
    nullable: true,
    description: 'Default AT (the instant that puts a row in the period).',
  })
  orderBy?: KpiRowOrder | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true: newest, largest first.' })
  descending?: boolean | null;
}

@ObjectType('KpiRow', { description: 'One deal, stage event, interaction or feedback a KPI value counts.' })
export class KpiRowType {
  @Field(() => ID, { description: "The row's own id (the deal's, event's, interaction's or feedback's)." })
  rowId!: string;
  @Field(() => ID) dealId!: string;
  @Field() customerId!: string;
  @Field() businessModel!: string;
  @Field(() => ID, { description: "The deal's rep: the scope a row counts for." }) repId!: string;
  @Field() repName!: string;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => DateTimeScalar, { description: 'The instant that puts the row into the period (a deal: its creation).' })
  at!: Date;
  @Field(() => String, {
    nullable: true,
    description:
      "An event's or feedback's stage; for a deal, the latest stage it had reached (by asOf; for the pipeline, by the period end).",
  })
  stage!: string | null;
  @Field(() => String, { nullable: true, description: "An interaction's or feedback's touchpoint; a deal's source." })
  touchpoint!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "The deal's amount (EUR); null for a role that sees no amount KPI.",
  })
  amount!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'What the row brings into a mean or median (unit: KpiRows.measure).',
  })
  measure!: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Where a measured duration starts (created, or won).' })
  startedAt!: Date | null;
  @Field(() => KpiRowOutcomeEnum, { nullable: true }) outcome!: KpiRowOutcome | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the outcome happened: the OPPORTUNITY, DEFAULTED or recovering feedback.',
  })
  outcomeAt!: Date | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('KpiRowOutcomeCount')
export class KpiRowOutcomeCountType {
  @Field(() => KpiRowOutcomeEnum) outcome!: KpiRowOutcome;
  @Field(() => Int) rows!: number;
}

@ObjectType('KpiRows', { description: 'The rows behind one KPI value: total is the value’s sampleSize.' })
export class KpiRowsType {
  @Field() kpi!: string;
  @Field() businessModel!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => DateTimeScalar) asOf!: Date;
  @Field(() => ScopeTypeEnum) scopeType!: ScopeType;
  @Field(() => ID, { nullable: true }) scopeId!: string | null;
  @Field(() => KpiRowKindEnum) kind!: KpiRowKind;
  @Field(() => KpiRowMeasureEnum, { nullable: true }) measure!: KpiRowMeasure | null;
  @Field(() => Int, { description: 'Every row of the value (its sampleSize), not only this page.' }) total!: number;
  @Field(() => [KpiRowOutcomeCountType], { description: 'How the rows split by outcome (rate and score KPIs).' })
  outcomes!: KpiRowOutcomeCountType[];
  @Field({ description: 'True when amounts are left out: the role sees no KPI in EUR.' }) amountsHidden!: boolean;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
  @Field(() => [KpiRowType]) rows!: KpiRowType[];
}
