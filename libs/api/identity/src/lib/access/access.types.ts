import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum, ScopeTypeEnum } from '@salesdash/api/platform';
import type { Role, ScopeType } from '@salesdash/shared/domain';

@ObjectType('ScopeSummary', { description: "The caller's default (widest) row scope." })
export class ScopeSummaryType {
  @Field(() => ScopeTypeEnum) type!: ScopeType;
  @Field(() => [ID], { nullable: true, description: 'Null for the whole company.' }) ids!: string[] | null;
  @Field({ description: 'The scope in words, e.g. "Teams you manage: North 1".' }) label!: string;
}

@ObjectType('KpiGrant')
export class KpiGrantType {
  @Field() kpi!: string;
  @Field({ description: 'The responsibility that lets the caller see this KPI.' }) grantedBy!: string;
}

@ObjectType('Access', { description: 'Why the caller sees what they see: role, rows and KPIs.' })
export class AccessType {
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ScopeSummaryType) scope!: ScopeSummaryType;
  @Field(() => [KpiGrantType]) kpis!: KpiGrantType[];
}
