import { Field, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('BusinessModel', {
  description: 'A business model; retired ones keep their data and corridors and still appear in KPI values.',
})
export class BusinessModelType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: 'Retired by controlling: no new corridors until reinstated.' }) retired!: boolean;
  @Field(() => Date, { nullable: true }) retiredAt!: Date | null;
}

@InputType('BusinessModelInput', {
  description: 'A business model as a whole: creating sets it, updating replaces name and description.',
})
export class BusinessModelInput {
  @Field({ description: 'Capital letters, digits and _ (e.g. PREMIUM_FINANCING); fixed once created.' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'May be empty.' }) description!: string;
}
