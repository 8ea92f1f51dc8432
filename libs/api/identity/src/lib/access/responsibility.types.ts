import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, RoleEnum } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';

@ObjectType('ResponsibilityChange', { description: 'One audited change of one cell of the responsibility matrix.' })
export class ResponsibilityChangeType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => RoleEnum) role!: Role;
  @Field() kpi!: string;
  @Field({ description: 'True when the change granted the KPI, false when it revoked it.' }) granted!: boolean;
  @Field(() => ID, { nullable: true, description: 'Null when the system made the change.' })
  actorUserId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('ResponsibilityCell')
export class ResponsibilityCellType {
  @Field(() => RoleEnum) role!: Role;
  @Field() kpi!: string;
  @Field({ description: 'Whether the role is responsible for (and sees) the KPI.' }) granted!: boolean;
  @Field({ description: 'True for the ADMIN row: administrators see every KPI, to support everyone.' })
  fixed!: boolean;
  @Field(() => ResponsibilityChangeType, { nullable: true, description: 'The latest change of this cell, if any.' })
  lastChange!: ResponsibilityChangeType | null;
}

@ObjectType('ResponsibilityKpi')
export class ResponsibilityKpiType {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'Journey stage, or ANY for the customer voice along the whole journey.' }) stage!: string;
}

@ObjectType('ResponsibilityMatrix', { description: 'Which role is responsible for (and sees) which KPI.' })
export class ResponsibilityMatrixType {
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => [ResponsibilityKpiType], { description: 'Every KPI, in catalogue (journey) order.' })
  kpis!: ResponsibilityKpiType[];
  @Field(() => [ResponsibilityCellType], { description: 'Every role × every KPI, by KPI then role.' })
  cells!: ResponsibilityCellType[];
}

@InputType('ResponsibilityChangeInput')
export class ResponsibilityChangeInput {
  @Field({ description: 'A role other than ADMIN, e.g. MARKETING.' }) role!: string;
  @Field({ description: 'A KPI code, e.g. NEW_LEADS.' }) kpi!: string;
  @Field({ description: 'True to grant the KPI to the role, false to revoke it.' }) granted!: boolean;
}
