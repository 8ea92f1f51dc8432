import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationError } from '@salesdash/api/platform';
import {
  type KpiCode,
  kpiDefinition,
  startOfMonth,
  toIsoDate,
  trailingMonths,
  UNIT_RANGES,
} from '@salesdash/shared/domain';
import { KpiEngine } from '../kpi-engine.service';
import type { CorridorSuggestionType } from './corridor-preview.types';
import { loadTeams, measureTeams, modelAndKpiIssues } from './team-months';

export const SUGGESTION_MONTHS = 24;
export const MIN_TEAM_MONTHS = 8;
export const SUGGESTION_LABEL =
  "Suggestion from the model's own history (team months, last 24 months): not a policy until published";

/** The p-quantile (0..1) of ascending values, interpolated linearly between the closest ranks. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/** Proposes corridor bands for a model and KPI from the spread of its own team months. */
@Injectable()
export class CorridorSuggestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
  ) {}

  async suggest(businessModelInput: string, kpiInput: string, now: Date): Promise<CorridorSuggestionType> {
    const businessModel = businessModelInput.trim();
    const kpiCode = kpiInput.trim();
    const issues = await modelAndKpiIssues(this.dataSource, businessModel, kpiCode, '');
    if (issues.length > 0) {
      throw new ValidationError(issues);
    }
    const kpi = kpiCode as KpiCode;
    const months = trailingMonths(startOfMonth(toIsoDate(now)), SUGGESTION_MONTHS);
    const teams = await loadTeams(this.dataSource, businessModel);
    const perTeam = await measureTeams(this.engine, teams, { businessModel, kpi, months, asOf: now });
    const values = [...perTeam.values()]
      .flat(2)
      .filter((measured) => measured.sampleSize >= 1 && measured.value !== null)
      .map((measured) => measured.value as number)
      .sort((a, b) => a - b);
    const base = { businessModel, kpi, basedOn: values.length, label: SUGGESTION_LABEL };
    if (values.length < MIN_TEAM_MONTHS) {
      return {
        ...base,
        acceptableMin: null,
        acceptableMax: null,
        toleratedMin: null,
        toleratedMax: null,
        percentiles: null,
        reason: `only ${values.length} team months with data in the last ${SUGGESTION_MONTHS} months; at least ${MIN_TEAM_MONTHS} are needed`,
      };
    }
    const range = UNIT_RANGES[kpiDefinition(kpi).unit];
    const clip = (value: number) => Math.min(range.max, Math.max(range.min, value));
    const [p10, p25, p75, p90] = [0.1, 0.25, 0.75, 0.9].map((p) => percentile(values, p));
    return {
      ...base,
      acceptableMin: clip(p25),
      acceptableMax: clip(p75),
      toleratedMin: clip(p10),
      toleratedMax: clip(p90),
      percentiles: { p10, p25, p75, p90 },
      reason: null,
    };
  }
}
