import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';

/** Why a list could not be loaded, announced as an alert, with a button to try again. */
@Component({
  selector: 'sd-load-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .load-error {
      max-width: 40rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--sd-border, #d9dee5);
      border-left: 4px solid var(--sd-status-unacceptable, #b3261e);
      border-radius: var(--sd-radius, 0.5rem);
      background: var(--sd-surface, #fff);
    }

    .load-error-title {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }

    p {
      margin: 0 0 0.75rem;
    }
  `,
  template: `
    <section class="load-error" role="alert" [attr.data-testid]="testId()">
      <h3 class="load-error-title">{{ texts.error.title }}</h3>
      <p>{{ message() }}</p>
      <button type="button" class="button" (click)="retry.emit()">{{ texts.error.retry }}</button>
    </section>
  `,
})
export class LoadError {
  readonly message = input.required<string>();
  readonly testId = input.required<string>();
  readonly retry = output<void>();

  protected readonly texts = ORG_ADMIN_TEXTS;
}
