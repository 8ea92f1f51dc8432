import type { SqlRunner } from '../audit/audit-trail';

/**
 * The one registry of the PostgreSQL advisory locks the application takes, so that two unrelated
 * operations never queue behind each other by accident (imports once shared their key with the
 * "last active administrator" check, and deactivating an ADMIN waited for a whole import).
 *
 * Every lock uses the two-int4 form `pg_advisory_xact_lock(namespace, key)`. PostgreSQL keeps that
 * key space apart from the single-bigint one, and the first number keeps our namespaces apart from
 * each other: fixed locks live in FIXED with the keys of ADVISORY_LOCKS, while a family of locks
 * keyed by a hash (one per corridor series) gets a namespace of its own, so a hash can only ever
 * meet another hash of the same family (those two then queue, which is harmless), never a fixed lock.
 * Add a lock here, never as a literal where it is taken.
 */
export const LOCK_NAMESPACES = {
  /** The fixed locks listed in ADVISORY_LOCKS. */
  FIXED: 7_301_730,
  /** One lock per corridor series (business model, KPI, segment), keyed by `hashtext` of its id. */
  CORRIDOR_SERIES: 7_301_731,
  /** One lock per target grid (team, business model, KPI), keyed by `hashtext` of its id. */
  TARGET_GRID: 7_301_732,
} as const;

export interface AdvisoryLock {
  readonly namespace: number;
  readonly key: number;
}

export const ADVISORY_LOCKS = {
  /** Bundle imports run one at a time (CLI, upload and demo data upsert the same tables). */
  IMPORT: { namespace: LOCK_NAMESPACES.FIXED, key: 1 },
  /** Transactions that could leave the organisation without an active ADMIN queue here. */
  ACTIVE_ADMINS: { namespace: LOCK_NAMESPACES.FIXED, key: 2 },
  /** Test set-up: one suite creates the migrated template database while parallel suites wait (a session lock). */
  TEST_TEMPLATE: { namespace: LOCK_NAMESPACES.FIXED, key: 3 },
} as const satisfies Record<string, AdvisoryLock>;

/** Takes a fixed lock until the end of the runner's transaction (queueing behind its holder). */
export async function lockUntilCommit(runner: SqlRunner, lock: AdvisoryLock): Promise<void> {
  await runner.query('SELECT pg_advisory_xact_lock($1, $2)', [lock.namespace, lock.key]);
}

/** Takes a fixed lock for the connection's session, for work outside a transaction; end with unlockSession. */
export async function lockSession(runner: SqlRunner, lock: AdvisoryLock): Promise<void> {
  await runner.query('SELECT pg_advisory_lock($1, $2)', [lock.namespace, lock.key]);
}

export async function unlockSession(runner: SqlRunner, lock: AdvisoryLock): Promise<void> {
  await runner.query('SELECT pg_advisory_unlock($1, $2)', [lock.namespace, lock.key]);
}

/** Takes the lock of one corridor series until the end of the runner's transaction. */
export async function lockCorridorSeriesUntilCommit(runner: SqlRunner, seriesId: string): Promise<void> {
  await runner.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACES.CORRIDOR_SERIES, seriesId]);
}

/** Takes the lock of one target grid until the end of the runner's transaction. */
export async function lockTargetGridUntilCommit(runner: SqlRunner, gridId: string): Promise<void> {
  await runner.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACES.TARGET_GRID, gridId]);
}
