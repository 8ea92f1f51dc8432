import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { FocusOnOpen } from './focus-on-open';
import type { FormState } from './form-state';

let nextId = 0;

/**
 * The frame of an admin form in the side pane: a heading that takes the focus when it opens, the
 * fields (projected), the API's form-wide refusal and Save / Cancel. Escape cancels, as in a dialog.
 */
@Component({
  selector: 'sd-form-pane',
  imports: [FocusOnOpen],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'cancelled.emit()' },
  styleUrls: ['./pane.css', './buttons.css'],
  template: `
    <section class="pane" [attr.aria-labelledby]="titleId" [attr.data-testid]="testId()">
      <h2 sdFocusOnOpen class="pane-title" [id]="titleId">{{ heading() }}</h2>
      <form class="form" novalidate (submit)="submit($event)" [attr.aria-busy]="form().busy()">
        <ng-content />
        @if (form().errors().form; as message) {
          <p class="form-error" role="alert" data-testid="form-error">{{ message }}</p>
        }
        <div class="buttons">
          <button type="submit" class="button" [disabled]="form().busy()">
            {{ form().busy() ? texts.saving : texts.save }}
          </button>
          <button type="button" class="button button-secondary" (click)="cancelled.emit()">{{ texts.cancel }}</button>
        </div>
      </form>
    </section>
  `,
})
export class FormPane {
  readonly heading = input.required<string>();
  readonly testId = input.required<string>();
  readonly form = input.required<FormState<string>>();
  readonly submitted = output<void>();
  readonly cancelled = output<void>();

  protected readonly texts = ORG_ADMIN_TEXTS;
  protected readonly titleId = `sd-form-pane-${nextId++}-title`;

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.emit();
  }
}
