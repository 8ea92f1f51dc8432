import { gql, type TypedDocumentNode } from 'apollo-angular';
import type {
  BusinessModelDto,
  KpiDefinitionDto,
  KpiFilter,
  KpiSeriesDto,
  KpiTrendFilter,
  KpiValueDto,
} from './kpi.models';

export const KPI_CATALOGUE_QUERY: TypedDocumentNode<{ kpiCatalogue: KpiDefinitionDto[] }, Record<string, never>> = gql`
  query KpiCatalogue {
    kpiCatalogue {
      code
      name
      unit
      stage
      ownerRoles
      description
      sampleSizeOf
      direction
      directionReason
      allowedBases
    }
  }
`;

export const BUSINESS_MODELS_QUERY: TypedDocumentNode<
  { businessModels: BusinessModelDto[] },
  Record<string, never>
> = gql`
  query BusinessModels {
    businessModels {
      code
      name
      description
    }
  }
`;

export const KPI_VALUES_QUERY: TypedDocumentNode<{ kpiValues: KpiValueDto[] }, { filter: KpiFilter }> = gql`
  query KpiValues($filter: KpiFilter!) {
    kpiValues(filter: $filter) {
      kpi
      businessModel
      value
      sampleSize
      status
      target
      policyVersion
      basis
      judgedValue
      targetToDate
      forecast
      pace
      reps
      months
    }
  }
`;

export const KPI_TREND_QUERY: TypedDocumentNode<{ kpiTrend: KpiSeriesDto[] }, { filter: KpiTrendFilter }> = gql`
  query KpiTrend($filter: KpiTrendFilter!) {
    kpiTrend(filter: $filter) {
      kpi
      businessModel
      points {
        from
        to
        value
        sampleSize
        status
        target
        policyVersion
        basis
        judgedValue
        targetToDate
        forecast
        pace
        reps
        months
      }
    }
  }
`;
