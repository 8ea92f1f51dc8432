/**
 * An independent reference implementation of the KPI catalogue (KPI-SPEC §4), computed in plain
 * TypeScript from a parsed CSV bundle, to check the SQL engine against. Written from the spec only.
 */
import { isKpiCode, KPI_CODES, type KpiCode } from '@salesdash/shared/domain';
import type { ReferenceBundle } from './reference/bundle-model';
import { factIndex } from './reference/fact-index';
import { instantOfDate, parseInstant, parseIsoDate } from './reference/instant';
import { JOURNEY_KPIS } from './reference/journey-kpis';
import type { KpiContext, KpiFormula } from './reference/kpi-context';
import { repInScope, type ScopeFilter, scopedFacts } from './reference/scope';
import { type Period, scopeTarget } from './reference/targets';
import { KNOWN_BUSINESS_MODELS } from './reference/validate-bundle';
import { VOICE_KPIS } from './reference/voice-kpis';

export type { ReferenceBundle } from './reference/bundle-model';
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
}

const FORMULAS = allFormulas({ ...JOURNEY_KPIS, ...VOICE_KPIS });

/** One row per (KPI, business model), KPIs in catalogue order, business models sorted. */
export function computeReferenceKpis(
  bundle: ReferenceBundle,
  filter: ReferenceFilter,
  now: Date = new Date(),
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

  return kpis.flatMap((kpi) =>
    [...factsByModel].map(([businessModel, facts]) => {
      const targetOf = (code: KpiCode) => scopeTarget({ bundle, index, kpi: code, businessModel, period }, scope);
      const context: KpiContext = { facts, period, asOf, wonVolumeTarget: () => targetOf('WON_VOLUME') };
      const measure = FORMULAS[kpi](context);
      return { kpi, businessModel, ...measure, target: targetOf(kpi) };
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
