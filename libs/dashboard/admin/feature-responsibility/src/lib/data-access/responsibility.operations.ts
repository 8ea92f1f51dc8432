import { gql, type TypedDocumentNode } from 'apollo-angular';
import type {
  ResponsibilityChangeDto,
  ResponsibilityChangeInput,
  ResponsibilityMatrixDto,
} from './responsibility.models';

const CHANGE_FIELDS = gql`
  fragment ResponsibilityChangeFields on ResponsibilityChange {
    id
    at
    role
    kpi
    granted
    actorUserId
    actorName
    reason
  }
`;

const MATRIX_FIELDS = gql`
  fragment ResponsibilityMatrixFields on ResponsibilityMatrix {
    roles
    kpis {
      code
      name
      stage
    }
    cells {
      role
      kpi
      granted
      fixed
      lastChange {
        ...ResponsibilityChangeFields
      }
    }
  }
  ${CHANGE_FIELDS}
`;

export const RESPONSIBILITY_MATRIX_QUERY: TypedDocumentNode<
  { responsibilityMatrix: ResponsibilityMatrixDto },
  Record<string, never>
> = gql`
  query ResponsibilityMatrix {
    responsibilityMatrix {
      ...ResponsibilityMatrixFields
    }
  }
  ${MATRIX_FIELDS}
`;

export const RESPONSIBILITY_HISTORY_QUERY: TypedDocumentNode<
  { responsibilityHistory: ResponsibilityChangeDto[] },
  { limit: number }
> = gql`
  query ResponsibilityHistory($limit: Int!) {
    responsibilityHistory(limit: $limit) {
      ...ResponsibilityChangeFields
    }
  }
  ${CHANGE_FIELDS}
`;

export const UPDATE_RESPONSIBILITIES_MUTATION: TypedDocumentNode<
  { updateResponsibilities: ResponsibilityMatrixDto },
  { changes: readonly ResponsibilityChangeInput[]; reason: string }
> = gql`
  mutation UpdateResponsibilities($changes: [ResponsibilityChangeInput!]!, $reason: String!) {
    updateResponsibilities(changes: $changes, reason: $reason) {
      ...ResponsibilityMatrixFields
    }
  }
  ${MATRIX_FIELDS}
`;
