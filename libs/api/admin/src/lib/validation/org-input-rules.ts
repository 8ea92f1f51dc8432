import {
  emailProblem,
  fieldIssue,
  type FieldIssue,
  idProblem,
  MAX_REASON_LENGTH,
  MAX_SEARCH_LENGTH,
  nameProblem,
  textProblem,
  ValidationError,
} from '@salesdash/api/platform';
import type { CodeAndParams } from '@salesdash/shared/domain';

// The audit log's entity types: region, team, user, responsibility, …
const ENTITY_TYPE_PATTERN = /^[a-z][a-z0-9_.-]{0,39}$/;
const MAX_SHOWN_LENGTH = 40;

/** The offending value as a message names it, shortened when long. */
export function clipped(value: string): string {
  return value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value;
}

/**
 * Collects every problem of one input, each under its field path (`input.email`), so the caller
 * sees all of them at once; `done()` throws them as one ValidationError.
 */
export class InputCheck {
  private readonly issues: FieldIssue[] = [];

  private add(field: string, problem: CodeAndParams | undefined): void {
    if (problem !== undefined) {
      this.issues.push(fieldIssue(field, ...problem));
    }
  }

  /** An id as the CSV files carry it; answers it trimmed. */
  id(value: string, field: string): string {
    const id = value.trim();
    this.add(field, idProblem(id, clipped(id)));
    return id;
  }

  /** An optional id: empty means none. */
  optionalId(value: string | null | undefined, field: string): string | null {
    return value === null || value === undefined || value.trim() === '' ? null : this.id(value, field);
  }

  /** The kind of entity an audit entry is about. */
  entityType(value: string, field: string): string {
    if (!ENTITY_TYPE_PATTERN.test(value)) {
      this.add(field, ['ENTITY_TYPE_FORMAT', { value: clipped(value) }]);
    }
    return value;
  }

  /** A name shown to people: trimmed, not empty, one line. */
  name(value: string, field: string): string {
    this.add(field, nameProblem(value));
    return value.trim();
  }

  email(value: string, field: string): string {
    const email = value.trim();
    this.add(field, emailProblem(email, clipped(email)));
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
      this.add(field, ['WHOLE_NUMBER_OUT_OF_RANGE', { min, max, value }]);
    }
    return value;
  }

  private text(value: string, field: string, maxLength: number): void {
    this.add(field, textProblem(value, maxLength));
  }

  /** Throws every problem found so far as one ValidationError. */
  done(): void {
    if (this.issues.length > 0) {
      throw new ValidationError(this.issues);
    }
  }
}
