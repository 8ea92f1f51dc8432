import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CorridorApi, type CorridorSuggestionDto, type LoadState } from '@salesdash/dashboard/kpi/data-access';
import { formatCount, formatKpiValue } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { describeCorridor, type KpiUnit } from '@salesdash/shared/domain';
import { roundedBands, type SuggestedBands } from '../corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { asApiError, loadErrorText } from '../load';

const TEXTS = CORRIDOR_EDITOR_TEXTS.suggestion;

/**
 * Bands proposed from the model's own team months, asked for on demand and labelled as a suggestion:
 * nothing reaches the form until the person chooses "Use these bands", and nothing is in force until
 * they publish with their own rationale.
 */
@Component({
  selector: 'sd-corridor-suggestion',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="suggestion" aria-labelledby="suggestion-title" data-testid="suggestion">
      <h3 class="subtitle" id="suggestion-title">{{ texts.title }}</h3>
      @switch (state().status) {
        @case ('idle') {
          <button type="button" class="button button-secondary" data-testid="suggest" (click)="ask()">
            {{ texts.ask }}
          </button>
        }
        @case ('loading') {
          <p role="status">{{ texts.asking }}</p>
        }
        @case ('failed') {
          <div class="error" role="alert">
            <p>{{ texts.failed }} {{ errorText() }}</p>
            <button type="button" class="button" (click)="ask()">{{ retryLabel }}</button>
          </div>
        }
        @case ('loaded') {
          @if (shown(); as view) {
            <div class="box" role="status" data-testid="suggestion-result">
              <p class="label">{{ texts.label }}</p>
              @if (view.bands) {
                <p data-testid="suggestion-bands">{{ view.bands }}</p>
                <p class="muted">{{ view.basis }}</p>
                <p class="muted">{{ view.percentiles }}</p>
                <button type="button" class="button" data-testid="suggestion-use" (click)="useBands()">
                  {{ texts.use }}
                </button>
              } @else {
                <p>{{ view.none }}</p>
              }
            </div>
            @if (used()) {
              <p class="note" role="status" data-testid="suggestion-used">{{ texts.used }}</p>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .subtitle {
      margin: 0 0 0.5rem;
      font-size: 0.9375rem;
    }
    p {
      margin: 0 0 0.375rem;
      font-size: 0.8125rem;
    }
    .box {
      padding: 0.5rem 0.75rem;
      border: 1px dashed var(--sd-border-strong, #8a94a3);
      border-radius: var(--sd-radius-small, 0.375rem);
    }
    .label {
      font-weight: 650;
      text-transform: none;
    }
    .muted {
      color: var(--sd-text-muted, #4d5663);
    }
    .note {
      margin-top: 0.5rem;
      padding: 0.25rem 0.5rem;
      border-radius: var(--sd-radius-small, 0.375rem);
      background: var(--sd-notice, #fff4d6);
    }
    .error {
      color: var(--sd-status-unacceptable, #b3261e);
    }
  `,
})
export class CorridorSuggestion {
  readonly businessModel = input.required<string>();
  readonly modelName = input.required<string>();
  readonly kpi = input.required<string>();
  readonly unit = input.required<KpiUnit>();
  /** The person chose to put the suggested bands into the form. */
  readonly use = output<SuggestedBands>();

  private readonly api = inject(CorridorApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly texts = TEXTS;
  protected readonly retryLabel = CORRIDOR_EDITOR_TEXTS.retry;
  protected readonly state = signal<LoadState<CorridorSuggestionDto>>({ status: 'idle' });
  protected readonly used = signal(false);

  protected readonly errorText = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? loadErrorText(state.error) : '';
  });
  protected readonly shown = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const suggestion = state.data;
    const unit = this.unit();
    const { percentiles } = suggestion;
    if (!percentiles) {
      return {
        bands: null,
        basis: '',
        percentiles: '',
        none: interpolate(TEXTS.none, { reason: suggestion.reason ?? '' }),
      };
    }
    const value = (number: number) => formatKpiValue(number, unit);
    return {
      bands: interpolate(TEXTS.bands, { description: describeCorridor(roundedBands(suggestion, unit), unit) }),
      basis: interpolate(TEXTS.basis, { count: formatCount(suggestion.basedOn), model: this.modelName() }),
      percentiles: interpolate(TEXTS.percentiles, {
        p10: value(percentiles.p10),
        p25: value(percentiles.p25),
        p75: value(percentiles.p75),
        p90: value(percentiles.p90),
      }),
      none: '',
    };
  });

  protected ask(): void {
    this.state.set({ status: 'loading' });
    this.used.set(false);
    this.api
      .suggestion(this.businessModel(), this.kpi())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => this.state.set({ status: 'loaded', data }),
        error: (error: unknown) => this.state.set({ status: 'failed', error: asApiError(error) }),
      });
  }

  protected useBands(): void {
    const state = this.state();
    if (state.status !== 'loaded' || !state.data.percentiles) {
      return;
    }
    this.use.emit(roundedBands(state.data, this.unit()));
    this.used.set(true);
  }
}
