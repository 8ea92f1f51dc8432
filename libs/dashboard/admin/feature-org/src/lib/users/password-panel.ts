import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { FocusOnOpen } from '../shared/focus-on-open';

let nextId = 0;

type CopyOutcome = 'copied' | 'failed' | null;

/**
 * Shows a temporary password once, with a copy button and what the user has to do with it. The
 * password lives only in this component's input: closing the panel forgets it.
 */
@Component({
  selector: 'sd-password-panel',
  imports: [FocusOnOpen],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/pane.css', '../shared/field.css', '../shared/buttons.css', './password-panel.css'],
  template: `
    <section class="pane" [attr.aria-labelledby]="id + '-title'" data-testid="password-panel">
      <h2 sdFocusOnOpen class="pane-title" [id]="id + '-title'">{{ heading() }}</h2>
      <p class="pane-text" [id]="id + '-instruction'">{{ instruction() }}</p>
      <div class="field">
        <label class="field-label" [for]="id + '-password'">{{ texts.label }}</label>
        <input
          #passwordInput
          class="input password"
          readonly
          spellcheck="false"
          autocomplete="off"
          [id]="id + '-password'"
          [value]="password()"
          [attr.aria-describedby]="id + '-instruction'"
          data-testid="temporary-password"
          (focus)="passwordInput.select()"
        />
      </div>
      <p class="copy-outcome" role="status">
        @if (copyOutcome() === 'copied') {
          {{ texts.copied }}
        } @else if (copyOutcome() === 'failed') {
          {{ texts.copyFailed }}
        }
      </p>
      <div class="buttons">
        <button type="button" class="button" (click)="copy()">{{ texts.copy }}</button>
        <button type="button" class="button button-secondary" (click)="done.emit()">{{ texts.done }}</button>
      </div>
    </section>
  `,
})
export class PasswordPanel {
  readonly name = input.required<string>();
  readonly password = input.required<string>();
  readonly done = output<void>();

  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard;
  protected readonly texts = ORG_ADMIN_TEXTS.users.password;
  protected readonly id = `sd-password-${nextId++}`;
  protected readonly heading = computed(() => interpolate(this.texts.title, { name: this.name() }));
  protected readonly instruction = computed(() => interpolate(this.texts.instruction, { name: this.name() }));
  protected readonly copyOutcome = signal<CopyOutcome>(null);
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected async copy(): Promise<void> {
    try {
      if (!this.clipboard) {
        throw new Error('no clipboard in this browser');
      }
      await this.clipboard.writeText(this.password());
      this.copyOutcome.set('copied');
    } catch {
      // Not a secure context, or permission denied: leave it selected for copying by hand.
      this.copyOutcome.set('failed');
      this.passwordInput().nativeElement.select();
    }
  }
}
