import { Field, ID, InputType } from '@nestjs/graphql';
import type { ScopeType } from '@salesdash/shared/domain';
import { ScopeTypeEnum } from './enums';

/** Whose rows a request covers: the company, a region, a team or a rep (docs/kpis.md#filters). */
@InputType('ScopeInput')
export class ScopeInput {
  @Field(() => ScopeTypeEnum) type!: ScopeType;
  @Field(() => ID, { nullable: true }) id?: string | null;
}
