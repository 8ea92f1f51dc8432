import type {
  BusinessModelDto,
  KpiDefinitionDto,
  KpiJudgementDto,
  KpiTrendSeries,
  KpiValueDto,
} from '@salesdash/dashboard/kpi/data-access';
import { allowedBases, KPI_CATALOGUE, ownerRoles, trailingMonths } from '@salesdash/shared/domain';

/** The §4.2/§5.1 fields of a value without a corridor and without a target. */
export const UNJUDGED: KpiJudgementDto = {
  basis: null,
  judgedValue: null,
  targetToDate: null,
  forecast: null,
  pace: null,
  reps: 6,
  months: 12,
};

/** The API's catalogue for a MANAGEMENT caller: all 18 KPIs in journey order. */
export const CATALOGUE: KpiDefinitionDto[] = [...KPI_CATALOGUE.values()].map((d) => ({
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

export const MODELS: BusinessModelDto[] = [
  { code: 'PREMIUM_FINANCING', name: 'Premium financing', description: 'Tailored financing' },
  { code: 'CONSUMER_LOANS', name: 'Consumer loans', description: 'Small consumer loans' },
];

export function valuesFor(models: readonly string[], sampleSize = 40): KpiValueDto[] {
  return CATALOGUE.flatMap((kpi, index) =>
    models.map((businessModel) => ({
      ...UNJUDGED,
      kpi: kpi.code,
      businessModel,
      value: sampleSize === 0 ? null : index + (businessModel === 'CONSUMER_LOANS' ? 0.5 : 0),
      sampleSize,
      status: sampleSize === 0 ? ('NO_DATA' as const) : ('NO_RANGE' as const),
      target: null,
      policyVersion: null,
      change: null,
    })),
  );
}

export function trendFor(models: readonly string[], to: string): KpiTrendSeries[] {
  return CATALOGUE.flatMap((kpi) =>
    models.map((businessModel) => ({
      kpi: kpi.code,
      businessModel,
      points: trailingMonths(to, 12).map((month, index) => ({
        ...UNJUDGED,
        ...month,
        partial: false,
        value: index % 5 === 0 ? null : index,
        sampleSize: 3,
        status: 'NO_RANGE' as const,
        target: null,
        policyVersion: null,
      })),
    })),
  );
}
