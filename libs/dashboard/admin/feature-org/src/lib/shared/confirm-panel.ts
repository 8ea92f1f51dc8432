import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { controlValue } from './control-value';
import { FocusOnOpen } from './focus-on-open';

let nextId = 0;

/**
 * Asks before a change that cannot simply be undone (deactivate, reset a password, delete): says
 * what will happen, optionally takes a reason, and shows why the API refused it. Focus moves to
 * its title when it opens; Escape cancels.
 */
@Component({
  selector: 'sd-confirm-panel',
  imports: [FocusOnOpen],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'cancelled.emit()' },
  styleUrls: ['./pane.css', './field.css', './buttons.css'],
  template: `
    <section
      class="pane"
      role="alertdialog"
      aria-modal="false"
      [attr.aria-labelledby]="id + '-title'"
      [attr.aria-describedby]="id + '-body'"
      data-testid="confirm-panel"
    >
      <h2 sdFocusOnOpen class="pane-title" [id]="id + '-title'">{{ heading() }}</h2>
      <p class="pane-text" [id]="id + '-body'">{{ body() }}</p>
      @if (note(); as note) {
        <p class="pane-note">{{ note }}</p>
      }
      <form class="form" novalidate (submit)="confirm($event)">
        @if (reasonLabel(); as label) {
          <div class="field">
            <label class="field-label" [for]="id + '-reason'">{{ label }}</label>
            <textarea
              class="input"
              rows="2"
              [id]="id + '-reason'"
              [value]="reason()"
              (input)="reason.set(valueOf($event))"
            ></textarea>
          </div>
        }
        @if (error(); as message) {
          <p class="form-error" role="alert" data-testid="confirm-error">{{ message }}</p>
        }
        <div class="buttons">
          <button type="submit" class="button" [class.button-danger]="danger()" [disabled]="busy()">
            {{ busy() ? texts.saving : confirmLabel() }}
          </button>
          <button type="button" class="button button-secondary" (click)="cancelled.emit()">{{ texts.cancel }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ConfirmPanel {
  readonly heading = input.required<string>();
  readonly body = input.required<string>();
  readonly note = input<string | null>(null);
  readonly confirmLabel = input.required<string>();
  /** Shows a reason field when set. */
  readonly reasonLabel = input<string | null>(null);
  readonly danger = input(false);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<string | null>();
  readonly cancelled = output<void>();

  protected readonly texts = ORG_ADMIN_TEXTS;
  protected readonly id = `sd-confirm-${nextId++}`;
  protected readonly reason = signal('');
  protected readonly valueOf = controlValue;

  protected confirm(event: Event): void {
    event.preventDefault();
    if (!this.busy()) {
      this.confirmed.emit(this.reason().trim() === '' ? null : this.reason().trim());
    }
  }
}
