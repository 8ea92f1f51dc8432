import type { DataSource } from 'typeorm';
import { fieldIssue, type FieldIssue } from '@salesdash/api/platform';
import { isKpiCode, type KpiCode, type Period } from '@salesdash/shared/domain';
import type { KpiEngine } from '@salesdash/api/kpi-engine';
import type { KpiMeasurement } from '@salesdash/api/kpi-engine';

export interface TeamRow {
  readonly id: string;
  readonly name: string;
  readonly repIds: string[];
}

// The teams with a deal of the model, each with the reps its KPI scope covers (as TEAM scopes resolve them).
const TEAMS_SQL = `
SELECT t.team_id AS id, t.name,
       ARRAY(SELECT u.user_id FROM app_user u WHERE u.team_id = t.team_id ORDER BY u.user_id) AS "repIds"
FROM team t
WHERE EXISTS (SELECT 1 FROM app_user u JOIN deal d ON d.rep_id = u.user_id
              WHERE u.team_id = t.team_id AND d.business_model = $1)
ORDER BY t.team_id`;

const MODEL_EXISTS_SQL = 'SELECT EXISTS (SELECT 1 FROM business_model WHERE code = $1) AS found';

/** Teams without any deal of the model would only add NO_DATA rows, so they are left out. */
export function loadTeams(dataSource: DataSource, businessModel: string): Promise<TeamRow[]> {
  return dataSource.query(TEAMS_SQL, [businessModel]);
}

export interface TeamMonthsQuery {
  readonly businessModel: string;
  readonly kpi: KpiCode;
  readonly months: readonly Period[];
  readonly asOf: Date;
}

/** One KPI of one model per team and month, every team and month in one engine pass; keyed by team id. */
export function measureTeams(
  engine: KpiEngine,
  teams: readonly TeamRow[],
  query: TeamMonthsQuery,
): Promise<Map<string, KpiMeasurement[][]>> {
  return engine.measureEach({
    periods: query.months,
    asOf: query.asOf,
    businessModels: [query.businessModel],
    kpis: [query.kpi],
    scopes: teams.map((team) => ({ type: 'TEAM', ids: [team.id], repIds: team.repIds })),
  });
}

/** Issues of an unknown business model or KPI, under `prefix` (e.g. `draft.`). */
export async function modelAndKpiIssues(
  dataSource: DataSource,
  businessModel: string,
  kpi: string,
  prefix: string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const [{ found }] = (await dataSource.query(MODEL_EXISTS_SQL, [businessModel])) as { found: boolean }[];
  if (!found) {
    issues.push(fieldIssue(`${prefix}businessModel`, 'UNKNOWN_BUSINESS_MODEL', { code: businessModel }));
  }
  if (!isKpiCode(kpi)) {
    issues.push(fieldIssue(`${prefix}kpi`, 'UNKNOWN_KPI', { code: kpi }));
  }
  return issues;
}
