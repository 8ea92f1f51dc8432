import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CorridorApi, type CorridorSuggestionDto } from '@salesdash/dashboard/kpi/data-access';
import { formatCount, kpiTexts } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { CorridorBasis, KpiCode } from '@salesdash/shared/domain';
import { basisPhrase, formatJudged } from '../basis-words';
import { type Bounds, roundedBands } from '../corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { corridorInWords } from '../corridor-words';
import { loadErrorText } from '../load';
import { type LoadState, asApiError } from '@salesdash/dashboard/shared/data-access';

const TEXTS = CORRIDOR_EDITOR_TEXTS.suggestion;

/** Suggested bounds in the API's units of their basis, rounded as a person would type them; null = open. */
export interface SuggestedBands {
  readonly basis: CorridorBasis;
  readonly bounds: Bounds;
}

/**
 * Bands proposed from the model's own team months judged on the chosen basis, asked for on demand and
 * labelled as a suggestion with its basis and, where the KPI has a better side, as one-sided: nothing
 * reaches the form until the person chooses "Use these bands" (which leaves the other side open), and
 * nothing is in force until they publish with their own rationale. Another basis asks anew.
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
              <p data-testid="suggestion-basis">{{ view.judgedOn }}</p>
              @if (view.bands) {
                <p data-testid="suggestion-bands">{{ view.bands }}</p>
                <p data-testid="suggestion-direction">{{ view.direction }}</p>
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
  readonly kpi = input.required<KpiCode>();
  /** The draft's basis: the team months are judged on it, and a suggestion on another one is dropped. */
  readonly basis = input.required<CorridorBasis>();
  /** The person chose to put the suggested bands into the form. */
  readonly use = output<SuggestedBands>();

  private readonly api = inject(CorridorApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly texts = TEXTS;
  protected readonly retryLabel = CORRIDOR_EDITOR_TEXTS.retry;
  protected readonly state = linkedSignal<CorridorBasis, LoadState<CorridorSuggestionDto>>({
    source: this.basis,
    computation: () => ({ status: 'idle' }),
  });
  protected readonly used = linkedSignal({ source: this.basis, computation: () => false });

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
    const kpi = this.kpi();
    const { basis, percentiles } = suggestion;
    const judgedOn = interpolate(TEXTS.judgedOn, { basis: basisPhrase(basis, kpi) });
    if (!percentiles) {
      return {
        judgedOn,
        bands: null,
        direction: '',
        basis: '',
        percentiles: '',
        none: interpolate(TEXTS.none, { reason: suggestion.reason ?? '' }),
      };
    }
    const value = (number: number) => formatJudged(number, kpi, basis);
    const rounded = roundedBands(suggestion, kpi, basis);
    return {
      judgedOn,
      bands: interpolate(TEXTS.bands, { description: corridorInWords({ ...rounded, basis }, kpi) }),
      direction: interpolate(TEXTS.direction[suggestion.direction], {
        reason: kpiTexts(kpi)?.directionReason ?? '',
      }),
      basis: interpolate(suggestion.basedOn === 1 ? TEXTS.basis.one : TEXTS.basis.other, {
        count: formatCount(suggestion.basedOn),
        model: this.modelName(),
        rule: TEXTS.rules[suggestion.direction],
      }),
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
    const basis = this.basis();
    // An answer for a basis the person has left since is of no use.
    const answer = (state: LoadState<CorridorSuggestionDto>) => {
      if (basis === this.basis()) {
        this.state.set(state);
      }
    };
    this.state.set({ status: 'loading' });
    this.used.set(false);
    this.api
      .suggestion(this.businessModel(), this.kpi(), basis)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => answer({ status: 'loaded', data }),
        error: (error: unknown) => answer({ status: 'failed', error: asApiError(error) }),
      });
  }

  protected useBands(): void {
    const state = this.state();
    if (state.status !== 'loaded' || !state.data.percentiles) {
      return;
    }
    const { basis } = state.data;
    this.use.emit({ basis, bounds: roundedBands(state.data, this.kpi(), basis) });
    this.used.set(true);
  }
}
