import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fieldIssue, ValidationError } from '@salesdash/api/platform';
import {
  allowedBases,
  basisName,
  boundRange,
  type CorridorBasis,
  judgedValueOf,
  type KpiCode,
  kpiDefinition,
  type Period,
  startOfMonth,
  toIsoDate,
  periodTiming,
  trailingMonths,
} from '@salesdash/shared/domain';
import { judgeInputsOf } from '@salesdash/api/kpi-engine';
import { KpiEngine } from '@salesdash/api/kpi-engine';
import type { KpiMeasurement } from '@salesdash/api/kpi-engine';
import type { CorridorSuggestionType } from './corridor-preview.types';
import { loadTeams, measureTeams, modelAndKpiIssues } from './team-months';

export const SUGGESTION_MONTHS = 24;
export const MIN_TEAM_MONTHS = 8;

/** The label every suggestion carries, naming its basis: it is not a policy until published. */
export function suggestionLabel(basis: CorridorBasis, kpi: KpiCode): string {
  return `Suggestion from the model's own history (team months, last ${SUGGESTION_MONTHS} complete months, judged ${basisName(basis, kpi)}): not a policy until published`;
}

// The first month with a deal of the model: months before it say nothing about the model.
const FIRST_MONTH_SQL = `SELECT to_char(min(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-01') AS first FROM deal WHERE business_model = $1`;

/** The p-quantile (0..1) of ascending values, interpolated linearly between the closest ranks. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/**
 * The number a corridor of `basis` would judge for one team month, or none: on VALUE a month without a
 * sample is too little data; on the other bases a zero count is a fact and counts (§5.1).
 */
function judgedTeamMonth(measured: KpiMeasurement, month: Period, basis: CorridorBasis, now: Date): number | null {
  if (basis === 'VALUE' && measured.sampleSize < 1) {
    return null;
  }
  return judgedValueOf(basis, judgeInputsOf(measured, periodTiming(month, now)));
}

/**
 * Proposes corridor bands for a model and KPI from the spread of its own complete team months, on the
 * chosen basis and along the KPI's direction: one-sided (acceptable from the 25th, tolerated from the
 * 10th percentile — or up to the 75th and 90th) unless both sides matter.
 */
@Injectable()
export class CorridorSuggestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
  ) {}

  async suggest(
    businessModelInput: string,
    kpiInput: string,
    basisInput: CorridorBasis | null | undefined,
    now: Date,
  ): Promise<CorridorSuggestionType> {
    const businessModel = businessModelInput.trim();
    const kpiCode = kpiInput.trim();
    const basis = basisInput ?? 'VALUE';
    const issues = await modelAndKpiIssues(this.dataSource, businessModel, kpiCode, '');
    if (issues.length === 0 && !allowedBases(kpiCode as KpiCode).includes(basis)) {
      issues.push(fieldIssue('basis', 'BASIS_NOT_FOR_KPI', { basis, kpi: kpiCode }));
    }
    if (issues.length > 0) {
      throw new ValidationError(issues);
    }
    const kpi = kpiCode as KpiCode;
    const { direction } = kpiDefinition(kpi);
    const [{ first }] = (await this.dataSource.query(FIRST_MONTH_SQL, [businessModel])) as { first: string | null }[];
    const months = trailingMonths(startOfMonth(toIsoDate(now)), SUGGESTION_MONTHS).filter(
      (month) => first !== null && month.from >= first,
    );
    const teams = await loadTeams(this.dataSource, businessModel);
    const perTeam =
      months.length === 0
        ? new Map()
        : await measureTeams(this.engine, teams, { businessModel, kpi, months, asOf: now });
    const values = [...perTeam.values()]
      .flatMap((perMonth: KpiMeasurement[][]) =>
        perMonth.map((measurements, index) => judgedTeamMonth(measurements[0], months[index], basis, now)),
      )
      .filter((value): value is number => value !== null)
      .sort((a, b) => a - b);
    const base = { businessModel, kpi, basis, direction, basedOn: values.length, label: suggestionLabel(basis, kpi) };
    if (values.length < MIN_TEAM_MONTHS) {
      return {
        ...base,
        acceptableMin: null,
        acceptableMax: null,
        toleratedMin: null,
        toleratedMax: null,
        percentiles: null,
        reason: `only ${values.length} team months with data in the last ${SUGGESTION_MONTHS} complete months; at least ${MIN_TEAM_MONTHS} are needed`,
      };
    }
    const range = boundRange(kpi, basis);
    const clip = (value: number) => Math.min(range.max, Math.max(range.min, value));
    const [p10, p25, p75, p90] = [0.1, 0.25, 0.75, 0.9].map((p) => percentile(values, p));
    const lower = direction !== 'LOWER_IS_BETTER';
    const upper = direction !== 'HIGHER_IS_BETTER';
    return {
      ...base,
      acceptableMin: lower ? clip(p25) : null,
      acceptableMax: upper ? clip(p75) : null,
      toleratedMin: lower ? clip(p10) : null,
      toleratedMax: upper ? clip(p90) : null,
      percentiles: { p10, p25, p75, p90 },
      reason: null,
    };
  }
}
