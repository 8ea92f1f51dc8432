import {
  INTERACTION_DIRECTIONS,
  JOURNEY_STAGES,
  KPI_CODES,
  ROLES,
  TARGET_SCOPE_TYPES,
  TOUCHPOINTS,
  type CodeAndParams,
} from '@salesdash/shared/domain';
import { MAX_SEGMENT_LENGTH } from '@salesdash/api/platform';
import {
  AMOUNT,
  BOOLEAN,
  DATE,
  EMAIL,
  type FieldType,
  ID,
  integerBetween,
  lineOfAtMost,
  NAME,
  NON_NEGATIVE_DECIMAL,
  oneOf,
  TEXT,
  TIMESTAMP,
} from './field-types';

export interface ColumnSpec {
  /** The CSV column name, which is also the table column name. */
  readonly name: string;
  readonly required: boolean;
  readonly type: FieldType;
}

/** A rule over several fields of one row; it sees only values that passed their own field check. */
export interface RowRule {
  /** The column an issue is reported on. */
  readonly column: string;
  problem(valueOf: (column: string) => string | undefined): CodeAndParams | undefined;
}

export interface FileSpec {
  readonly file: string;
  readonly table: string;
  /** The id column: upserts match on it. */
  readonly key: string;
  /** Temporary table the file is copied into, with a `line` column first. */
  readonly staging: string;
  readonly columns: readonly ColumnSpec[];
  readonly rowRules: readonly RowRule[];
}

const required = (name: string, type: FieldType = TEXT): ColumnSpec => ({ name, required: true, type });
const optional = (name: string, type: FieldType = TEXT): ColumnSpec => ({ name, required: false, type });

function fileSpec(file: string, table: string, columns: ColumnSpec[], rowRules: RowRule[] = []): FileSpec {
  return { file, table, key: columns[0].name, staging: `incoming_${table}`, columns, rowRules };
}

// ISO dates compare correctly as text.
const PERIOD_END_AFTER_START: RowRule = {
  column: 'period_end',
  problem: (valueOf) => {
    const start = valueOf('period_start');
    const end = valueOf('period_end');
    return start !== undefined && end !== undefined && end <= start
      ? ['PERIOD_END_NOT_AFTER_PERIOD_START', { start, end }]
      : undefined;
  },
};

const STAGE = oneOf(JOURNEY_STAGES);
const TOUCHPOINT = oneOf(TOUCHPOINTS);
const SEGMENT = lineOfAtMost(MAX_SEGMENT_LENGTH);

/** docs/import.md#files, in its order, which is also the order the tables depend on each other. */
export const BUNDLE_FILES: readonly FileSpec[] = [
  fileSpec('regions.csv', 'region', [required('region_id', ID), required('name', NAME)]),
  fileSpec('teams.csv', 'team', [
    required('team_id', ID),
    required('name', NAME),
    required('region_id', ID),
    optional('manager_user_id', ID),
  ]),
  fileSpec('users.csv', 'app_user', [
    required('user_id', ID),
    required('email', EMAIL),
    required('display_name', NAME),
    required('role', oneOf(ROLES)),
    optional('team_id', ID),
  ]),
  fileSpec('deals.csv', 'deal', [
    required('deal_id', ID),
    required('business_model'),
    required('rep_id', ID),
    required('customer_id', ID),
    required('created_at', TIMESTAMP),
    required('amount', AMOUNT),
    optional('segment', SEGMENT),
    optional('source_touchpoint', TOUCHPOINT),
  ]),
  fileSpec('stage_events.csv', 'stage_event', [
    required('event_id', ID),
    required('deal_id', ID),
    required('stage', STAGE),
    required('occurred_at', TIMESTAMP),
    optional('info_complete', BOOLEAN),
  ]),
  fileSpec('interactions.csv', 'interaction', [
    required('interaction_id', ID),
    required('deal_id', ID),
    required('rep_id', ID),
    required('touchpoint', TOUCHPOINT),
    required('direction', oneOf(INTERACTION_DIRECTIONS)),
    required('occurred_at', TIMESTAMP),
    optional('response_minutes', NON_NEGATIVE_DECIMAL),
  ]),
  fileSpec('feedback.csv', 'feedback', [
    required('feedback_id', ID),
    required('deal_id', ID),
    required('stage', STAGE),
    required('touchpoint', TOUCHPOINT),
    required('occurred_at', TIMESTAMP),
    required('csat', integerBetween(1, 5)),
    optional('nps', integerBetween(0, 10)),
    optional('comment'),
  ]),
  fileSpec(
    'targets.csv',
    'target',
    [
      required('target_id', ID),
      required('scope_type', oneOf(TARGET_SCOPE_TYPES)),
      required('scope_id', ID),
      required('business_model'),
      required('kpi', oneOf(KPI_CODES)),
      required('period_start', DATE),
      required('period_end', DATE),
      required('value', NON_NEGATIVE_DECIMAL),
    ],
    [PERIOD_END_AFTER_START],
  ),
];

export function fileSpecByName(file: string): FileSpec | undefined {
  return BUNDLE_FILES.find((spec) => spec.file === file);
}

export function fileSpecOf(table: string): FileSpec {
  const spec = BUNDLE_FILES.find((candidate) => candidate.table === table);
  if (spec === undefined) {
    throw new Error(`No bundle file loads table ${table}`);
  }
  return spec;
}
