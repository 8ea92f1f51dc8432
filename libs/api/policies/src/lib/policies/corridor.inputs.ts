import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { CorridorBasisEnum, DateScalar } from '@salesdash/api/platform';
import type { CorridorBasis } from '@salesdash/shared/domain';

@InputType('PublishCorridorInput', {
  description: 'A new version of a corridor: every field of Corridor but id and version, plus the version it replaces.',
})
export class PublishCorridorInput {
  @Field() businessModel!: string;
  @Field() kpi!: string;
  @Field(() => String, { nullable: true, description: 'A customer segment; null for the model-wide corridor.' })
  segment?: string | null;
  @Field(() => DateScalar, { description: 'First day the version is in force (a future date is allowed).' })
  effectiveFrom!: string;
  @Field(() => Float, { nullable: true }) acceptableMin?: number | null;
  @Field(() => Float, { nullable: true }) acceptableMax?: number | null;
  @Field(() => Float, { nullable: true }) toleratedMin?: number | null;
  @Field(() => Float, { nullable: true }) toleratedMax?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 1.' }) minSampleSize?: number | null;
  @Field({ description: 'Why this corridor fits the business model; required.' }) rationale!: string;
  @Field(() => CorridorBasisEnum, {
    nullable: true,
    description:
      'Which number the bands judge (docs/corridors.md#basis); default VALUE. Only the bases the KPI allows.',
  })
  basis?: CorridorBasis | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The latest version the editor started from; null for a new series. A stale one is a CONFLICT.',
  })
  expectedVersion?: number | null;
}
