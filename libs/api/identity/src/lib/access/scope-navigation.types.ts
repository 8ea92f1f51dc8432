import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ScopeTypeEnum } from '@salesdash/api/platform';
import type { ScopeType } from '@salesdash/shared/domain';

@ObjectType('ScopeCrumb')
export class ScopeCrumbType {
  @Field(() => ScopeTypeEnum) type!: ScopeType;
  @Field(() => ID, { nullable: true, description: "Null for the company and for a sales manager's teams together." })
  id!: string | null;
  @Field(() => String, { nullable: true, description: 'Null for the company.' }) name!: string | null;
}

@ObjectType('ScopeNavigation', {
  description:
    'Where a scope sits (company › region › team › rep) and the scopes below it, as far as the caller may open them.',
})
export class ScopeNavigationType {
  @Field(() => [ScopeCrumbType], { description: 'From the widest scope the caller may open down to this one.' })
  path!: ScopeCrumbType[];
  @Field(() => [ScopeCrumbType], { description: 'The regions of the company, teams of a region, or people of a team.' })
  children!: ScopeCrumbType[];
}
