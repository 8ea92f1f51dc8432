import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TARGET_SCOPE_TYPES, type TargetScopeType } from './target-cells';

export const TargetScopeTypeEnum = Object.fromEntries(TARGET_SCOPE_TYPES.map((type) => [type, type])) as Record<
  TargetScopeType,
  TargetScopeType
>;
registerEnumType(TargetScopeTypeEnum, {
  name: 'TargetScopeType',
  description: 'Whose target a row holds: a rep, or the team (a TEAM target replaces the sum of its reps’).',
});

@ObjectType('TargetGridRow')
export class TargetGridRowType {
  @Field(() => TargetScopeTypeEnum) scopeType!: TargetScopeType;
  @Field(() => ID) scopeId!: string;
  @Field() name!: string;
  @Field({ description: 'False for a deactivated rep, listed while they hold a target in these months.' })
  active!: boolean;
  @Field(() => [Float], { nullable: 'items', description: 'One per month of the grid; null: no target.' })
  values!: (number | null)[];
}

@ObjectType('TargetGrid', { description: "A team's targets of one KPI and business model, month by month." })
export class TargetGridType {
  @Field(() => ID) teamId!: string;
  @Field() teamName!: string;
  @Field() businessModel!: string;
  @Field() kpi!: string;
  @Field({ description: 'EUR (to the cent) or COUNT (whole numbers).' }) unit!: string;
  @Field(() => [String], { description: 'The months, YYYY-MM, oldest first.' }) months!: string[];
  @Field(() => [TargetGridRowType], { description: 'The reps of the team, by name.' }) reps!: TargetGridRowType[];
  @Field(() => TargetGridRowType, { description: "The team's own TEAM targets (null values where it has none)." })
  team!: TargetGridRowType;
  @Field({ description: 'Some team has TEAM targets for this KPI and business model.' }) usesTeamTargets!: boolean;
  @Field({ description: 'The caller may save this grid.' }) editable!: boolean;
}

@InputType('TargetGridRequest')
export class TargetGridQueryInput {
  @Field(() => ID) teamId!: string;
  @Field() businessModel!: string;
  @Field({ description: 'NEW_LEADS, WON_DEALS, WON_VOLUME or ACTIVITIES.' }) kpi!: string;
  @Field({ description: 'The first month, YYYY-MM.' }) firstMonth!: string;
  @Field(() => Int, { description: 'How many months, 1–24.' }) months!: number;
}

@InputType('TargetCellInput')
export class TargetCellInput {
  @Field(() => TargetScopeTypeEnum) scopeType!: TargetScopeType;
  @Field(() => ID) scopeId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Float, { nullable: true, description: 'Null: no target for that month.' }) value?: number | null;
}

@InputType('SaveTargetGridInput', {
  description:
    'The changed cells of a grid, with every cell as the editor loaded it: when any of those differs from what is stored now, the save is a CONFLICT and nothing changes.',
})
export class SaveTargetGridInput extends TargetGridQueryInput {
  @Field(() => [TargetCellInput], { description: 'Every cell of the grid as loaded (reps, then the team).' })
  base!: TargetCellInput[];
  @Field(() => [TargetCellInput], { description: 'The cells to set.' }) changes!: TargetCellInput[];
  @Field(() => String, { nullable: true, description: 'Why, for the audit trail (optional).' }) reason?: string | null;
}

@ObjectType('TargetGridSaved')
export class TargetGridSavedType {
  @Field(() => Int, { description: 'Cells whose target changed.' }) changedCells!: number;
  @Field(() => TargetGridType) grid!: TargetGridType;
}
