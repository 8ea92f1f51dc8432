import { type CodeAndParams, isMessageCode } from '@salesdash/shared/domain';
import type { QueryRunner } from 'typeorm';
import { type ImportIssue, importIssue, type IssueLog, MAX_REPORTED_ISSUES } from '../import-issue';
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
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly total: number;
}

/** The issue a check's row reports: its code and parameters as messageSql built them, the English text from the catalogue. */
function issueOf(row: IssueRow): ImportIssue {
  if (!isMessageCode(row.code)) {
    throw new Error(`a bundle check answered the unknown message code ${row.code}`);
  }
  const params = Object.fromEntries(
    Object.entries(row.params).map(([name, value]) => [name, typeof value === 'number' ? value : String(value)]),
  );
  // messageSql gave the code every parameter its text names, by name.
  return importIssue(row.file, row.line, row.col, ...([row.code, params] as CodeAndParams));
}

/**
 * All checks in one statement; each answers its first issues by line and how many it found.
 * `storedDeals`: whether the database holds deals the bundle's rows must agree with.
 */
function checksSql(checks: readonly BundleCheck[], storedDeals: boolean): string {
  const branches = checks.map(
    (check, index) => `
    (SELECT ${index} AS check_index, file, line, col, code, params, count(*) OVER ()::int AS total
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
      issues.addFirstOf(found.map(issueOf), found[0].total, check.name);
    }
  });
}
