import { gql, type TypedDocumentNode } from 'apollo-angular';
import type { CorridorDto } from './corridor.models';
import type { CorridorAuditEntryDto, PublishCorridorInput } from './corridor-editor.models';

const SNAPSHOT_FIELDS = `
  version
  effectiveFrom
  acceptableMin
  acceptableMax
  toleratedMin
  toleratedMax
  minSampleSize
  rationale
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
      id
      businessModel
      kpi
      segment
      version
      effectiveFrom
      acceptableMin
      acceptableMax
      toleratedMin
      toleratedMax
      minSampleSize
      rationale
      publishedAt
      publishedBy
      description
    }
  }
`;
