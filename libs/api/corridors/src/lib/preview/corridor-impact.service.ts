import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CorridorPolicies, type PolicyBands } from '@salesdash/api/policies';
import { fieldIssue, ValidationError } from '@salesdash/api/platform';
import {
  corridorBands,
  type CorridorBands,
  isKpiCode,
  type KpiCode,
  KPI_STATUSES,
  type KpiStatus,
  judgeKpi,
  messageArgs,
  type Period,
  periodLastDay,
  policyInForce,
  startOfMonth,
  toIsoDate,
  periodTiming,
  trailingMonths,
  validateCorridor,
  valueInputs,
} from '@salesdash/shared/domain';
import { judgeInputsOf, repScopes } from '@salesdash/api/kpi-engine';
import { KpiEngine } from '@salesdash/api/kpi-engine';
import type { KpiMeasurement } from '@salesdash/api/kpi-engine';
import type {
  ChangedScopeType,
  CorridorDraftInput,
  CorridorImpactType,
  ImpactCountsType,
  StatusCountsType,
} from './corridor-preview.types';
import { loadTeams, measureTeams, modelAndKpiIssues } from './team-months';

export const IMPACT_MONTHS = 12;
export const MAX_CHANGED_SCOPES = 500;

interface RepRow {
  readonly id: string;
  readonly name: string;
}

// The reps in a team with a deal of the model; the others would only add NO_DATA rows.
const REPS_SQL = `
SELECT u.user_id AS id, u.display_name AS name
FROM app_user u
WHERE u.team_id IS NOT NULL AND EXISTS (SELECT 1 FROM deal d WHERE d.rep_id = u.user_id AND d.business_model = $1)
ORDER BY u.user_id`;

/** One (scope, month) value judged before and after. */
type Judged = ChangedScopeType;

function emptyCounts(): Record<KpiStatus, number> {
  return Object.fromEntries(KPI_STATUSES.map((status) => [status, 0])) as Record<KpiStatus, number>;
}

function countsOf(judged: readonly Judged[]): ImpactCountsType {
  const before = emptyCounts();
  const after = emptyCounts();
  for (const row of judged) {
    before[row.before] += 1;
    after[row.after] += 1;
  }
  return {
    before: before as StatusCountsType,
    after: after as StatusCountsType,
    changed: judged.filter((row) => row.before !== row.after).length,
    total: judged.length,
  };
}

/**
 * The impact preview of the corridor editor: how a draft would change the statuses of the model's
 * teams and reps over the last 12 complete months, against the corridors that were in force then.
 */
@Injectable()
export class CorridorImpactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
    private readonly policies: CorridorPolicies,
  ) {}

  async impact(draft: CorridorDraftInput, now: Date): Promise<CorridorImpactType> {
    const kpi = await this.validate(draft);
    const businessModel = draft.businessModel.trim();
    const months = trailingMonths(startOfMonth(toIsoDate(now)), IMPACT_MONTHS);
    const [teams, reps, versions] = await Promise.all([
      loadTeams(this.dataSource, businessModel),
      this.dataSource.query(REPS_SQL, [businessModel]) as Promise<RepRow[]>,
      this.policies.modelWideVersions([businessModel], [kpi]),
    ]);
    const base = { businessModel, kpi, asOf: now, months, versions, draftBands: corridorBands(draft) };
    const teamValues = await measureTeams(this.engine, teams, base);
    const repValues = await this.engine.measureEach({
      periods: months,
      asOf: now,
      businessModels: [businessModel],
      kpis: [kpi],
      scopes: repScopes(reps.map((rep) => rep.id)),
    });
    const judgedTeams = teams.flatMap((team) => judge('TEAM', team, teamValues.get(team.id) ?? [], base));
    const judgedReps = reps.flatMap((rep) => judge('REP', rep, repValues.get(rep.id) ?? [], base));
    const changed = [...judgedTeams, ...judgedReps]
      .filter((row) => row.before !== row.after)
      .sort(
        (a, b) => b.month.localeCompare(a.month) || a.name.localeCompare(b.name) || a.scopeId.localeCompare(b.scopeId),
      );
    return {
      months: months.map((month) => month.from),
      teams: countsOf(judgedTeams),
      reps: countsOf(judgedReps),
      changedScopes: changed.slice(0, MAX_CHANGED_SCOPES),
      changedScopesTruncated: Math.max(0, changed.length - MAX_CHANGED_SCOPES),
    };
  }

  /** The same field rules as publishing (validateCorridor) but without a rationale; every issue at once. */
  private async validate(draft: CorridorDraftInput): Promise<KpiCode> {
    const kpi = draft.kpi.trim();
    const issues = await modelAndKpiIssues(this.dataSource, draft.businessModel.trim(), kpi, 'draft.');
    if (isKpiCode(kpi)) {
      issues.push(
        ...validateCorridor(draft, kpi)
          .filter((issue) => issue.field !== 'rationale')
          .map((issue) => fieldIssue(`draft.${issue.field}`, ...messageArgs(issue))),
      );
    }
    if (issues.length > 0) {
      throw new ValidationError(issues);
    }
    return kpi as KpiCode;
  }
}

interface JudgeBase {
  readonly businessModel: string;
  readonly kpi: KpiCode;
  readonly asOf: Date;
  readonly months: readonly Period[];
  readonly versions: readonly PolicyBands[];
  readonly draftBands: CorridorBands;
}

/** One scope's months, each judged by the version in force that month and by the draft. */
function judge(
  scopeType: 'TEAM' | 'REP',
  scope: { readonly id: string; readonly name: string },
  perMonth: readonly KpiMeasurement[][],
  base: JudgeBase,
): Judged[] {
  return base.months.map((month, monthIndex) => {
    const measured = perMonth[monthIndex]?.[0];
    const inputs = measured ? judgeInputsOf(measured, periodTiming(month, base.asOf)) : valueInputs(null, 0);
    const inForce = policyInForce(base.versions, base, periodLastDay(month.to));
    const after = judgeKpi(inputs, base.draftBands);
    return {
      scopeType,
      scopeId: scope.id,
      name: scope.name,
      month: month.from,
      value: inputs.value,
      sampleSize: inputs.sampleSize,
      judgedAfter: after.judgedValue,
      before: judgeKpi(inputs, inForce && corridorBands(inForce)).status,
      after: after.status,
    };
  });
}
