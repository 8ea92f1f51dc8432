import type { QueryRunner } from 'typeorm';
import { type IssueLog, MAX_REPORTED_ISSUES } from '../import-issue';
import type { BundleCheck } from './bundle-check';
import { KEY_CHECKS } from './key-checks';
import { NAME_CHECKS } from './name-checks';
import { REFERENCE_CHECKS } from './reference-checks';
import { STAGE_RULE_CHECKS, stageRuleCtes } from './stage-rules';
import { TARGET_CHECKS } from './target-checks';

const ALL_CHECKS: readonly BundleCheck[] = [
  ...KEY_CHECKS,
  ...NAME_CHECKS,
  ...REFERENCE_CHECKS,
  ...TARGET_CHECKS,
  ...STAGE_RULE_CHECKS,
];

interface IssueRow {
  readonly check_index: number;
  readonly file: string;
  readonly line: number;
  readonly col: string;
  readonly message: string;
  readonly total: number;
}

/**
 * All checks in one statement; each answers its first issues by line and how many it found.
 * `storedDeals`: whether the database holds deals the bundle's rows must agree with.
 */
function checksSql(checks: readonly BundleCheck[], storedDeals: boolean): string {
  const branches = checks.map(
    (check, index) => `
    (SELECT ${index} AS check_index, file, line, col, message, count(*) OVER ()::int AS total
     FROM (${check.sql}) found ORDER BY line LIMIT ${MAX_REPORTED_ISSUES})`,
  );
  return `WITH ${stageRuleCtes(storedDeals)}
    SELECT * FROM (${branches.join('\n    UNION ALL')}) issues`;
}

const CHECKS_SQL = checksSql(ALL_CHECKS, true);
const FIRST_IMPORT_CHECKS_SQL = checksSql(ALL_CHECKS, false);

/**
 * Runs the set-based checks over the staged bundle and adds what they find to `issues`; `storedDeals`
 * false (no deal stored yet) leaves out what only stored rows could add.
 */
export async function runChecks(queryRunner: QueryRunner, issues: IssueLog, storedDeals: boolean): Promise<void> {
  const rows: IssueRow[] = await queryRunner.query(storedDeals ? CHECKS_SQL : FIRST_IMPORT_CHECKS_SQL);
  ALL_CHECKS.forEach((check, index) => {
    const found = rows.filter((row) => row.check_index === index);
    if (found.length > 0) {
      const asIssues = found.map((row) => ({ file: row.file, line: row.line, column: row.col, message: row.message }));
      issues.addFirstOf(asIssues, found[0].total, check.name);
    }
  });
}
