import type {
  BusinessModelDto,
  KpiDefinitionDto,
  KpiJudgementDto,
  KpiValueDto,
} from '@salesdash/dashboard/kpi/data-access';
import { allowedBases, DEFAULT_RESPONSIBILITY, KPI_CATALOGUE, ownerRoles, type Role } from '@salesdash/shared/domain';

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
      direction: d.direction,
      directionReason: d.directionReason ?? null,
      allowedBases: allowedBases(d.code),
    }));
}

/** The §4.2/§5.1 fields of a value without a corridor and without a target. */
export const UNJUDGED: KpiJudgementDto = {
  basis: null,
  judgedValue: null,
  targetToDate: null,
  forecast: null,
  pace: null,
  reps: 1,
  months: 12,
};

export const MODELS: BusinessModelDto[] = [
  { code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' },
  { code: 'PREMIUM_FINANCING', name: 'Premium financing', description: '' },
];

export function value(kpi: string, businessModel: string, v: number | null, target: number | null = null): KpiValueDto {
  return {
    ...UNJUDGED,
    kpi,
    businessModel,
    value: v,
    sampleSize: v === null ? 0 : 10,
    status: v === null ? 'NO_DATA' : 'NO_RANGE',
    target,
    // An ended period: its target to date is its target.
    targetToDate: target,
    policyVersion: null,
    change: null,
  };
}
