import {
  INTERACTION_DIRECTIONS,
  JOURNEY_STAGES,
  KPI_CODES,
  ROLES,
  TARGET_SCOPE_TYPES,
  TOUCHPOINTS,
} from '@salesdash/shared/domain';
import type {
  Deal,
  Feedback,
  Interaction,
  ReferenceBundle,
  Region,
  StageEvent,
  TargetRow,
  Team,
  User,
} from './bundle-model';
import { CellReader } from './cell-reader';
import { parseCsv } from './csv';

interface FileSchema<T> {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly read: (cells: CellReader) => T;
}

const regionSchema: FileSchema<Region> = {
  required: ['region_id', 'name'],
  optional: [],
  read: (c) => ({ regionId: c.text('region_id'), name: c.text('name') }),
};

const teamSchema: FileSchema<Team> = {
  required: ['team_id', 'name', 'region_id'],
  optional: ['manager_user_id'],
  read: (c) => ({
    teamId: c.text('team_id'),
    name: c.text('name'),
    regionId: c.text('region_id'),
    managerUserId: c.optionalText('manager_user_id'),
  }),
};

const userSchema: FileSchema<User> = {
  required: ['user_id', 'email', 'display_name', 'role'],
  optional: ['team_id'],
  read: (c) => ({
    userId: c.text('user_id'),
    email: c.text('email'),
    displayName: c.text('display_name'),
    role: c.oneOf('role', ROLES),
    teamId: c.optionalText('team_id'),
  }),
};

const dealSchema: FileSchema<Deal> = {
  required: ['deal_id', 'business_model', 'rep_id', 'customer_id', 'created_at', 'amount'],
  optional: ['segment', 'source_touchpoint'],
  read: (c) => ({
    dealId: c.text('deal_id'),
    businessModel: c.text('business_model'),
    repId: c.text('rep_id'),
    customerId: c.text('customer_id'),
    createdAt: c.instant('created_at'),
    amountCents: c.amountCents('amount'),
    segment: c.optionalText('segment'),
    sourceTouchpoint: c.optionalOneOf('source_touchpoint', TOUCHPOINTS),
  }),
};

const stageEventSchema: FileSchema<StageEvent> = {
  required: ['event_id', 'deal_id', 'stage', 'occurred_at'],
  optional: ['info_complete'],
  read: (c) => ({
    eventId: c.text('event_id'),
    dealId: c.text('deal_id'),
    stage: c.oneOf('stage', JOURNEY_STAGES),
    occurredAt: c.instant('occurred_at'),
    infoComplete: c.optionalBoolean('info_complete'),
  }),
};

const interactionSchema: FileSchema<Interaction> = {
  required: ['interaction_id', 'deal_id', 'rep_id', 'touchpoint', 'direction', 'occurred_at'],
  optional: ['response_minutes'],
  read: (c) => ({
    interactionId: c.text('interaction_id'),
    dealId: c.text('deal_id'),
    repId: c.text('rep_id'),
    touchpoint: c.oneOf('touchpoint', TOUCHPOINTS),
    direction: c.oneOf('direction', INTERACTION_DIRECTIONS),
    occurredAt: c.instant('occurred_at'),
    responseMinutes: c.optionalDecimal('response_minutes'),
  }),
};

const feedbackSchema: FileSchema<Feedback> = {
  required: ['feedback_id', 'deal_id', 'stage', 'touchpoint', 'occurred_at', 'csat'],
  optional: ['nps', 'comment'],
  read: (c) => ({
    feedbackId: c.text('feedback_id'),
    dealId: c.text('deal_id'),
    stage: c.oneOf('stage', JOURNEY_STAGES),
    touchpoint: c.oneOf('touchpoint', TOUCHPOINTS),
    occurredAt: c.instant('occurred_at'),
    csat: c.integer('csat', 1, 5),
    nps: c.optionalInteger('nps', 0, 10),
    comment: c.optionalText('comment'),
  }),
};

const targetSchema: FileSchema<TargetRow> = {
  required: ['target_id', 'scope_type', 'scope_id', 'business_model', 'kpi', 'period_start', 'period_end', 'value'],
  optional: [],
  read: (c) => ({
    targetId: c.text('target_id'),
    scopeType: c.oneOf('scope_type', TARGET_SCOPE_TYPES),
    scopeId: c.text('scope_id'),
    businessModel: c.text('business_model'),
    kpi: c.oneOf('kpi', KPI_CODES),
    periodStart: c.date('period_start'),
    periodEnd: c.date('period_end'),
    value: c.decimal('value'),
  }),
};

/** The files a bundle may hold (§3); any of them may be missing. */
const FILES = {
  regions: ['regions.csv', regionSchema],
  teams: ['teams.csv', teamSchema],
  users: ['users.csv', userSchema],
  deals: ['deals.csv', dealSchema],
  stageEvents: ['stage_events.csv', stageEventSchema],
  interactions: ['interactions.csv', interactionSchema],
  feedback: ['feedback.csv', feedbackSchema],
  targets: ['targets.csv', targetSchema],
} as const;

/**
 * Parses a CSV bundle (file name → text) into exact values. Throws one error listing every problem
 * found (`file:line column: message`); reference checks (§3 import rules) are `validateBundle`'s.
 */
export function parseBundle(files: Record<string, string>): ReferenceBundle {
  const errors: string[] = [];
  const known = new Set<string>(Object.values(FILES).map(([name]) => name));
  for (const name of Object.keys(files).filter((file) => !known.has(file))) {
    errors.push(`${name}: not a file of the bundle format`);
  }
  const read = <T>(name: string, schema: FileSchema<T>): T[] =>
    name in files ? readFile(name, files[name], schema, errors) : [];
  const bundle: ReferenceBundle = {
    regions: read(...FILES.regions),
    teams: read(...FILES.teams),
    users: read(...FILES.users),
    deals: read(...FILES.deals),
    stageEvents: read(...FILES.stageEvents),
    interactions: read(...FILES.interactions),
    feedback: read(...FILES.feedback),
    targets: read(...FILES.targets),
  };
  if (errors.length > 0) {
    throw new Error(`Invalid bundle:\n${errors.join('\n')}`);
  }
  return bundle;
}

function readFile<T>(name: string, text: string, schema: FileSchema<T>, errors: string[]): T[] {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    errors.push(`${name}:${(error as Error).message}`);
    return [];
  }
  const allowed = new Set([...schema.required, ...schema.optional]);
  const unknown = table.header.filter((column) => !allowed.has(column));
  const missing = schema.required.filter((column) => !table.header.includes(column));
  const repeated = table.header.filter((column, index) => table.header.indexOf(column) !== index);
  const headerErrors = [
    ...unknown.map((column) => `${name}:1 ${column}: unknown column`),
    ...missing.map((column) => `${name}:1 ${column}: required column missing`),
    ...repeated.map((column) => `${name}:1 ${column}: column repeated`),
  ];
  if (headerErrors.length > 0) {
    errors.push(...headerErrors);
    return [];
  }
  const rows: T[] = [];
  for (const record of table.records) {
    const cells = new Map(
      table.header.map((column, index) => [column, record.cells[index] === '' ? null : record.cells[index]]),
    );
    const reader = new CellReader(name, record.line, cells, errors);
    const row = schema.read(reader);
    if (!reader.failed) {
      rows.push(row);
    }
  }
  return rows;
}
