/** Anything that runs SQL: a DataSource, or the EntityManager / QueryRunner of an open transaction. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** One administrative change: who did what to which entity, the state before and after, and why. */
export interface AuditEntry {
  /** The signed-in user; null for the system itself (start-up, CLI import). */
  readonly actorUserId: string | null;
  /** What happened, e.g. `user.deactivate`, `responsibility.grant`, `import.bundle`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null;
}

/**
 * Appends to the audit log. Pass the runner of the transaction that makes the change, so the entry
 * and the change commit (or roll back) together, and call it after the change has locked the entity
 * (its row, or the lock of its corridor series): the audit lists order an entity's entries by
 * audit_id, and an id taken under a lock held to commit is in the order the changes committed.
 * occurred_at (clock_timestamp(), taken here too) then agrees with that order.
 */
export async function recordAudit(runner: SqlRunner, entry: AuditEntry): Promise<void> {
  await runner.query(
    `INSERT INTO audit_log (actor_user_id, action, entity_type, entity_id, before, after, reason)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
    [
      entry.actorUserId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.reason ?? null,
    ],
  );
}

/**
 * Appends several entries in one statement, in the order given (their audit_ids ascend in that order);
 * the same transaction and lock rules as recordAudit.
 */
export async function recordAudits(runner: SqlRunner, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await runner.query(
    `INSERT INTO audit_log (actor_user_id, action, entity_type, entity_id, before, after, reason)
     SELECT actor, action, entity_type, entity_id, before::jsonb, after::jsonb, reason
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
          WITH ORDINALITY AS e (actor, action, entity_type, entity_id, before, after, reason, position)
     ORDER BY position`,
    [
      entries.map((entry) => entry.actorUserId),
      entries.map((entry) => entry.action),
      entries.map((entry) => entry.entityType),
      entries.map((entry) => entry.entityId),
      entries.map((entry) => json(entry.before)),
      entries.map((entry) => json(entry.after)),
      entries.map((entry) => entry.reason ?? null),
    ],
  );
}
