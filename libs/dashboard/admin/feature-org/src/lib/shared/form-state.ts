import { type ElementRef, signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { type AdminError, type FormErrors, formErrors } from '../data/admin-error';

const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * The submission state of one admin form: busy while the API works, then either done or the API's
 * refusals sorted onto the form's fields (`input.<field>`), the first refused field focused.
 */
export class FormState<F extends string> {
  readonly busy = signal(false);
  readonly errors = signal<FormErrors>(NO_ERRORS);

  constructor(
    private readonly id: string,
    private readonly fields: readonly F[],
    private readonly host: ElementRef<HTMLElement>,
  ) {}

  fieldId(field: F): string {
    return `${this.id}-${field}`;
  }

  errorOf(field: F): string | null {
    return this.errors().fields[field] ?? null;
  }

  /** The ids that describe a field: its hint when it has one, its error when refused. */
  describedBy(field: F, hint = false): string | null {
    const ids = [hint ? `${this.fieldId(field)}-hint` : '', this.errorOf(field) ? `${this.fieldId(field)}-error` : ''];
    return ids.filter((id) => id !== '').join(' ') || null;
  }

  submit<T>(request: Observable<T>, done: (answer: T) => void): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.errors.set(NO_ERRORS);
    request.subscribe({
      next: (answer) => {
        this.busy.set(false);
        done(answer);
      },
      error: (error: AdminError) => {
        this.busy.set(false);
        const errors = formErrors(error, 'input.', this.fields);
        this.errors.set(errors);
        const first = this.fields.find((field) => errors.fields[field] !== undefined);
        if (first) {
          this.host.nativeElement.querySelector<HTMLElement>(`#${this.fieldId(first)}`)?.focus();
        }
      },
    });
  }
}
