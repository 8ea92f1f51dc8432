import { ElementRef, inject, signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { type AdminError, type FormErrors, formErrors } from '../data/admin-error';
import { sendOnce } from './send-once';

const NO_ERRORS: FormErrors = { fields: {}, form: null };

let nextId = 0;

/**
 * The submission state of one admin form: busy while the API works, then either done or the API's
 * refusals sorted onto the form's fields (`input.<field>`), the first refused field focused.
 * Create it in the form component's injection context: it looks for the fields in that host.
 */
export class FormState<F extends string> {
  readonly busy = signal(false);
  readonly errors = signal<FormErrors>(NO_ERRORS);
  private readonly id: string;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor(
    idPrefix: string,
    private readonly fields: readonly F[],
  ) {
    this.id = `${idPrefix}-${nextId++}`;
  }

  fieldId(field: F): string {
    return `${this.id}-${field}`;
  }

  errorOf(field: F): string | null {
    return this.errors().fields[field] ?? null;
  }

  submit<T>(request: Observable<T>, done: (answer: T) => void): void {
    sendOnce(this.busy, request, {
      start: () => this.errors.set(NO_ERRORS),
      done,
      refused: (error) => this.refused(error),
    });
  }

  private refused(error: AdminError): void {
    const errors = formErrors(error, 'input.', this.fields);
    this.errors.set(errors);
    const first = this.fields.find((field) => errors.fields[field] !== undefined);
    if (first) {
      this.host.nativeElement.querySelector<HTMLElement>(`#${this.fieldId(first)}`)?.focus();
    }
  }
}
