import type { KpiCode, KpiStatus } from '@salesdash/shared/domain';
import { MICROS_PER_DAY, parseIsoDate } from './instant';
import type { Period } from './targets';

/** §5.1: which number a corridor's bands judge. */
export type CorridorBasis = 'VALUE' | 'PER_REP_MONTH' | 'SHARE_OF_TARGET';

/**
 * One stored corridor version (§5), as data: the reference reads the policies, it does not make them.
 * Null bounds are open sides; a null minSampleSize is 1 and a null basis is VALUE.
 */
export interface CorridorPolicy {
  readonly businessModel: string;
  readonly kpi: string;
  readonly version: number;
  /** `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number | null;
  readonly basis: CorridorBasis | null;
}

/** What the bases need besides the value: §5.1 reps × months, §4.2 targetToDate. */
export interface JudgementInputs {
  readonly kpi: KpiCode;
  readonly value: number | null;
  readonly sampleSize: number;
  /** Called only for PER_REP_MONTH: reps and months are not needed otherwise. */
  readonly repMonths: () => number;
  readonly targetToDate: number | null;
}

export interface Judgement {
  readonly status: KpiStatus;
  readonly policyVersion: number | null;
  readonly basis: CorridorBasis | null;
  readonly judgedValue: number | null;
}

// §5.1 "allowed for", written out from the spec table.
const ALLOWED: Readonly<Record<Exclude<CorridorBasis, 'VALUE'>, readonly KpiCode[]>> = {
  PER_REP_MONTH: ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES', 'PIPELINE_VALUE'],
  SHARE_OF_TARGET: ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES'],
};

/**
 * §5: the model-wide version in force for P is the latest one with effectiveFrom ≤ P's last day
 * (`to` − 1 day); of two with the same effectiveFrom the higher version wins.
 */
export function policyInForce(
  policies: readonly CorridorPolicy[],
  businessModel: string,
  kpi: KpiCode,
  period: Period,
): CorridorPolicy | undefined {
  const lastDay = period.to - MICROS_PER_DAY;
  let best: CorridorPolicy | undefined;
  for (const policy of policies) {
    if (policy.businessModel !== businessModel || policy.kpi !== kpi) continue;
    if (parseIsoDate(policy.effectiveFrom) > lastDay) continue;
    const later =
      best === undefined ||
      policy.effectiveFrom > best.effectiveFrom ||
      (policy.effectiveFrom === best.effectiveFrom && policy.version > best.version);
    if (later) best = policy;
  }
  return best;
}

/** §5.1 judged value; null when reps × months is 0 or targetToDate is null or 0. */
export function judgedValueOf(basis: CorridorBasis, inputs: JudgementInputs): number | null {
  if (basis !== 'VALUE' && !ALLOWED[basis].includes(inputs.kpi)) {
    throw new Error(`§5.1: basis ${basis} is not allowed for ${inputs.kpi}`);
  }
  if (inputs.value === null) {
    return null;
  }
  switch (basis) {
    case 'VALUE':
      return inputs.value;
    case 'PER_REP_MONTH': {
      const repMonths = inputs.repMonths();
      return repMonths === 0 ? null : inputs.value / repMonths;
    }
    case 'SHARE_OF_TARGET':
      return inputs.targetToDate === null || inputs.targetToDate === 0 ? null : inputs.value / inputs.targetToDate;
  }
}

/** §5.1 status, in the spec's order. basis and judgedValue are null without a policy in force. */
export function judge(inputs: JudgementInputs, policy: CorridorPolicy | undefined): Judgement {
  if (policy === undefined) {
    return {
      status: inputs.value === null ? 'NO_DATA' : 'NO_RANGE',
      policyVersion: null,
      basis: null,
      judgedValue: null,
    };
  }
  const basis = policy.basis ?? 'VALUE';
  const judgedValue = judgedValueOf(basis, inputs);
  const verdict = { policyVersion: policy.version, basis, judgedValue };
  if (inputs.value === null) {
    return { status: 'NO_DATA', ...verdict };
  }
  if (judgedValue === null) {
    return { status: 'NO_RANGE', ...verdict };
  }
  // A count of zero is a fact on PER_REP_MONTH and SHARE_OF_TARGET, not too little data.
  if (basis === 'VALUE' && inputs.sampleSize < (policy.minSampleSize ?? 1)) {
    return { status: 'INSUFFICIENT_DATA', ...verdict };
  }
  if (inBand(judgedValue, policy.acceptableMin, policy.acceptableMax)) {
    return { status: 'ACCEPTABLE', ...verdict };
  }
  const tolerated = inBand(judgedValue, policy.toleratedMin, policy.toleratedMax);
  return { status: tolerated ? 'TOLERATED' : 'UNACCEPTABLE', ...verdict };
}

/** Inclusive bounds; a null bound is an open side. */
function inBand(value: number, min: number | null, max: number | null): boolean {
  return (min === null || value >= min) && (max === null || value <= max);
}
