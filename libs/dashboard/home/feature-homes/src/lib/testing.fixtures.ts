import type { BusinessModelDto, KpiDefinitionDto, KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { DEFAULT_RESPONSIBILITY, KPI_CATALOGUE, ownerRoles, type Role } from '@salesdash/shared/domain';

/** The API's catalogue for a role: its default KPIs in journey order. */
export function catalogueFor(role: Role): KpiDefinitionDto[] {
  return [...KPI_CATALOGUE.values()]
    .filter((d) => DEFAULT_RESPONSIBILITY[role].includes(d.code))
    .map((d) => ({
      code: d.code,
      name: d.name,
      unit: d.unit,
      stage: d.stage,
      ownerRoles: ownerRoles(d.code),
      description: d.description,
      sampleSizeOf: d.sampleSizeOf,
    }));
}

export const MODELS: BusinessModelDto[] = [
  { code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' },
  { code: 'PREMIUM_FINANCING', name: 'Premium financing', description: '' },
];

export function value(kpi: string, businessModel: string, v: number | null, target: number | null = null): KpiValueDto {
  return {
    kpi,
    businessModel,
    value: v,
    sampleSize: v === null ? 0 : 10,
    status: v === null ? 'NO_DATA' : 'NO_RANGE',
    target,
    policyVersion: null,
  };
}
