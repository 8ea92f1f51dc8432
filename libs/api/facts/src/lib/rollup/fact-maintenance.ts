import {
  ADVISORY_LOCKS,
  isBulkWrite,
  isTableEmpty,
  lockUntilCommit,
  type SqlRunner,
  withIndexesSetAside,
} from '@salesdash/api/platform';
import type { DataSource } from 'typeorm';
import {
  CONTRIBUTIONS_SETTINGS,
  createDealMilestonesSql,
  DEAL_MILESTONES,
  dealContributionsSql,
  dealMilestonesSql,
  TOUCHED_DEALS,
} from './deal-contributions.sql';
import {
  BUCKET_TABLES,
  RESPONSE_BUCKET_SQL,
  ROLLUP_COUNTERS,
  ROLLUP_TABLES,
  type RollupTable,
  rollupKey,
} from './rollup-counters';

/** Changes the rollup definitions' meaning: a database built by another build is rebuilt at start. */
export const FACT_BUILD = 'rollups-3';

/** Every table of the facts layer. */
export const FACT_TABLES: readonly string[] = [
  ...Object.values(ROLLUP_TABLES).map((table) => table.name),
  ...Object.values(BUCKET_TABLES).map((table) => table.name),
  'response_fact',
];

const DELTA = 'fact_delta';
const RESPONSE_DELTA = 'response_delta';

/** A rollup table changed by the sums of a delta table, regrouped to the table's key. */
interface DeltaTarget {
  readonly table: RollupTable;
  readonly counters: readonly string[];
  readonly source: string;
  /** Extra key columns after the grain (the bucket). */
  readonly extraKey?: readonly string[];
}

function keyColumns(target: DeltaTarget): string[] {
  return [...rollupKey(target.table), ...(target.extraKey ?? [])];
}

/** The key as computed from a delta row, which is always per day. */
function keySource(target: DeltaTarget): string[] {
  return keyColumns(target).map((column) => (column === 'month' ? `date_trunc('month', day)::date AS month` : column));
}

/**
 * The delta's rows regrouped to the target's key, without those that change nothing — or, when the
 * delta already holds one row per key of the target (`onePerKey`), the rows as they are.
 */
function deltaRowsSql(target: DeltaTarget, onePerKey: boolean): string {
  const { counters } = target;
  if (onePerKey) {
    return `SELECT ${keyColumns(target).join(', ')}, ${counters.join(', ')} FROM ${target.source}`;
  }
  const sums = counters.map((counter) => `sum(${counter})`);
  const zero = counters.map(() => '0');
  return `
     SELECT ${keySource(target).join(', ')}, ${sums.join(', ')}
     FROM ${target.source}
     GROUP BY ${keyColumns(target)
       .map((_, index) => index + 1)
       .join(', ')}
     HAVING (${sums.join(', ')}) IS DISTINCT FROM (${zero.join(', ')})`;
}

/**
 * Adds a delta to a rollup table: only keys whose sums changed are written, and a row that no fact
 * contributes to any more is deleted. An empty table (the first import) gets plain inserts: no key
 * can conflict, and INSERT … ON CONFLICT would probe the key once more for every row.
 */
async function applyDelta(runner: SqlRunner, target: DeltaTarget, onePerKey: boolean): Promise<void> {
  const keys = keyColumns(target);
  const { counters } = target;
  const table = target.table.name;
  // In key order: the primary key then grows at its end instead of taking each row at a random place.
  const changedSums = `
     INSERT INTO ${table} AS r (${keys.join(', ')}, ${counters.join(', ')})
     ${deltaRowsSql(target, onePerKey)}
     ORDER BY ${keys.map((_, index) => index + 1).join(', ')}`;
  if (await isTableEmpty(runner, table)) {
    // Nothing reads the table by key meanwhile: its primary key is built once, over the sorted rows.
    await withIndexesSetAside(runner, table, () => runner.query(changedSums), { primaryKey: true });
    return;
  }
  await runAll(runner, [
    `${changedSums}
     ON CONFLICT (${keys.join(', ')})
     DO UPDATE SET ${counters.map((counter) => `${counter} = r.${counter} + EXCLUDED.${counter}`).join(', ')}`,
    `DELETE FROM ${table} r
     USING (SELECT DISTINCT ${keySource(target).join(', ')} FROM ${target.source}) k
     WHERE ${keys.map((key) => `r.${key} = k.${key}`).join(' AND ')} AND r.${counters[0]} = 0`,
  ]);
}

const ROLLUP_TARGETS: readonly DeltaTarget[] = Object.values(ROLLUP_TABLES).map((table) => ({
  table,
  counters: ROLLUP_COUNTERS,
  source: DELTA,
}));

const BUCKET_TARGETS: readonly DeltaTarget[] = Object.values(BUCKET_TABLES).map((table) => ({
  table,
  counters: ['responses'],
  source: RESPONSE_DELTA,
  extraKey: ['bucket'],
}));

/** The answered inbound interactions of the touched deals (or all), as response facts. */
function responseFactsSql(deals: 'all' | 'touched'): string {
  return `
    SELECT i.interaction_id, i.deal_id, d.business_model, d.rep_id, i.occurred_at, i.response_minutes,
           ${RESPONSE_BUCKET_SQL('i.response_minutes')}
    FROM interaction i
    JOIN deal d ON d.deal_id = i.deal_id
    ${deals === 'touched' ? `JOIN ${TOUCHED_DEALS} t ON t.deal_id = i.deal_id` : ''}
    WHERE i.direction = 'INBOUND' AND i.response_minutes IS NOT NULL`;
}

/** Response facts of the touched deals counted per day, model and bucket, with a sign. */
function responseCountsSql(sign: '-' | ''): string {
  return `
    SELECT (r.occurred_at AT TIME ZONE 'UTC')::date AS day, r.business_model, r.bucket, ${sign}count(*) AS responses
    FROM response_fact r JOIN ${TOUCHED_DEALS} t ON t.deal_id = r.deal_id
    GROUP BY 1, 2, 3`;
}

/** The latest instant of any fact of all deals or of the touched ones. */
function latestFactSql(deals: 'all' | 'touched'): string {
  const sources = [
    ['deal', 'created_at'],
    ['stage_event', 'occurred_at'],
    ['interaction', 'occurred_at'],
    ['feedback', 'occurred_at'],
  ].map(
    ([table, at]) =>
      `SELECT max(x.${at}) AS at FROM ${table} x${deals === 'touched' ? ` JOIN ${TOUCHED_DEALS} t ON t.deal_id = x.deal_id` : ''}`,
  );
  return `SELECT max(at) FROM (${sources.join(' UNION ALL ')}) latest`;
}

/**
 * The latest instant of any fact, with the deals' own and their events' latest read from
 * DEAL_MILESTONES of all deals (2M rows instead of 12M at ten million events).
 */
const LATEST_FACT_OF_MILESTONES_SQL = `
  SELECT max(at) FROM (
    SELECT max(greatest(created_at, last_event_at)) AS at FROM ${DEAL_MILESTONES}
    UNION ALL SELECT max(occurred_at) FROM interaction
    UNION ALL SELECT max(occurred_at) FROM feedback
  ) latest`;

const NEGATED_CONTRIBUTIONS = `
  SELECT day, business_model, rep_id, ${ROLLUP_COUNTERS.map((counter) => `-${counter} AS ${counter}`).join(', ')}
  FROM (${dealContributionsSql('touched')}) c`;

const NEW_RESPONSE_FACTS = 'response_fact_new';

/**
 * The response facts of the touched deals replaced by what they are now, in bulk (isBulkWrite) when
 * they outnumber those stored twice; or all of them, into the emptied table, in bulk.
 */
async function replaceResponseFacts(runner: SqlRunner, deals: 'all' | 'touched'): Promise<void> {
  if (deals === 'all') {
    await withIndexesSetAside(
      runner,
      'response_fact',
      () => runner.query(`INSERT INTO response_fact ${responseFactsSql('all')}`),
      {
        primaryKey: true,
      },
    );
    return;
  }
  await runner.query(`CREATE TEMP TABLE ${NEW_RESPONSE_FACTS} ON COMMIT DROP AS ${responseFactsSql(deals)}`);
  const [{ rows }] = (await runner.query(`SELECT count(*)::int AS rows FROM ${NEW_RESPONSE_FACTS}`)) as {
    rows: number;
  }[];
  const replace = () =>
    runAll(runner, [
      `DELETE FROM response_fact r USING ${TOUCHED_DEALS} t WHERE r.deal_id = t.deal_id`,
      `INSERT INTO response_fact SELECT * FROM ${NEW_RESPONSE_FACTS}`,
      `DROP TABLE ${NEW_RESPONSE_FACTS}`,
    ]);
  await ((await isBulkWrite(runner, 'response_fact', rows))
    ? withIndexesSetAside(runner, 'response_fact', replace)
    : replace());
}

/**
 * Applies the deltas to every rollup. `contributionsOnly`: the delta holds nothing but one
 * contributions statement (no stored deal was touched, or a rebuild), so it has one row per day, model
 * and rep — fact_rep_day's own key — and every row counts at least one fact: that table takes the rows
 * without regrouping them.
 */
async function applyDeltas(runner: SqlRunner, contributionsOnly: boolean): Promise<void> {
  for (const target of [...ROLLUP_TARGETS, ...BUCKET_TARGETS]) {
    await applyDelta(runner, target, contributionsOnly && target.table === ROLLUP_TABLES.repDay);
  }
}

async function runAll(runner: SqlRunner, statements: readonly string[]): Promise<void> {
  for (const statement of statements) {
    await runner.query(statement);
  }
}

/** DEAL_MILESTONES of all deals or of the touched ones, with statistics for the statements reading it. */
function milestoneStatements(deals: 'all' | 'touched'): string[] {
  return [
    ...createDealMilestonesSql(),
    `INSERT INTO ${DEAL_MILESTONES} ${dealMilestonesSql(deals)}`,
    `ANALYZE ${DEAL_MILESTONES}`,
  ];
}

/** A statement over the contributions, with the settings they run with. */
function withContributionSettings(statement: string): string[] {
  return [...CONTRIBUTIONS_SETTINGS.apply, statement, ...CONTRIBUTIONS_SETTINGS.restore];
}

/**
 * Keeps the facts layer current within a writer's transaction, for exactly the deals it touches: call
 * `beginChange` with the ids of those deals BEFORE writing their rows (their old contribution is
 * subtracted) and `completeChange` after (their new one is added). A deal touched means a deal whose
 * own row, or any of its events, interactions or feedback, is written — including a row moved away
 * from it.
 */
export const FactMaintenance = {
  async beginChange(runner: SqlRunner, touchedDealIdsSql: string): Promise<void> {
    await runAll(runner, [
      // Filled, then keyed: one index build instead of an index insert per deal (millions on a first import).
      `CREATE TEMP TABLE ${TOUCHED_DEALS} ON COMMIT DROP AS
         SELECT DISTINCT deal_id COLLATE "C" AS deal_id FROM (${touchedDealIdsSql}) touched`,
      `ALTER TABLE ${TOUCHED_DEALS} ADD PRIMARY KEY (deal_id)`,
      `ANALYZE ${TOUCHED_DEALS}`,
      ...milestoneStatements('touched'),
      ...withContributionSettings(`CREATE TEMP TABLE ${DELTA} ON COMMIT DROP AS ${NEGATED_CONTRIBUTIONS}`),
      `DROP TABLE ${DEAL_MILESTONES}`,
      `CREATE TEMP TABLE ${RESPONSE_DELTA} ON COMMIT DROP AS ${responseCountsSql('-')}`,
    ]);
  },

  async completeChange(runner: SqlRunner): Promise<void> {
    // Nothing stored was touched (a first import, or only new deals): there is no contribution to take back.
    const contributionsOnly = await isTableEmpty(runner, DELTA);
    await runAll(runner, [
      ...milestoneStatements('touched'),
      ...withContributionSettings(`INSERT INTO ${DELTA} ${dealContributionsSql('touched')}`),
      `DROP TABLE ${DEAL_MILESTONES}`,
    ]);
    await replaceResponseFacts(runner, 'touched');
    await runAll(runner, [
      `INSERT INTO ${RESPONSE_DELTA} ${responseCountsSql('')}`,
      `ANALYZE ${DELTA}, ${RESPONSE_DELTA}`,
    ]);
    await applyDeltas(runner, contributionsOnly);
    await runAll(runner, [
      // A fact moved earlier leaves the horizon later than needed: answers are then cached less, never wrongly.
      // No horizon yet means no fact was stored before: every fact is the touched deals', and the latest of
      // all is read without joining each table to them (only the branch taken is computed).
      `UPDATE fact_build SET version = version + 1,
         horizon = CASE WHEN horizon IS NULL THEN (${latestFactSql('all')})
                        ELSE greatest(horizon, (${latestFactSql('touched')})) END`,
      `DROP TABLE ${DELTA}, ${RESPONSE_DELTA}, ${TOUCHED_DEALS}`,
    ]);
  },

  /** Derives every fact table anew from the stored facts, and records the build. In a transaction. */
  async rebuild(runner: SqlRunner): Promise<void> {
    await FactMaintenance.beginRebuild(runner);
    await FactMaintenance.completeRebuild(runner);
  },

  /**
   * The first half of `rebuild`: empties the fact tables and derives DEAL_MILESTONES of every deal,
   * which a writer may read (the rules it proves about the events of each deal) until
   * `completeRebuild`.
   */
  async beginRebuild(runner: SqlRunner): Promise<void> {
    await runAll(runner, [`TRUNCATE ${FACT_TABLES.join(', ')}`, ...milestoneStatements('all')]);
  },

  /** The rest of `rebuild`, after `beginRebuild` in the same transaction. */
  async completeRebuild(runner: SqlRunner): Promise<void> {
    await runAll(runner, [
      ...withContributionSettings(`CREATE TEMP TABLE ${DELTA} ON COMMIT DROP AS ${dealContributionsSql('all')}`),
    ]);
    await replaceResponseFacts(runner, 'all');
    await runAll(runner, [
      `CREATE TEMP TABLE ${RESPONSE_DELTA} ON COMMIT DROP AS
         SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, business_model, bucket, count(*) AS responses
         FROM response_fact GROUP BY 1, 2, 3`,
      `ANALYZE ${DELTA}, ${RESPONSE_DELTA}`,
    ]);
    await applyDeltas(runner, true);
    await runAll(runner, [`DROP TABLE ${DELTA}, ${RESPONSE_DELTA}`, `ANALYZE ${FACT_TABLES.join(', ')}`]);
    await runner.query(
      `INSERT INTO fact_build (build, built_at, version, horizon) VALUES ($1, now(), 1, (${LATEST_FACT_OF_MILESTONES_SQL}))
       ON CONFLICT (singleton) DO UPDATE
       SET build = EXCLUDED.build, built_at = EXCLUDED.built_at, version = fact_build.version + 1,
           horizon = EXCLUDED.horizon`,
      [FACT_BUILD],
    );
    await runner.query(`DROP TABLE ${DEAL_MILESTONES}`);
  },

  /**
   * Rebuilds the tables unless they hold this build (a fresh database, or data stored before the
   * facts layer or by an older build). In a transaction that holds the import lock.
   */
  async ensureBuilt(runner: SqlRunner): Promise<boolean> {
    const rows = (await runner.query('SELECT build FROM fact_build')) as { build: string }[];
    if (rows[0]?.build === FACT_BUILD) {
      return false;
    }
    await FactMaintenance.rebuild(runner);
    return true;
  },
};

/**
 * Rebuilds the facts layer in a transaction of its own, behind the import lock: for rows written by
 * other means than the importer (test fixtures, repairs).
 */
export async function rebuildFacts(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL statement_timeout = 0');
    await lockUntilCommit(manager, ADVISORY_LOCKS.IMPORT);
    await FactMaintenance.rebuild(manager);
  });
}
