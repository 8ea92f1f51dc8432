import type { PolicyBands } from '@salesdash/api/policies';
import {
  corridorBands,
  forecastOf,
  isStock,
  type JudgeInputs,
  judgeKpi,
  type KpiJudgement,
  type Pace,
  paceOf,
  type PeriodTiming,
} from '@salesdash/shared/domain';
import type { KpiMeasurement } from './kpi-measurement';

/** A measurement with what §4.2 and §5.1 add: how it stands against its corridor and its target to date. */
export interface KpiAssessment extends KpiJudgement {
  readonly kpi: KpiMeasurement['kpi'];
  readonly businessModel: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly target: number | null;
  readonly targetToDate: number | null;
  readonly reps: number;
  /** Elapsed calendar months (1 for a stock such as the pipeline): the other half of a rep-month. */
  readonly months: number;
  readonly forecast: number | null;
  readonly pace: Pace | null;
  readonly policyVersion: number | null;
}

/** What any corridor, in force or drafted, judges of a measurement of a period with `timing` (periodTiming). */
export function judgeInputsOf(measurement: KpiMeasurement, timing: PeriodTiming): JudgeInputs {
  const { value, sampleSize, reps, targetToDate } = measurement;
  return { value, sampleSize, reps, targetToDate, months: isStock(measurement.kpi) ? 1 : timing.elapsedMonths };
}

/** Judges `measurement` against the policy in force (if any), and adds forecast and pace. */
export function assessKpi(
  measurement: KpiMeasurement,
  timing: PeriodTiming,
  policy: PolicyBands | undefined,
): KpiAssessment {
  const { progress } = timing;
  const inputs = judgeInputsOf(measurement, timing);
  const { kpi, businessModel, value, sampleSize, target, targetToDate, reps, paceOn } = measurement;
  return {
    kpi,
    businessModel,
    value,
    sampleSize,
    target,
    targetToDate,
    reps,
    months: inputs.months,
    ...judgeKpi(inputs, policy && corridorBands(policy)),
    forecast: forecastOf(kpi, value, progress),
    pace: paceOf(paceOn.value, paceOn.targetToDate, progress),
    policyVersion: policy?.version ?? null,
  };
}
