import { gql, type TypedDocumentNode } from 'apollo-angular';
import type { AccessDto, RegionDto, TeamDto } from './access.models';

export const MY_ACCESS_QUERY: TypedDocumentNode<{ myAccess: AccessDto }, Record<string, never>> = gql`
  query MyAccess {
    myAccess {
      role
      scope {
        type
        ids
        label
      }
      kpis {
        kpi
        grantedBy
      }
    }
  }
`;

export const REGIONS_QUERY: TypedDocumentNode<{ regions: RegionDto[] }, Record<string, never>> = gql`
  query Regions {
    regions {
      id
      name
    }
  }
`;

export const MY_TEAMS_QUERY: TypedDocumentNode<{ myTeams: TeamDto[] }, Record<string, never>> = gql`
  query MyTeams {
    myTeams {
      id
      name
      regionId
      regionName
      reps {
        id
        displayName
      }
    }
  }
`;
