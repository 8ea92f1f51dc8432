import { gql, type TypedDocumentNode } from 'apollo-angular';
import type { IsoDate } from '@salesdash/shared/domain';
import type { CorridorDto } from './corridor.models';

/** Every field of a corridor the dashboard shows; shared by the queries and the publish mutation. */
export const CORRIDOR_FIELDS = gql`
  fragment CorridorFields on Corridor {
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
    basis
    publishedAt
    publishedBy
    description
  }
`;

/** The corridors in force on a day (default today); absent filters mean every model or KPI. */
export const CORRIDORS_QUERY: TypedDocumentNode<
  { corridors: CorridorDto[] },
  { businessModel?: string | null; kpi?: string | null; onDate?: IsoDate | null }
> = gql`
  query Corridors($businessModel: String, $kpi: String, $onDate: Date) {
    corridors(businessModel: $businessModel, kpi: $kpi, onDate: $onDate) {
      ...CorridorFields
    }
  }
  ${CORRIDOR_FIELDS}
`;

/** Every version of one corridor, newest first. */
export const CORRIDOR_HISTORY_QUERY: TypedDocumentNode<
  { corridorHistory: CorridorDto[] },
  { businessModel: string; kpi: string; segment?: string | null }
> = gql`
  query CorridorHistory($businessModel: String!, $kpi: String!, $segment: String) {
    corridorHistory(businessModel: $businessModel, kpi: $kpi, segment: $segment) {
      ...CorridorFields
    }
  }
  ${CORRIDOR_FIELDS}
`;
