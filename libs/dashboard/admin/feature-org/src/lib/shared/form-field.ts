import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';
import type { FormState } from './form-state';

/**
 * One labelled control of an admin form with its optional hint and the API's refusal. The control
 * inside, marked `sdFieldControl`, gets the id, aria-invalid and aria-describedby from here.
 */
@Component({
  selector: 'sd-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  styleUrl: './field.css',
  template: `
    <label class="field-label" [for]="controlId()">{{ label() }}</label>
    <ng-content />
    @if (hint(); as hint) {
      <p class="field-hint" [id]="hintId()">{{ hint }}</p>
    }
    @if (error(); as message) {
      <p class="field-error" [id]="errorId()">{{ message }}</p>
    }
  `,
})
export class FormField<F extends string> {
  readonly form = input.required<FormState<F>>();
  readonly field = input.required<F>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);

  readonly controlId = computed(() => this.form().fieldId(this.field()));
  readonly error = computed(() => this.form().errorOf(this.field()));

  protected readonly hintId = computed(() => `${this.controlId()}-hint`);
  protected readonly errorId = computed(() => `${this.controlId()}-error`);
  /** The hint when there is one, the error when refused; null rather than an empty attribute. */
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : '', this.error() ? this.errorId() : ''];
    return ids.filter((id) => id !== '').join(' ') || null;
  });
}

/** The input or select of a `sdFormField`, wired to its label, hint and error. */
@Directive({
  selector: '[sdFieldControl]',
  host: {
    '[id]': 'field.controlId()',
    '[attr.aria-invalid]': 'field.error() ? true : null',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControl {
  protected readonly field = inject<FormField<string>>(FormField);
}
