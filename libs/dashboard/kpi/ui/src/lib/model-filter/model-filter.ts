import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { BusinessModelOption } from '../models';

let nextId = 0;

/** All business models or one; emits the chosen code, or null for all. */
@Component({
  selector: 'sd-model-filter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="field-label" [for]="id">{{ texts.label }}</label>
    <select
      class="input select"
      [id]="id"
      [attr.aria-invalid]="error() ? true : null"
      [attr.aria-describedby]="error() ? id + '-error' : null"
      (change)="choose($event)"
    >
      <option value="" [selected]="selected() === null">{{ texts.all }}</option>
      @for (model of models(); track model.code) {
        <option [value]="model.code" [selected]="model.code === selected()">{{ model.name }}</option>
      }
    </select>
    @if (error(); as message) {
      <p class="field-error" [id]="id + '-error'" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
    }
    .field-label {
      margin-bottom: 0.25rem;
      font-size: 0.75rem;
      font-weight: 600;
      color: var(--sd-text-muted, #4d5663);
    }
    .select {
      min-width: 11rem;
    }
  `,
})
export class ModelFilter {
  readonly models = input.required<readonly BusinessModelOption[]>();
  /** The chosen model's code; null for all models. */
  readonly selected = input<string | null>(null);
  /** A message from the API about the model (BAD_USER_INPUT on filter.businessModels). */
  readonly error = input<string | null>(null);
  readonly selectedChange = output<string | null>();

  protected readonly texts = KPI_UI_TEXTS.modelFilter;
  protected readonly id = `sd-model-filter-${nextId++}`;

  protected choose(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.selectedChange.emit(code === '' ? null : code);
  }
}
