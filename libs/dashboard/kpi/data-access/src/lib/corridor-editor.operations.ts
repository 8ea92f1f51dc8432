import { gql, type TypedDocumentNode } from 'apollo-angular';
import type { CorridorBasis } from '@salesdash/shared/domain';
import type { CorridorDto } from './corridor.models';
import { CORRIDOR_FIELDS } from './corridor.operations';
import type {
  CorridorAuditEntryDto,
  CorridorDraftInput,
  CorridorImpactDto,
  CorridorSuggestionDto,
  CorridorTrendPointDto,
  PublishCorridorInput,
} from './corridor-editor.models';
import type { KpiTrendFilter } from './kpi.models';

const SNAPSHOT_FIELDS = `
  version
  effectiveFrom
  acceptableMin
  acceptableMax
  toleratedMin
  toleratedMax
  minSampleSize
  rationale
  basis
`;

/** Who published which version of a model-wide corridor series and why, newest first. */
export const CORRIDOR_AUDIT_QUERY: TypedDocumentNode<
  { corridorAudit: CorridorAuditEntryDto[] },
  { businessModel: string; kpi: string }
> = gql`
  query CorridorAudit($businessModel: String!, $kpi: String!) {
    corridorAudit(businessModel: $businessModel, kpi: $kpi) {
      id
      occurredAt
      action
      actorName
      reason
      before { ${SNAPSHOT_FIELDS} }
      after { ${SNAPSHOT_FIELDS} }
    }
  }
`;

export const PUBLISH_CORRIDOR_MUTATION: TypedDocumentNode<
  { publishCorridor: CorridorDto },
  { input: PublishCorridorInput }
> = gql`
  mutation PublishCorridor($input: PublishCorridorInput!) {
    publishCorridor(input: $input) {
      ...CorridorFields
    }
  }
  ${CORRIDOR_FIELDS}
`;

const STATUS_COUNTS = 'NO_DATA NO_RANGE INSUFFICIENT_DATA ACCEPTABLE TOLERATED UNACCEPTABLE';
const IMPACT_COUNTS = `before { ${STATUS_COUNTS} } after { ${STATUS_COUNTS} } changed total`;

/** What a draft would change in the last 12 complete months, for the model's teams and reps. */
export const CORRIDOR_IMPACT_QUERY: TypedDocumentNode<
  { corridorImpact: CorridorImpactDto },
  { draft: CorridorDraftInput }
> = gql`
    query CorridorImpact($draft: CorridorDraftInput!) {
      corridorImpact(draft: $draft) {
        months
        teams { ${IMPACT_COUNTS} }
        reps { ${IMPACT_COUNTS} }
        changedScopes {
          scopeType
          scopeId
          name
          month
          value
          sampleSize
          judgedAfter
          before
          after
        }
        changedScopesTruncated
      }
    }
  `;

/** Bands proposed from the model's own history on a basis (a suggestion, not a policy). */
export const CORRIDOR_SUGGESTION_QUERY: TypedDocumentNode<
  { corridorSuggestion: CorridorSuggestionDto },
  { businessModel: string; kpi: string; basis: CorridorBasis }
> = gql`
  query CorridorSuggestion($businessModel: String!, $kpi: String!, $basis: CorridorBasis) {
    corridorSuggestion(businessModel: $businessModel, kpi: $kpi, basis: $basis) {
      businessModel
      kpi
      basis
      direction
      basedOn
      acceptableMin
      acceptableMax
      toleratedMin
      toleratedMax
      percentiles {
        p10
        p25
        p75
        p90
      }
      reason
    }
  }
`;

/**
 * The monthly points of one (KPI, model) with what judging them on any basis needs: the editor draws a
 * draft on a basis the corridors of those months may not have had.
 */
export const CORRIDOR_TREND_QUERY: TypedDocumentNode<
  { kpiTrend: { points: CorridorTrendPointDto[] }[] },
  { filter: KpiTrendFilter }
> = gql`
  query CorridorTrend($filter: KpiTrendFilter!) {
    kpiTrend(filter: $filter) {
      points {
        from
        to
        value
        sampleSize
        targetToDate
        reps
        months
      }
    }
  }
`;
