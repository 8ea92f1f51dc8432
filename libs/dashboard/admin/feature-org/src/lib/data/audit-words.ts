import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { isRole } from '@salesdash/shared/domain';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import type { AuditEntryDto } from './org-admin.models';

const TEXTS = ORG_ADMIN_TEXTS.history;

/** An audit entry as a person reads it. */
export interface AuditEntryInWords {
  readonly id: string;
  readonly when: string;
  /** ISO instant for the `<time>` element. */
  readonly at: string;
  readonly summary: string;
  readonly changes: readonly string[];
  readonly reason: string | null;
}

const WHEN = new Intl.DateTimeFormat(DASHBOARD_LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function valueInWords(field: string, value: string | null): string {
  if (value === null) {
    return TEXTS.noValue;
  }
  if (value === 'true' || value === 'false') {
    return value === 'true' ? TEXTS.yes : TEXTS.no;
  }
  return field === 'role' && isRole(value) ? ORG_ADMIN_TEXTS.roles[value] : value;
}

function changeInWords(change: AuditEntryDto['changes'][number]): string {
  const params = {
    field: TEXTS.fields[change.field] ?? change.field,
    before: valueInWords(change.field, change.before),
    after: valueInWords(change.field, change.after),
  };
  if (change.before === null) {
    return interpolate(TEXTS.set, params);
  }
  return interpolate(change.after === null ? TEXTS.removed : TEXTS.change, params);
}

/** "Ada Admin deactivated the user", with each changed field as "Role: Sales rep → Sales manager". */
export function auditEntryInWords(entry: AuditEntryDto): AuditEntryInWords {
  const actor = entry.actor?.displayName ?? TEXTS.system;
  const sentence = TEXTS.actions[entry.action];
  return {
    id: entry.id,
    at: entry.occurredAt,
    when: interpolate(TEXTS.at, { when: WHEN.format(new Date(entry.occurredAt)) }),
    summary: sentence
      ? interpolate(sentence, { actor })
      : interpolate(TEXTS.otherAction, { actor, action: entry.action }),
    changes: entry.changes.map(changeInWords),
    reason: entry.reason === null ? null : interpolate(TEXTS.reason, { reason: entry.reason }),
  };
}
