import { isDeepStrictEqual } from 'node:util';

export interface AuditFieldChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

function fieldsOf(snapshot: unknown): Record<string, unknown> {
  return snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot)
    ? (snapshot as Record<string, unknown>)
    : {};
}

function shownValue(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The fields an audit entry's `before` and `after` disagree on, in the order the entry names them:
 * a creation shows every field it set, a deletion every field it removed. Values are text (JSON for
 * anything but a string), null where a side had none.
 */
export function auditChanges(before: unknown, after: unknown): AuditFieldChange[] {
  const from = fieldsOf(before);
  const to = fieldsOf(after);
  const fields = [...new Set([...Object.keys(to), ...Object.keys(from)])];
  return fields
    .filter((field) => !isDeepStrictEqual(from[field] ?? null, to[field] ?? null))
    .map((field) => ({ field, before: shownValue(from[field]), after: shownValue(to[field]) }));
}
