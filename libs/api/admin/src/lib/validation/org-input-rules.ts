import {
  EMAIL_RULE,
  type FieldIssue,
  ID_RULE,
  isEmail,
  isId,
  MAX_REASON_LENGTH,
  MAX_SEARCH_LENGTH,
  nameProblem,
  textProblem,
  ValidationError,
} from '@salesdash/api/platform';

// The audit log's entity types: region, team, user, responsibility, …
const ENTITY_TYPE_PATTERN = /^[a-z][a-z0-9_.-]{0,39}$/;
const MAX_SHOWN_LENGTH = 40;

/** The offending value as a message quotes it, shortened when long. */
export function shown(value: string): string {
  return `'${value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value}'`;
}

/**
 * Collects every problem of one input, each under its field path (`input.email`), so the caller
 * sees all of them at once; `done()` throws them as one ValidationError.
 */
export class InputCheck {
  private readonly issues: FieldIssue[] = [];

  /** An id as the CSV files carry it; answers it trimmed. */
  id(value: string, field: string): string {
    const id = value.trim();
    if (!isId(id)) {
      this.issues.push({ field, message: `${ID_RULE} (got ${shown(id)})` });
    }
    return id;
  }

  /** An optional id: empty means none. */
  optionalId(value: string | null | undefined, field: string): string | null {
    return value === null || value === undefined || value.trim() === '' ? null : this.id(value, field);
  }

  /** The kind of entity an audit entry is about. */
  entityType(value: string, field: string): string {
    if (!ENTITY_TYPE_PATTERN.test(value)) {
      this.issues.push({ field, message: `must be an entity type like user, team or region (got ${shown(value)})` });
    }
    return value;
  }

  /** A name shown to people: trimmed, not empty, one line. */
  name(value: string, field: string): string {
    const problem = nameProblem(value);
    if (problem !== undefined) {
      this.issues.push({ field, message: problem });
    }
    return value.trim();
  }

  email(value: string, field: string): string {
    const email = value.trim();
    if (!isEmail(email)) {
      this.issues.push({ field, message: `${EMAIL_RULE} (got ${shown(email)})` });
    }
    return email;
  }

  /** Why an administrator did something; empty means no reason given. */
  reason(value: string | null | undefined, field: string): string | null {
    const reason = value?.trim() ?? '';
    this.text(reason, field, MAX_REASON_LENGTH);
    return reason === '' ? null : reason;
  }

  /** Search text: trimmed, empty means no search. */
  search(value: string | null | undefined, field: string): string | null {
    const search = value?.trim() ?? '';
    this.text(search, field, MAX_SEARCH_LENGTH);
    return search === '' ? null : search;
  }

  /** A whole number within [min, max]. */
  integer(value: number, field: string, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) {
      this.issues.push({ field, message: `must be a whole number from ${min} to ${max} (got ${value})` });
    }
    return value;
  }

  private text(value: string, field: string, maxLength: number): void {
    const problem = textProblem(value, maxLength);
    if (problem !== undefined) {
      this.issues.push({ field, message: problem });
    }
  }

  /** Throws every problem found so far as one ValidationError. */
  done(): void {
    if (this.issues.length > 0) {
      throw new ValidationError(this.issues);
    }
  }
}
