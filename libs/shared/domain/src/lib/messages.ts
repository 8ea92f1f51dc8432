/**
 * Every message the API shows to people, in English, by a stable code: the API answers each refusal and
 * each input problem with its code and parameters beside this text, so the dashboard can show it in
 * the reader's language. A `{name}` is a parameter; the parameter names of a code follow from its text,
 * so a message with a missing or misnamed parameter does not compile. Parameters are raw values
 * (numbers as numbers), a list one string joined as the text shows it. Codes name the problem, not the
 * place: one sentence has one code wherever it is said.
 */
export const MESSAGES = {
  // Input values, wherever they come from (GraphQL, an export's query parameters, a bundle file)
  VALUE_REQUIRED: 'is required',
  VALUE_EMPTY: 'must not be empty',
  TEXT_TOO_LONG: 'must be at most {maxLength} characters (got {length})',
  TEXT_HOLDS_NUL: 'must not contain NUL characters (U+0000)',
  TEXT_LONE_SURROGATE: 'must be well-formed Unicode (it holds a lone surrogate)',
  TEXT_NOT_ONE_LINE: 'must be one line without control characters',
  ID_FORMAT: "must be 1–{maxLength} letters, digits or . _ : - starting with a letter or digit (got '{value}')",
  EMAIL_FORMAT: "must be an e-mail address like name@example.com (got '{value}')",
  ENTITY_TYPE_FORMAT: "must be an entity type like user, team or region (got '{value}')",
  BUSINESS_MODEL_CODE_FORMAT: "must be 2–64 capital letters, digits or _ starting with a letter (got '{value}')",
  WHOLE_NUMBER_OUT_OF_RANGE: 'must be a whole number from {min} to {max} (got {value})',
  WHOLE_NUMBER_TEXT_OUT_OF_RANGE: "must be a whole number from {min} to {max} (got '{value}')",
  INTEGER_OUT_OF_RANGE: "must be an integer from {min} to {max} (got '{value}')",
  NOT_WHOLE_NUMBER: 'must be a whole number',
  NOT_A_NUMBER: 'must be a number',
  NOT_A_FINITE_NUMBER: 'must be a finite number',
  NOT_NEGATIVE: 'must be 0 or more',
  BETWEEN_ONE_AND: 'must be between 1 and {max}',
  AT_MOST_TWO_DECIMALS: 'must have at most 2 decimals',
  AMOUNT_FORMAT:
    "must be an amount in EUR ≥ 0 with at most 2 decimals and no thousands separators, like 1250.50 (got '{value}')",
  DECIMAL_FORMAT: "must be a decimal number ≥ 0, like 12.5 (got '{value}')",
  BOOLEAN_FORMAT: "must be true or false (got '{value}')",
  ONE_OF: 'must be one of {choices}',
  ONE_OF_GOT: "must be one of {choices} (got '{value}')",
  DATE_FORMAT: "must be a date YYYY-MM-DD (got '{value}')",
  DATE_OUT_OF_RANGE: "must be a date from 1900-01-01 to 9999-12-31 (got '{value}')",
  MONTH_FORMAT: "must be a month YYYY-MM (got '{value}')",
  NOT_AN_INSTANT: 'must be an instant',
  INSTANT_FORMAT: "must be an ISO 8601 instant (got '{value}')",
  INSTANT_WITH_OFFSET_FORMAT: "must be an ISO 8601 instant with Z or an offset (got '{value}')",
  TIMESTAMP_FORMAT: "must be an ISO 8601 timestamp with Z or an offset, like 2026-01-31T09:30:00Z (got '{value}')",
  TIMESTAMP_OUT_OF_RANGE: "must lie from 1900-01-01 to 9999-12-31 (UTC) (got '{value}')",
  JOURNEY_STAGE_FORMAT: "must be a journey stage (got '{value}')",
  TOUCHPOINT_FORMAT: "must be a touchpoint (got '{value}')",
  SCOPE_TYPE_REQUIRED_WITH_ID: 'is required with scopeId',

  // The GraphQL scalars and GraphQL's own checks of an operation's arguments
  SCALAR_NOT_A_STRING: '{scalar} must be a string',
  DATE_SCALAR_FORMAT: 'Date must be a calendar date YYYY-MM-DD from 1900-01-01 to 9999-12-31 (got {value})',
  DATE_TIME_SCALAR_FORMAT:
    'DateTime must be ISO 8601 with Z or an offset, e.g. 2026-03-01T12:00:00Z, a real date and time from 1900-01-01 to 9999-12-31 (UTC) (got {value})',
  UNKNOWN_ENUM_VALUE: 'Value "{value}" does not exist in "{enum}" enum.',
  ARGUMENT_NOT_PROVIDED: 'Argument "{argument}" of required type "{type}" was not provided.',
  ARGUMENT_VARIABLE_NOT_PROVIDED:
    'Argument "{argument}" of required type "{type}" was provided the variable "${variable}" which was not provided a runtime value.',
  ARGUMENT_NULL: 'Argument "{argument}" of non-null type "{type}" must not be null.',
  ARGUMENT_INVALID: 'Argument "{argument}" has invalid value {value}.',

  // Load, time and the shape of an operation
  INTERNAL_ERROR: 'Internal server error',
  SERVER_BUSY: 'The server is busy with other heavy queries; try again in {seconds} s',
  TOO_MANY_HEAVY_QUERIES: 'Too many heavy queries: at most {limit} a minute per user; try again in {seconds} s',
  STATEMENT_TIMEOUT:
    'The computation took longer than the server allows and was cancelled; ask for a shorter period or fewer business models, or try again later',
  DATABASE_UNAVAILABLE: 'The database is unavailable at the moment; try again in {seconds} s',
  OPERATION_TOO_DEEP: 'The operation is nested {depth} levels deep; at most {max} are allowed',
  NAMED_OPERATION_TOO_DEEP: 'Operation {operation} is nested {depth} levels deep; at most {max} are allowed',
  OPERATION_TOO_COSTLY:
    "The operation costs {cost}; at most {max} is allowed (each field 1, a list's selection × {listMultiplier}, every alias counted): split it into smaller requests",
  NAMED_OPERATION_TOO_COSTLY:
    "Operation {operation} costs {cost}; at most {max} is allowed (each field 1, a list's selection × {listMultiplier}, every alias counted): split it into smaller requests",

  // Signing in, sessions and passwords
  LOGIN_FAILED: 'E-mail or password is wrong',
  TOO_MANY_SIGN_IN_ATTEMPTS: 'Too many sign-in attempts; try again in {seconds} s',
  NO_SESSION_TO_REFRESH: 'No session to refresh; sign in',
  SESSION_ENDED: 'Your session has ended; sign in again',
  CSRF_TOKEN_MISMATCH: 'The CSRF token is missing or does not match this session',
  SIGN_IN_FIRST: 'Sign in first: the access token is missing, invalid or expired',
  PASSWORD_CHANGE_REQUIRED:
    'Change your password first: an administrator set it, so it must be replaced before anything else',
  CURRENT_PASSWORD_WRONG: 'is wrong',
  PASSWORD_TOO_SHORT: 'must have at least {min} characters',
  PASSWORD_TOO_LONG: 'must have at most {max} characters',
  PASSWORD_UNCHANGED: 'must differ from the current password',
  PASSWORD_IS_EMAIL: 'must not be your e-mail address',

  // Who may do and see what
  OPERATION_WITHOUT_ACCESS_RULE: 'This operation declares no access rule and is refused',
  ROLE_MAY_NOT_USE_OPERATION: 'The role {role} may not use this operation',
  ROLE_MAY_NOT_SEE_KPIS: 'The role {role} may not see {kpis}',
  NO_MANAGED_TEAM: 'You manage no team yet, so there are no rows to show',
  SALES_REP_SEES_OWN_DEALS: 'A sales rep sees only their own deals',
  SALES_MANAGER_SEES_OWN_TEAMS: 'A sales manager sees only the teams they manage and the reps in them',
  SALES_MANAGER_SEES_OWN_TEAMS_DEALS: 'A sales manager sees only the deals of the teams they manage',
  SALES_MANAGER_TARGETS_OWN_TEAMS: 'A sales manager sets and sees the targets of the teams they manage only',
  ROLE_MAY_NOT_SET_TARGETS: 'The role {role} may read targets but not set them',

  // Unknown things a request names
  UNKNOWN_BUSINESS_MODEL: "unknown business model '{code}'",
  UNKNOWN_BUSINESS_MODELS: 'unknown business model {codes}',
  UNKNOWN_KPI: "unknown KPI '{code}'",
  UNKNOWN_KPIS: 'unknown KPI {codes}',
  UNKNOWN_ROLE: "unknown role '{role}'",
  UNKNOWN_REGION: "unknown region '{id}'",
  UNKNOWN_REGIONS: 'unknown region {ids}',
  UNKNOWN_TEAM: "unknown team '{id}'",
  UNKNOWN_TEAMS: 'unknown team {ids}',
  UNKNOWN_USER: "unknown user '{id}'",
  UNKNOWN_REP: "unknown rep '{id}'",
  UNKNOWN_REPS: 'unknown rep {ids}',
  UNKNOWN_DEAL: "unknown deal '{id}'",
  UNKNOWN_STAGES: 'unknown stage {values}',
  UNKNOWN_TOUCHPOINTS: 'unknown touchpoint {values}',
  UNKNOWN_RECOVERIES: 'unknown recovery {values}',
  NOT_A_SALES_REP: "'{id}' is not a sales rep (role {role})",

  // Filters: periods, scopes, lists
  PERIOD_END_NOT_AFTER_START: 'to ({to}) must be after from ({from})',
  PERIOD_TOO_LONG: 'a period may span at most {years} years',
  TREND_MONTHS_OUT_OF_RANGE: 'months must be between 1 and {max}',
  HISTORY_LIMIT_OUT_OF_RANGE: 'limit must be between 1 and {max}',
  NAME_AT_LEAST_ONE_BUSINESS_MODEL: 'name at least one business model, or leave businessModels out for all',
  NAME_AT_LEAST_ONE_KPI: 'name at least one KPI, or leave kpis out for all',
  NAME_AT_LEAST_ONE_STAGE: 'name at least one stage, or leave it out for all',
  NAME_AT_LEAST_ONE_TOUCHPOINT: 'name at least one touchpoint, or leave it out for all',
  NAME_AT_LEAST_ONE_RECOVERY: 'name at least one recovery, or leave it out for all',
  COMPANY_IS_ONE_SCOPE: 'the company is one scope: ask kpiValues for it',
  COMPANY_NOT_ONE_OF_SEVERAL_SCOPES: 'the company is one scope, not one of several',
  COMPANY_SCOPE_TAKES_NO_ID: 'a COMPANY scope takes no id',
  REGION_SCOPE_NEEDS_ID: 'a REGION scope needs the id of a region',
  TEAM_SCOPE_NEEDS_ID: 'a TEAM scope needs the id of a team',
  REP_SCOPE_NEEDS_ID: 'a REP scope needs the id of a rep',
  SCOPE_IDS_COUNT: 'name 1 to {max} ids (got {count})',
  SCOPE_IDS_REPEATED: 'each id once: {ids} repeated',
  CSAT_MAX_BELOW_MIN: 'must be at least csatMin ({min}), got {value}',
  KPI_ROWS_EXPORT_TOO_LARGE:
    '{total} rows are more than the {max} an export holds: choose a shorter period or a narrower scope',
  FEEDBACK_EXPORT_TOO_LARGE:
    'the export would hold {total} feedback rows, at most {max} are allowed: choose a shorter period or narrow the filters',

  // Who sees which KPI (the responsibility matrix)
  REASON_REQUIRED_FOR_AUDIT: 'give a reason: it is kept in the audit log with the change',
  REASON_TOO_LONG: 'a reason may have at most {max} characters (this one has {length})',
  REASON_TOO_SHORT: 'must be at least {min} characters (got {length})',
  CHANGES_EMPTY: 'name at least one change',
  CHANGES_TOO_MANY: 'at most {max} changes, one per cell of the matrix',
  ADMIN_ROW_FIXED: 'the ADMIN row is fixed at every KPI: administrators support every other role',
  CELL_CHANGED_TWICE: '{cell} is already changed by changes[{first}]; name each cell once',
  KPI_ALREADY_SEEN:
    '{role} already sees {kpi}, so this changes nothing; reload the matrix, it may have been changed meanwhile',
  KPI_ALREADY_NOT_SEEN:
    '{role} already does not see {kpi}, so this changes nothing; reload the matrix, it may have been changed meanwhile',

  // The organisation's administration
  REGION_EXISTS: "region '{id}' already exists",
  TEAM_EXISTS: "team '{id}' already exists",
  USER_EXISTS: "user '{id}' already exists",
  REGION_NAME_TAKEN: "region {holder} is already called '{name}'",
  REGION_NAME_TAKEN_BY_ANOTHER: "another region is already called '{name}'",
  TEAM_NAME_TAKEN: "team {holder} of this region is already called '{name}'",
  TEAM_NAME_TAKEN_BY_ANOTHER: "another team of this region is already called '{name}'",
  REGION_HAS_TEAMS: "region '{name}' still has {count} team(s) ({teams}): move or delete them first",
  TEAM_HAS_MEMBERS: "team '{name}' still has {count} member(s): move them to another team first",
  TEAM_HAS_TARGETS: "team '{name}' has {count} target(s) in targets.csv; a team with targets is kept",
  MANAGER_NOT_SALES_MANAGER: "{name} has the role {role}; a team's manager must be a SALES_MANAGER",
  MANAGER_DEACTIVATED: "{name} is deactivated; a team's manager must be active",
  EMAIL_TAKEN: "e-mail '{email}' is already used by another user (ignoring case)",
  EMAIL_TAKEN_BY_USER: "e-mail '{email}' is already used by user {userId} (ignoring case)",
  USER_MANAGES_TEAMS: '{name} manages {teams}: give those teams another manager first',
  USER_ALREADY_DEACTIVATED: '{name} is already deactivated',
  USER_ALREADY_ACTIVE: '{name} is already active',
  CANNOT_DEACTIVATE_YOURSELF: 'you cannot deactivate yourself; another administrator has to',
  CANNOT_DEMOTE_YOURSELF: 'you cannot take the ADMIN role from yourself; another administrator has to',
  CANNOT_RESET_OWN_PASSWORD: 'you cannot reset your own password; another administrator has to',
  LAST_ACTIVE_ADMIN: '{name} is the last active administrator; make another user an active ADMIN first',

  // Business models and corridors
  BUSINESS_MODEL_EXISTS: 'business model {code} already exists',
  BUSINESS_MODEL_NAME_TAKEN: "business model {holder} is already called '{name}'",
  BUSINESS_MODEL_NAME_TAKEN_BY_ANOTHER: "another business model is already called '{name}'",
  BUSINESS_MODEL_RETIRED_FOR_CORRIDORS:
    'business model {code} is retired: reinstate it before publishing corridors for it',
  EXPECTED_VERSION_INVALID: 'must be a version number ≥ 1, or null for a new series (got {value})',
  CORRIDOR_HAS_NO_VERSION: 'corridor {series} has no version yet: publish it with expectedVersion null',
  CORRIDOR_CHANGED: 'corridor {series} was changed by {by} at {at} (now version {version}): review it and retry',
  CORRIDOR_CHANGED_BY_SYSTEM:
    'corridor {series} was changed by the system at {at} (now version {version}): review it and retry',
  BASIS_NOT_FOR_KPI: '{basis} is not a basis for {kpi}',
  VALUE_BASIS_NOT_FOR_KPI: 'the value is not a basis for {kpi}: use {allowed}',
  PER_REP_MONTH_BASIS_NOT_FOR_KPI: 'per rep and month is not a basis for {kpi}: use {allowed}',
  SHARE_OF_TARGET_BASIS_NOT_FOR_KPI: 'share of the target to date is not a basis for {kpi}: use {allowed}',
  BOUND_OUTSIDE_UNIT_RANGE: 'must lie within {min}..{max} for a {unit} KPI (got {value})',
  BOUND_BELOW_UNIT_MINIMUM: 'must lie within {min} or more for a {unit} KPI (got {value})',
  BOUND_BELOW_SHARE_MINIMUM: 'must lie within {min} or more for a share of target (got {value})',
  NO_BOUND_SET: 'set at least one bound',
  BOUND_BELOW_ACCEPTABLE_MIN: 'must not be below acceptableMin ({min})',
  BOUND_BELOW_TOLERATED_MIN: 'must not be below toleratedMin ({min})',
  TOLERATED_BAND_NOT_CONTAINING_ACCEPTABLE: 'the tolerated band must contain the acceptable band',
  RATIONALE_REQUIRED: 'say why this corridor fits the business model',

  // Targets
  TARGET_TOO_LARGE: 'must be at most 999,999,999,999',
  BUSINESS_MODEL_RETIRED_FOR_TARGETS: 'business model {code} is retired: its targets can no longer change',
  GRID_TOO_MANY_CELLS: 'must hold at most {max} cells (got {count})',
  MONTH_OUTSIDE_GRID: "must be a month of the grid, {first} to {last} (got '{value}')",
  CELL_NAMED_TWICE: 'names {scopeType} {scopeId} in {month} twice',
  NO_CELL_TO_SET: 'must name at least one cell to set',
  NOT_THE_GRID_TEAM: "must be the grid's team {teamId} (got '{value}')",
  NOT_A_REP_OF_TEAM: "'{repId}' is not a rep of team {teamId}",
  TARGETS_CHANGED_BY:
    'These targets changed since you opened them: {by} changed {name} in {month} at {at}. Nothing was saved: reload to see the current targets (your edits are kept to apply again).',
  TARGETS_CHANGED_BY_AND_ONE_MORE:
    'These targets changed since you opened them: {by} changed {name} in {month} at {at} and 1 more cell. Nothing was saved: reload to see the current targets (your edits are kept to apply again).',
  TARGETS_CHANGED_BY_AND_MORE:
    'These targets changed since you opened them: {by} changed {name} in {month} at {at} and {more} more cells. Nothing was saved: reload to see the current targets (your edits are kept to apply again).',
  TARGETS_AND_REPS_CHANGED_BY:
    "These targets changed since you opened them: {by} changed {name} in {month} at {at}; the team's reps changed too. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",
  TARGETS_AND_REPS_CHANGED_BY_AND_ONE_MORE:
    "These targets changed since you opened them: {by} changed {name} in {month} at {at} and 1 more cell; the team's reps changed too. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",
  TARGETS_AND_REPS_CHANGED_BY_AND_MORE:
    "These targets changed since you opened them: {by} changed {name} in {month} at {at} and {more} more cells; the team's reps changed too. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",
  TARGETS_CHANGED_BY_IMPORT:
    'These targets changed since you opened them: {name} in {month} changed (by an import). Nothing was saved: reload to see the current targets (your edits are kept to apply again).',
  TARGETS_CHANGED_BY_IMPORT_AND_ONE_MORE:
    'These targets changed since you opened them: {name} in {month} changed (by an import) and 1 more cell. Nothing was saved: reload to see the current targets (your edits are kept to apply again).',
  TARGETS_CHANGED_BY_IMPORT_AND_MORE:
    'These targets changed since you opened them: {name} in {month} changed (by an import) and {more} more cells. Nothing was saved: reload to see the current targets (your edits are kept to apply again).',
  TARGETS_AND_REPS_CHANGED_BY_IMPORT:
    "These targets changed since you opened them: {name} in {month} changed (by an import); the team's reps changed too. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",
  TARGETS_AND_REPS_CHANGED_BY_IMPORT_AND_ONE_MORE:
    "These targets changed since you opened them: {name} in {month} changed (by an import) and 1 more cell; the team's reps changed too. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",
  TARGETS_AND_REPS_CHANGED_BY_IMPORT_AND_MORE:
    "These targets changed since you opened them: {name} in {month} changed (by an import) and {more} more cells; the team's reps changed too. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",
  TEAM_REPS_CHANGED:
    "These targets changed since you opened them: the team's reps changed. Nothing was saved: reload to see the current targets (your edits are kept to apply again).",

  // The customer journey
  MOMENT_HAS_NO_FLAG: '{businessModel} has no flag on {stage} × {touchpoint}',

  // Uploading an import bundle
  UPLOAD_EMPTY: "no file was uploaded; send the bundle's CSV files as multipart/form-data in the field '{field}'",
  UPLOAD_UNREADABLE:
    "the upload could not be read ({reason}); send only the bundle's CSV files as multipart/form-data in the field '{field}'",
  UPLOAD_NOT_A_BUNDLE_FILE: "'{file}' is not a bundle file; a bundle holds only {allowed}",
  UPLOAD_FILE_TWICE: "'{file}' is uploaded twice; a bundle holds each file once",
  UPLOAD_FILE_TOO_LARGE:
    "'{file}' is larger than {limit}, the most one file of an upload may have; import it with npm run import instead",
  UPLOAD_TOO_LARGE:
    'the upload is larger than {limit}, the most one upload may have; upload the files in several imports, or use npm run import',

  // An import bundle: its files, their CSV and their rows (docs/import.md)
  BUNDLE_WITHOUT_CSV: 'the bundle holds no CSV file',
  FILE_TWICE_IN_BUNDLE: 'the file appears twice in the bundle',
  UNKNOWN_BUNDLE_FILE: 'unknown file (a bundle may hold {files})',
  FILE_EMPTY: 'the file is empty: a header row is required',
  FILE_NOT_UTF8: 'the file is not valid UTF-8',
  FILE_ENDS_INSIDE_CHARACTER: 'the file is not valid UTF-8 (it ends inside a character)',
  FILE_HOLDS_NUL: 'the file holds a NUL character',
  QUOTED_FIELD_NOT_CLOSED: 'a quoted field is never closed',
  QUOTE_IN_UNQUOTED_FIELD: 'a quote inside an unquoted field (quote the whole field and double the quote: "a ""b"" c")',
  TEXT_AFTER_CLOSING_QUOTE: 'unexpected text after a closing quote (a field ends at a comma)',
  UNKNOWN_COLUMN: 'unknown column ({file} has: {columns})',
  DUPLICATE_COLUMN: 'duplicate column (fields {first} and {second})',
  REQUIRED_COLUMN_MISSING: 'required column is missing from the header',
  ROW_WIDTH_MISMATCH: 'the row has {fields} fields, the header has {width}',
  PERIOD_END_NOT_AFTER_PERIOD_START: 'must be after period_start {start} (got {end})',
  DUPLICATE_ID: "duplicate id '{id}' (first on line {firstLine})",
  EMAIL_REPEATED_IN_BUNDLE: "e-mail '{email}' is also used on line {firstLine} (e-mails ignore case)",
  EMAIL_OF_STORED_USER: "e-mail '{email}' already belongs to user '{userId}'",
  REGION_NAME_REPEATED_IN_BUNDLE: "region name '{name}' is also used on line {firstLine} (names ignore case)",
  REGION_NAME_OF_STORED_REGION: "region name '{name}' already belongs to region '{regionId}'",
  TEAM_NAME_REPEATED_IN_BUNDLE:
    "team name '{name}' is also used on line {firstLine} in region '{regionId}' (names ignore case)",
  TEAM_NAME_OF_STORED_TEAM: "team name '{name}' already belongs to team '{teamId}' of region '{regionId}'",
  UNKNOWN_STORED_BUSINESS_MODEL: "unknown business model '{value}' (known: {known})",
  UNKNOWN_STORED_KPI: "unknown KPI '{value}' (known: {known})",
  UNRESOLVED_REGION: "unknown region '{value}' (neither in {file} nor stored)",
  UNRESOLVED_TEAM: "unknown team '{value}' (neither in {file} nor stored)",
  UNRESOLVED_USER: "unknown user '{value}' (neither in {file} nor stored)",
  UNRESOLVED_DEAL: "unknown deal '{value}' (neither in {file} nor stored)",
  TARGET_REPLACED_IN_GRID:
    "target '{targetId}' was replaced when {by} edited these targets in the dashboard on {at} UTC: its other months are stored as rows of their own, so importing it again would count them twice; give the row a new id, or leave it out",
  TARGET_REPLACED_IN_GRID_BY_SOMEONE:
    "target '{targetId}' was replaced when someone edited these targets in the dashboard on {at} UTC: its other months are stored as rows of their own, so importing it again would count them twice; give the row a new id, or leave it out",
  EVENT_BEFORE_DEAL_CREATED: "{occurredAt} UTC is before the created_at {createdAt} UTC of deal '{dealId}'",
  DEAL_CREATED_AFTER_STORED_EVENT:
    "{createdAt} UTC is after the {stage} event at {occurredAt} UTC (stored event '{eventId}')",
  STAGE_REPEATED: "deal '{dealId}' already has a {stage} event (event '{eventId}' on line {line})",
  STAGE_REPEATED_STORED: "deal '{dealId}' already has a {stage} event (stored event '{eventId}')",
  EVENT_AFTER_LOST:
    "deal '{dealId}' was LOST at {lostAt} UTC (event '{lostEventId}' on line {lostLine}); no {stage} event may follow",
  EVENT_AFTER_STORED_LOST:
    "deal '{dealId}' was LOST at {lostAt} UTC (stored event '{lostEventId}'); no {stage} event may follow",
  STORED_EVENT_AFTER_LOST:
    "LOST at {lostAt} UTC, but stored event '{eventId}' ({stage} at {occurredAt} UTC) follows it",
} as const;

export type MessageCode = keyof typeof MESSAGES;

type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | PlaceholdersOf<R> : never;

/** The parameter names of a code: the `{name}`s of its text. */
export type MessageParamName<C extends MessageCode> = PlaceholdersOf<(typeof MESSAGES)[C]>;

/** A code's parameters by name; a code without any takes `{}` and nothing else. */
export type MessageParams<C extends MessageCode> = [MessageParamName<C>] extends [never]
  ? Readonly<Record<string, never>>
  : Readonly<Record<MessageParamName<C>, string | number>>;

/** Any code's parameters, as they travel. */
export type MessageParamValues = Readonly<Record<string, string | number>>;

/** A code and its parameters as arguments, e.g. `('DATE_FORMAT', { value })`: the code decides what the parameters are. */
export type CodeAndParams = { [C in MessageCode]: [code: C, params: MessageParams<C>] }[MessageCode];

declare const englishTextBrand: unique symbol;

/** A message's English text as englishMessage fills it in; nothing else is one, so no text goes out uncoded. */
export type EnglishText = string & { readonly [englishTextBrand]: true };

/** A message by its code and parameters, e.g. `{ code: 'DATE_FORMAT', params: { value } }`. */
export type MessageRef = { [C in MessageCode]: { readonly code: C; readonly params: MessageParams<C> } }[MessageCode];

/** A message by code and parameters, with its English text beside them. */
export type CodedMessage = MessageRef & { readonly message: EnglishText };

const PLACEHOLDER = /\{(\w+)\}/g;

export function isMessageCode(value: string): value is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, value);
}

function filledIn(code: MessageCode, params: MessageParamValues): EnglishText {
  const text: string = MESSAGES[code];
  return text.replace(PLACEHOLDER, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  ) as EnglishText;
}

/** The English text of a code with its parameters filled in. */
export function englishMessage<C extends MessageCode>(code: C, params: MessageParams<C>): EnglishText {
  return filledIn(code, params);
}

/** A code and its parameters with the English text beside them. */
export function codedMessage(...[code, params]: CodeAndParams): CodedMessage {
  // The tuple ties the parameters to the code; destructured, TypeScript no longer sees that they belong together.
  return { code, params, message: filledIn(code, params) } as CodedMessage;
}

/** The English text of a message given as an object. */
export function englishTextOf(message: MessageRef): EnglishText {
  return filledIn(message.code, message.params);
}

/**
 * A code and its parameters as an object, without its English text: what rules that run in the dashboard
 * too return, so that the dashboard does not carry the English catalogue.
 */
export function messageRef(...[code, params]: CodeAndParams): MessageRef {
  return { code, params } as MessageRef;
}

/** A message given as an object, as arguments: `check.add(field, ...messageArgs(problem))`. */
export function messageArgs(message: MessageRef): CodeAndParams {
  return [message.code, message.params] as CodeAndParams;
}
