import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type ApiError, toApiError } from '@salesdash/dashboard/shared/data-access';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';

/** One input the API refused, e.g. `input.email`: "must be an e-mail address …". */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** An API error with every refused field, so a form can mark all of them at once. */
export interface AdminError extends ApiError {
  readonly issues: readonly FieldIssue[];
}

function isFieldIssue(value: unknown): value is FieldIssue {
  const issue = value as Partial<FieldIssue> | null;
  return typeof issue?.field === 'string' && typeof issue.message === 'string';
}

/** The API's messages start with the field path (`input.email: …`); beside the field it is redundant. */
function withoutField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/**
 * Maps anything an Apollo call fails with to an AdminError: BAD_USER_INPUT lists every issue
 * (`extensions.issues`), a CONFLICT about one field (`extensions.field`) that field alone.
 */
export function toAdminError(error: unknown): AdminError {
  const base = toApiError(error);
  const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
  const listed = extensions?.['issues'];
  if (Array.isArray(listed) && listed.every(isFieldIssue)) {
    return { ...base, issues: listed };
  }
  return {
    ...base,
    issues: base.field ? [{ field: base.field, message: withoutField(base.message, base.field) }] : [],
  };
}

/** What a person reads about a failure: the API's own words for their input, plain words otherwise. */
export function errorMessage(error: ApiError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'NOT_FOUND':
      return error.message;
    case 'FORBIDDEN':
    case 'NETWORK':
      return ORG_ADMIN_TEXTS.error[error.code];
    default:
      return ORG_ADMIN_TEXTS.error.other;
  }
}

/** For a message outside a form (a confirmation): the refused fields' messages, or the plain message. */
export function actionMessage(error: AdminError): string {
  return error.issues.length > 0 ? error.issues.map((issue) => issue.message).join(' ') : errorMessage(error);
}

/** A failed form submission: the message per form field, and what concerns no field of the form. */
export interface FormErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly form: string | null;
}

/**
 * Sorts an API failure onto a form: an issue on `${prefix}${name}` for one of the form's `fields`
 * goes beside that field; the rest (or a failure without issues) is one message for the form.
 */
export function formErrors(error: AdminError, prefix: string, fields: readonly string[]): FormErrors {
  const byField: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of error.issues) {
    const name = issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : '';
    if (fields.includes(name)) {
      byField[name] ??= issue.message;
    } else {
      elsewhere.push(`${issue.field}: ${issue.message}`);
    }
  }
  const form = error.issues.length === 0 ? errorMessage(error) : elsewhere.length > 0 ? elsewhere.join(' ') : null;
  return { fields: byField, form };
}
