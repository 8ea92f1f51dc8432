/**
 * An independent reference implementation of the KPI catalogue (docs/kpis.md), computed in plain
 * TypeScript from a parsed CSV bundle, to check the SQL engine against. Written from the spec only.
 */
import { isKpiCode, KPI_CODES, type KpiCode, type KpiStatus } from '@salesdash/shared/domain';
import type { ReferenceBundle } from './reference/bundle-model';
import { type CorridorBasis, type CorridorPolicy, judge, policyInForce } from './reference/corridor-judgement';
import { factIndex } from './reference/fact-index';
import { instantOfDate, parseInstant, parseIsoDate } from './reference/instant';
import { JOURNEY_KPIS } from './reference/journey-kpis';
import type { KpiContext, KpiFormula } from './reference/kpi-context';
import { elapsedMonths, elapsedPart, forecastOf, type Pace, paceOf } from './reference/running-period';
import { repInScope, repsInScope, type ScopeFilter, scopedFacts } from './reference/scope';
import { type Period, scopeTarget } from './reference/targets';
import { KNOWN_BUSINESS_MODELS } from './reference/validate-bundle';
import { VOICE_KPIS } from './reference/voice-kpis';

export type { ReferenceBundle } from './reference/bundle-model';
export type { CorridorBasis, CorridorPolicy } from './reference/corridor-judgement';
export type { Pace } from './reference/running-period';
export { parseBundle } from './reference/parse-bundle';
export { validateBundle } from './reference/validate-bundle';

export interface ReferenceFilter {
  /** `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  /** `YYYY-MM-DD`, exclusive. */
  readonly to: string;
  /** ISO 8601 instant; default: `now`. */
  readonly asOf?: string;
  readonly businessModels?: readonly string[];
  readonly kpis?: readonly string[];
  readonly scope?: ScopeFilter;
}

export interface ReferenceKpiValue {
  readonly kpi: KpiCode;
  readonly businessModel: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly target: number | null;
  readonly status: KpiStatus;
  /** The version of the corridor in force (§5); null without one. */
  readonly policyVersion: number | null;
  readonly basis: CorridorBasis | null;
  readonly judgedValue: number | null;
  readonly targetToDate: number | null;
  readonly forecast: number | null;
  readonly pace: Pace | null;
}

const FORMULAS = allFormulas({ ...JOURNEY_KPIS, ...VOICE_KPIS });

/**
 * One row per (KPI, business model), KPIs in catalogue order, business models sorted. `corridors` are
 * the stored policy versions (input data, §5); without any, every status is NO_DATA or NO_RANGE.
 */
export function computeReferenceKpis(
  bundle: ReferenceBundle,
  filter: ReferenceFilter,
  now: Date = new Date(),
  corridors: readonly CorridorPolicy[] = [],
): ReferenceKpiValue[] {
  const period: Period = { from: parseIsoDate(filter.from), to: parseIsoDate(filter.to) };
  if (period.to <= period.from) {
    throw new Error(`The period [${filter.from}, ${filter.to}) is empty`);
  }
  const asOf = filter.asOf === undefined ? instantOfDate(now) : parseInstant(filter.asOf);
  const scope = filter.scope ?? { type: 'COMPANY' };
  const kpis = requestedKpis(filter.kpis);
  const businessModels = filter.businessModels ?? defaultBusinessModels(bundle);
  const index = factIndex(bundle);
  const factsByModel = scopedFacts(bundle, index, businessModels, repInScope(index, scope));
  const elapsed = elapsedPart(period, asOf);
  const reps = repsInScope(bundle, index, scope);
  const months = elapsedMonths(elapsed);

  return kpis.flatMap((kpi) =>
    [...factsByModel].map(([businessModel, facts]) => {
      const query = (code: KpiCode) => ({ bundle, index, kpi: code, businessModel, period });
      const targetOf = (code: KpiCode) => scopeTarget(query(code), scope);
      // §4.2: null wherever the target is null; otherwise prorated over elapsed(P).
      const targetToDateOf = (code: KpiCode) =>
        targetOf(code) === null ? null : scopeTarget({ ...query(code), prorateOver: elapsed }, scope);
      const context: KpiContext = { facts, period, asOf, wonVolumeTarget: () => targetOf('WON_VOLUME') };
      const measure = FORMULAS[kpi](context);
      // §4.1.10: QUOTA_ATTAINMENT carries no target (a EUR amount on a rate row); its pace goes
      // through WON_VOLUME's value and target to date (§4.2).
      const quota = kpi === 'QUOTA_ATTAINMENT';
      const target = quota ? null : targetOf(kpi);
      const targetToDate = quota ? null : targetToDateOf(kpi);
      const pace = quota
        ? paceOf(FORMULAS.WON_VOLUME(context).value, targetToDateOf('WON_VOLUME'), period, asOf)
        : paceOf(measure.value, targetToDate, period, asOf);
      // §5.1: PIPELINE_VALUE is a stock, its months is 1.
      const repMonths = () => reps * (kpi === 'PIPELINE_VALUE' ? 1 : months);
      const policy = policyInForce(corridors, businessModel, kpi, period);
      const judgement = judge({ kpi, ...measure, repMonths, targetToDate }, policy);
      const forecast = forecastOf(kpi, measure.value, period, asOf);
      return { kpi, businessModel, ...measure, target, ...judgement, targetToDate, forecast, pace };
    }),
  );
}

/** Default: the models of the bundle's deals plus the two the database always holds. */
function defaultBusinessModels(bundle: ReferenceBundle): string[] {
  const models = new Set<string>(KNOWN_BUSINESS_MODELS);
  for (const deal of bundle.deals) models.add(deal.businessModel);
  return [...models].sort();
}

function requestedKpis(codes: readonly string[] | undefined): readonly KpiCode[] {
  if (codes === undefined) {
    return KPI_CODES;
  }
  const unknown = codes.filter((code) => !isKpiCode(code));
  if (unknown.length > 0) {
    throw new Error(`Unknown KPI codes: ${unknown.join(', ')}`);
  }
  return KPI_CODES.filter((code) => codes.includes(code));
}

function allFormulas(formulas: Partial<Record<KpiCode, KpiFormula>>): Record<KpiCode, KpiFormula> {
  const missing = KPI_CODES.filter((code) => formulas[code] === undefined);
  if (missing.length > 0) {
    throw new Error(`No reference formula for ${missing.join(', ')}`);
  }
  return formulas as Record<KpiCode, KpiFormula>;
}
