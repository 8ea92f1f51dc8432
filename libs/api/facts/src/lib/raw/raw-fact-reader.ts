import type { SqlRunner } from '@salesdash/api/platform';
import type { FactFamily, FactQuery, FamilyRows } from '../fact-families';
import { DEAL_FAMILY_SQL } from './deal-family.sql';
import { FEEDBACK_FAMILY_SQL } from './feedback-family.sql';
import { INTERACTION_FAMILY_SQL } from './interaction-family.sql';
import { rawFamilyParameters } from './raw-family-params';
import { STAGE_FAMILY_SQL } from './stage-family.sql';

const RAW_FAMILY_SQL: Record<FactFamily, string> = {
  deal: DEAL_FAMILY_SQL,
  stage: STAGE_FAMILY_SQL,
  feedback: FEEDBACK_FAMILY_SQL,
  interaction: INTERACTION_FAMILY_SQL,
};

/**
 * The KPI families computed straight from deal, stage_event, interaction and feedback, the way
 * docs/kpis.md reads: the yardstick the rollups are checked and benchmarked against.
 */
export async function readRawFamilies(runner: SqlRunner, query: FactQuery): Promise<FamilyRows> {
  const rows: FamilyRows = {};
  for (const family of query.families) {
    Object.assign(rows, { [family]: await runner.query(RAW_FAMILY_SQL[family], rawFamilyParameters(query)) });
  }
  return rows;
}
