import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CorridorBasisEnum, DateScalar } from '@salesdash/api/platform';
import type { CorridorBasis } from '@salesdash/shared/domain';

@ObjectType('Corridor', {
  description: 'One version of a corridor policy (docs/corridors.md#versions); bounds inclusive, null = open.',
})
export class CorridorType {
  @Field(() => ID) id!: string;
  @Field() businessModel!: string;
  @Field() kpi!: string;
  @Field(() => String, { nullable: true, description: 'Null for the model-wide corridor.' }) segment!: string | null;
  @Field(() => Int, { description: 'Numbered from 1 per (business model, KPI, segment).' }) version!: number;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => Float, { nullable: true }) acceptableMin!: number | null;
  @Field(() => Float, { nullable: true }) acceptableMax!: number | null;
  @Field(() => Float, { nullable: true }) toleratedMin!: number | null;
  @Field(() => Float, { nullable: true }) toleratedMax!: number | null;
  @Field(() => Int, { description: 'Not checked on the bases PER_REP_MONTH and SHARE_OF_TARGET (§5.1).' })
  minSampleSize!: number;
  @Field() rationale!: string;
  @Field(() => CorridorBasisEnum, { description: 'Which number the bands judge (docs/corridors.md#basis).' })
  basis!: CorridorBasis;
  @Field() publishedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Display name of the publisher; null for the system.' })
  publishedBy!: string | null;
  @Field({ description: 'The corridor in words, e.g. "acceptable 10–35 days, tolerated 5–45 days".' })
  description!: string;
}

@ObjectType('CorridorSnapshot', { description: 'What an editor chose for one version, as the audit log keeps it.' })
export class CorridorSnapshotType {
  @Field(() => Int) version!: number;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => Float, { nullable: true }) acceptableMin!: number | null;
  @Field(() => Float, { nullable: true }) acceptableMax!: number | null;
  @Field(() => Float, { nullable: true }) toleratedMin!: number | null;
  @Field(() => Float, { nullable: true }) toleratedMax!: number | null;
  @Field(() => Int) minSampleSize!: number;
  @Field() rationale!: string;
  @Field(() => CorridorBasisEnum, { description: 'VALUE for versions audited before bases existed.' })
  basis!: CorridorBasis;
}

@ObjectType('CorridorAuditEntry', {
  description: 'One published version of a corridor series and the one it replaced.',
})
export class CorridorAuditEntryType {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field({ description: 'corridor.publish' }) action!: string;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Null for the system itself (the demo seed).' })
  actorName!: string | null;
  @Field(() => String, { nullable: true, description: 'The rationale of the new version.' }) reason!: string | null;
  @Field(() => CorridorSnapshotType, { nullable: true, description: 'Null for the first version of a series.' })
  before!: CorridorSnapshotType | null;
  @Field(() => CorridorSnapshotType, { nullable: true }) after!: CorridorSnapshotType | null;
}
