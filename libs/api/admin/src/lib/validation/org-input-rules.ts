import { type FieldIssue, ValidationError } from '@salesdash/api/platform';

export const MAX_ID_LENGTH = 64;
export const MAX_NAME_LENGTH = 120;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_REASON_LENGTH = 500;
export const MAX_SEARCH_LENGTH = 100;

// The ids of the CSV bundle (R-NORTH, T-NORTH-1, U-0001, admin-<uuid>): no spaces, nothing a URL or CSV must escape.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
// The importer's rule (libs/api/ingestion field-types EMAIL), so both paths accept the same addresses.
// The audit log's entity types: region, team, user, responsibility, …
const ENTITY_TYPE_PATTERN = /^[a-z][a-z0-9_.-]{0,39}$/;
const EMAIL_PATTERN = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;
// eslint-disable-next-line no-control-regex -- exactly the characters a name must not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
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
    if (id.length === 0 || id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) {
      this.issues.push({
        field,
        message: `must be 1–${MAX_ID_LENGTH} letters, digits or . _ : - starting with a letter or digit (got ${shown(id)})`,
      });
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
    const name = value.trim();
    if (name.length === 0) {
      this.issues.push({ field, message: 'must not be empty' });
    } else if (name.length > MAX_NAME_LENGTH) {
      this.issues.push({ field, message: `must be at most ${MAX_NAME_LENGTH} characters (got ${name.length})` });
    } else if (CONTROL_CHARACTERS.test(name)) {
      this.issues.push({ field, message: 'must be one line without control characters' });
    }
    return name;
  }

  email(value: string, field: string): string {
    const email = value.trim();
    if (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email)) {
      this.issues.push({ field, message: `must be an e-mail address like name@example.com (got ${shown(email)})` });
    }
    return email;
  }

  /** Why an administrator did something; empty means no reason given. */
  reason(value: string | null | undefined, field: string): string | null {
    const reason = value?.trim() ?? '';
    if (reason.length > MAX_REASON_LENGTH) {
      this.issues.push({ field, message: `must be at most ${MAX_REASON_LENGTH} characters (got ${reason.length})` });
    }
    return reason === '' ? null : reason;
  }

  /** Search text: trimmed, empty means no search. */
  search(value: string | null | undefined, field: string): string | null {
    const search = value?.trim() ?? '';
    if (search.length > MAX_SEARCH_LENGTH) {
      this.issues.push({ field, message: `must be at most ${MAX_SEARCH_LENGTH} characters (got ${search.length})` });
    }
    return search === '' ? null : search;
  }

  /** A whole number within [min, max]. */
  integer(value: number, field: string, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) {
      this.issues.push({ field, message: `must be a whole number from ${min} to ${max} (got ${value})` });
    }
    return value;
  }

  /** Throws every problem found so far as one ValidationError. */
  done(): void {
    if (this.issues.length > 0) {
      throw new ValidationError(this.issues);
    }
  }
}
