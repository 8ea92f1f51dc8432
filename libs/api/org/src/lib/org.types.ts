import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('RegionSummary')
export class RegionSummaryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('RepSummary')
export class RepSummaryType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('TeamSummary')
export class TeamSummaryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) regionId!: string;
  @Field() regionName!: string;
  @Field(() => [RepSummaryType]) reps!: RepSummaryType[];
}
