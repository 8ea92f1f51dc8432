import { gql, type TypedDocumentNode } from 'apollo-angular';
import type { TeamMedianDto, TeamMedianFilter } from './team-median.models';

export const TEAM_MEDIANS_QUERY: TypedDocumentNode<{ teamMedians: TeamMedianDto[] }, { filter: TeamMedianFilter }> =
  gql`
    query TeamMedians($filter: TeamMedianFilter!) {
      teamMedians(filter: $filter) {
        kpi
        businessModel
        median
        colleagueCount
        unavailableReason
      }
    }
  `;
