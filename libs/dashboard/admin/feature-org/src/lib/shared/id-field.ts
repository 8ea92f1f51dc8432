import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { controlValue } from './control-value';
import { FieldControl, FormField } from './form-field';
import type { FormState } from './form-state';

/** The id of a new user, team or region: typed when creating it, read-only afterwards. */
@Component({
  selector: 'sd-id-field',
  imports: [FormField, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-form-field [form]="form()" field="id" [label]="label()" [hint]="hint()">
      <input
        sdFieldControl
        class="input"
        name="id"
        autocomplete="off"
        spellcheck="false"
        [readOnly]="readOnly()"
        [value]="value()"
        (input)="value.set(valueOf($event))"
      />
    </sd-form-field>
  `,
})
export class IdField {
  /** The state of a form that has an `id` field. */
  readonly form = input.required<FormState<string>>();
  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  readonly readOnly = input(false);
  readonly value = model.required<string>();

  protected readonly valueOf = controlValue;
}
