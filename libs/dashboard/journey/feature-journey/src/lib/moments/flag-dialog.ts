import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
  afterNextRender,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { asApiError } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { reasonProblem } from '../compose/moments';
import { JourneyApi, type MomentFlagDto } from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';
import type { MomentRef } from '../compose/moments';

/** What the dialog is opened for: flag a moment, or remove its flag. */
export interface FlagRequest {
  readonly mode: 'flag' | 'unflag';
  readonly moment: MomentRef;
  /** The moment in words, "Consumer loans · Onboarded · Phone". */
  readonly name: string;
  /** The flag in force (unflag: the one to remove). */
  readonly current: MomentFlagDto | null;
}

/** What came of it: the flag set or removed. */
export interface FlagResult {
  readonly request: FlagRequest;
  readonly flag: MomentFlagDto;
}

/**
 * The modal dialog that flags a moment that matters, or removes its flag, with the reason the audit
 * log keeps (3–500 characters, checked before sending; the API's refusal shown as it said it). A
 * native `<dialog>`: focus moves into it, Escape and Cancel close it; the page moves focus back.
 */
@Component({
  selector: 'sd-flag-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="dialog"
      [attr.aria-labelledby]="uid + '-title'"
      [attr.aria-describedby]="uid + '-moment'"
      (close)="closed.emit(result)"
      data-testid="flag-dialog"
    >
      <form (submit)="submit($event)" novalidate>
        <h2 class="dialog-title" [id]="uid + '-title'">{{ title() }}</h2>
        <p [id]="uid + '-moment'">{{ momentLine() }}</p>
        @if (request().current; as flag) {
          <p class="current">{{ currentLine(flag.reason) }}</p>
        }
        <label class="field-label" [for]="uid + '-reason'">{{ texts.reason }}</label>
        <p class="hint" [id]="uid + '-hint'">{{ request().mode === 'flag' ? texts.reasonHint : texts.unflagHint }}</p>
        <textarea
          #reasonField
          class="input reason"
          rows="4"
          maxlength="600"
          [id]="uid + '-reason'"
          [value]="reason()"
          (input)="typed(reasonField.value)"
          [attr.aria-invalid]="shownProblem() ? 'true' : null"
          [attr.aria-describedby]="uid + '-hint ' + uid + '-count' + (shownProblem() ? ' ' + uid + '-problem' : '')"
          data-testid="flag-reason"
        ></textarea>
        <p class="count" [id]="uid + '-count'">{{ count() }}</p>
        @if (shownProblem(); as problem) {
          <p class="field-error" [id]="uid + '-problem'" data-testid="flag-reason-error">{{ problem }}</p>
        }
        @if (failure(); as message) {
          <p class="field-error" role="alert" data-testid="flag-failure">{{ message }}</p>
        }
        <div class="actions">
          <button type="submit" class="button" [disabled]="saving()" data-testid="flag-submit">
            {{ saving() ? texts.saving : request().mode === 'flag' ? texts.submitFlag : texts.submitUnflag }}
          </button>
          <button type="button" class="button button-secondary" (click)="cancel()">{{ texts.cancel }}</button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    .dialog {
      width: min(32rem, calc(100vw - 2rem));
      max-width: none;
      padding: 1.25rem 1.5rem;
      border: 1px solid var(--sd-border, #d9dee5);
      border-radius: var(--sd-radius, 0.5rem);
      background: var(--sd-surface, #fff);
      color: var(--sd-text, #1d2530);
    }
    .dialog::backdrop {
      background: rgb(20 35 60 / 45%);
    }
    .dialog-title {
      margin: 0 0 0.5rem;
      font-size: 1.0625rem;
    }
    p {
      margin: 0 0 0.5rem;
      font-size: 0.875rem;
    }
    .current,
    .hint,
    .count {
      color: var(--sd-text-muted, #4d5663);
      font-size: 0.8125rem;
    }
    .field-label {
      display: block;
      margin-bottom: 0.125rem;
      font-weight: 600;
      font-size: 0.875rem;
    }
    .reason {
      display: block;
      width: 100%;
      resize: vertical;
    }
    .count {
      margin-top: 0.25rem;
      text-align: right;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
  `,
})
export class FlagDialog {
  readonly request = input.required<FlagRequest>();
  /** The dialog closed: with the flag set or removed, or null when cancelled. */
  readonly closed = output<FlagResult | null>();

  private readonly api = inject(JourneyApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly reasonField = viewChild.required<ElementRef<HTMLTextAreaElement>>('reasonField');
  protected readonly texts = JOURNEY_TEXTS.moments.dialog;
  protected readonly uid = `flag-dialog-${nextId++}`;

  protected readonly reason = signal('');
  private readonly touched = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected result: FlagResult | null = null;

  protected readonly title = computed(() =>
    this.request().mode === 'flag' ? this.texts.flagTitle : this.texts.unflagTitle,
  );
  protected readonly momentLine = computed(() => interpolate(this.texts.moment, { moment: this.request().name }));
  protected readonly count = computed(() => interpolate(this.texts.count, { n: this.reason().trim().length }));
  protected readonly shownProblem = computed(() => (this.touched() ? reasonProblem(this.reason()) : null));

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        // Where <dialog> is not implemented (jsdom): shown open, focus moved by hand.
        dialog.setAttribute('open', '');
      }
      this.reasonField().nativeElement.focus();
    });
  }

  protected currentLine(reason: string): string {
    return interpolate(this.texts.current, { reason });
  }

  protected typed(value: string): void {
    this.reason.set(value);
    this.failure.set(null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.saving()) {
      return;
    }
    this.touched.set(true);
    if (reasonProblem(this.reason()) !== null) {
      this.reasonField().nativeElement.focus();
      return;
    }
    const request = this.request();
    const input = { ...request.moment, reason: this.reason().trim() };
    this.saving.set(true);
    this.failure.set(null);
    (request.mode === 'flag' ? this.api.flag(input) : this.api.unflag(input))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (flag) => {
          this.saving.set(false);
          this.result = { request, flag };
          this.close();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.failure.set(interpolate(this.texts.failed, { message: asApiError(error).message }));
          this.reasonField().nativeElement.focus();
        },
      });
  }

  protected cancel(): void {
    this.result = null;
    this.close();
  }

  private close(): void {
    const dialog = this.dialog().nativeElement;
    if (typeof dialog.close === 'function') {
      dialog.close();
    } else {
      dialog.removeAttribute('open');
      this.closed.emit(this.result);
    }
  }
}

let nextId = 0;
