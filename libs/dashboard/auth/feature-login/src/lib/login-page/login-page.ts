import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService, type DemoLogin, DemoLoginsService, safeReturnUrl } from '@salesdash/dashboard/auth/data-access';
import { ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import { map } from 'rxjs';
import { LOGIN_TEXTS } from '../login.texts';

/**
 * The login page: e-mail and password, submit with Enter or the button. While signing in the button
 * is disabled and shows a spinner; any refusal shows one generic message (never which part was wrong).
 */
@Component({
  selector: 'sd-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly texts = LOGIN_TEXTS;
  protected readonly roleNames = ROLE_NAMES;
  protected readonly demoLogins = toSignal(inject(DemoLoginsService).list(), { initialValue: [] });
  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly expired = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('expired') === '1')), {
    initialValue: false,
  });

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly submitButton = viewChild.required<ElementRef<HTMLButtonElement>>('submitButton');

  constructor() {
    afterNextRender(() => this.emailInput().nativeElement.focus());
  }

  /** Fills the form with a demo account; the person still presses Sign in. */
  protected useDemoLogin(login: DemoLogin): void {
    this.email.set(login.email);
    this.password.set(login.password);
    this.error.set(null);
    this.submitButton().nativeElement.focus();
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) {
      return;
    }
    const email = this.email().trim();
    const password = this.password();
    if (email === '' || password === '') {
      this.error.set(LOGIN_TEXTS.errors.missing);
      (email === '' ? this.emailInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    const outcome = await this.auth.login(email, password);
    this.busy.set(false);
    if (outcome === 'SIGNED_IN') {
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
      return;
    }
    this.error.set(LOGIN_TEXTS.errors[outcome]);
    // Clear the field itself too: the binding may not have seen the typed value yet.
    this.password.set('');
    const passwordInput = this.passwordInput().nativeElement;
    passwordInput.value = '';
    passwordInput.focus();
  }
}
