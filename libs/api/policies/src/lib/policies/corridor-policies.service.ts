import { Injectable } from '@nestjs/common';
import { AnswerCache, type DataVersions } from '@salesdash/api/platform';
import { DataSource } from 'typeorm';
import type { CorridorBasis, CorridorBounds, PolicyVersion } from '@salesdash/shared/domain';
import { selectRows } from '../sql-rows';

/** A version as status judging needs it: which series, when in force, the bands. */
export interface PolicyBands extends PolicyVersion, CorridorBounds {
  readonly minSampleSize: number;
  readonly basis: CorridorBasis;
}

const MODEL_WIDE_VERSIONS_SQL = `
SELECT business_model AS "businessModel", kpi, segment, version, effective_from::text AS "effectiveFrom",
       acceptable_min AS "acceptableMin", acceptable_max AS "acceptableMax",
       tolerated_min AS "toleratedMin", tolerated_max AS "toleratedMax", min_sample_size AS "minSampleSize",
       basis
FROM corridor_policy
WHERE business_model = ANY($1) AND kpi = ANY($2) AND segment IS NULL`;

/** Loads the corridor versions a KPI request judges its values against, in one statement. */
@Injectable()
export class CorridorPolicies {
  private readonly byVersion = new AnswerCache<readonly PolicyBands[]>(200);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every model-wide version of the given models and KPIs: the caller picks the one in force per
   * period with policyInForce (KPI requests have no segment filter, so segment series never apply).
   * Kept under the corridors' version when the caller has read the versions first.
   */
  modelWideVersions(
    businessModels: readonly string[],
    kpis: readonly string[],
    versions?: DataVersions,
  ): Promise<readonly PolicyBands[]> {
    const read = () => selectRows<PolicyBands>(this.dataSource, MODEL_WIDE_VERSIONS_SQL, [businessModels, kpis]);
    return versions ? this.byVersion.answer(JSON.stringify([versions.corridors, businessModels, kpis]), read) : read();
  }
}
