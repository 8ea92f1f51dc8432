import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { CHANGE_PASSWORD_TEXTS } from '../change-password.texts';

/** Mirrors the API's rule, so the common mistake is told before a round trip. */
const MIN_PASSWORD_LENGTH = 12;

type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

/**
 * Changing the own password: required after an administrator set it (every other page leads here
 * until then), or by choice from the top bar. Errors show at their field; the API has the last word.
 */
@Component({
  selector: 'sd-change-password-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
  styleUrl: '../login-page/login-page.css',
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);

  protected readonly texts = CHANGE_PASSWORD_TEXTS;
  protected readonly required = this.auth.mustChangePassword;
  protected readonly currentPassword = signal('');
  protected readonly newPassword = signal('');
  protected readonly confirmPassword = signal('');
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<{ field: PasswordField | null; message: string } | null>(null);

  private readonly currentInput = viewChild.required<ElementRef<HTMLInputElement>>('currentInput');
  private readonly newInput = viewChild.required<ElementRef<HTMLInputElement>>('newInput');
  private readonly confirmInput = viewChild.required<ElementRef<HTMLInputElement>>('confirmInput');
  private readonly inputs = {
    currentPassword: this.currentInput,
    newPassword: this.newInput,
    confirmPassword: this.confirmInput,
  };

  constructor() {
    afterNextRender(() => this.currentInput().nativeElement.focus());
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected errorAt(field: PasswordField): string | null {
    const error = this.error();
    return error && error.field === field ? error.message : null;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) {
      return;
    }
    const problem = this.checkLocally();
    if (problem) {
      this.showError(problem.field, problem.message);
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    const outcome = await this.auth.changePassword(this.currentPassword(), this.newPassword());
    this.busy.set(false);
    if (outcome.changed) {
      this.done.set(true);
      for (const field of [this.currentPassword, this.newPassword, this.confirmPassword]) {
        field.set('');
      }
      return;
    }
    // The API's field messages are predicates ("must differ from …"); the field's label completes them.
    this.showError(
      outcome.field,
      outcome.field
        ? interpolate(CHANGE_PASSWORD_TEXTS.fieldError, {
            field: CHANGE_PASSWORD_TEXTS[outcome.field],
            message: outcome.message,
          })
        : outcome.message,
    );
  }

  private checkLocally(): { field: PasswordField; message: string } | null {
    if (this.currentPassword() === '') {
      return { field: 'currentPassword', message: CHANGE_PASSWORD_TEXTS.errors.currentMissing };
    }
    if ([...this.newPassword()].length < MIN_PASSWORD_LENGTH) {
      return { field: 'newPassword', message: CHANGE_PASSWORD_TEXTS.errors.tooShort };
    }
    if (this.newPassword() !== this.confirmPassword()) {
      return { field: 'confirmPassword', message: CHANGE_PASSWORD_TEXTS.errors.mismatch };
    }
    return null;
  }

  private showError(field: PasswordField | null, message: string): void {
    this.error.set({ field, message });
    if (field) {
      this.inputs[field]().nativeElement.focus();
    }
  }
}
