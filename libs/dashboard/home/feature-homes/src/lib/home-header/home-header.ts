import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AccessApi } from '@salesdash/dashboard/access/data-access';
import { WhyPanel } from '@salesdash/dashboard/access/ui';
import type { BusinessModelDto } from '@salesdash/dashboard/kpi/data-access';
import { describePeriod, type PeriodQuery } from '@salesdash/dashboard/kpi/feature-overview';
import { ModelFilter, PeriodPicker } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { HOME_TEXTS } from '../home.texts';
import { loadResource } from '@salesdash/dashboard/shared/data-access';

/**
 * A home's heading, its period and business model (the shared picker and filter, kept in the URL by
 * the page's `periodQuery`), the subtitle saying both, and the "Why am I seeing this?" panel (from
 * `myAccess`). Projected content (a page's own action) follows the controls.
 */
@Component({
  selector: 'sd-home-header',
  imports: [WhyPanel, PeriodPicker, ModelFilter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <div class="titles">
        <h1 class="title">{{ heading() }}</h1>
        <p class="subtitle" data-testid="home-subtitle">{{ subtitle() }}</p>
      </div>
      <div class="controls">
        <sd-period-picker
          [selection]="query().state().selection"
          [today]="query().today"
          (selectionChange)="query().change({ selection: $event })"
        />
        <sd-model-filter
          [models]="models() ?? []"
          [selected]="query().state().businessModel"
          (selectedChange)="query().change({ businessModel: $event })"
        />
        <ng-content />
      </div>
    </header>
    <sd-why-panel [access]="access()" [failed]="failed()" />
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1rem;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.75rem 1.5rem;
      margin-bottom: 0.625rem;
    }
    .titles {
      padding-top: 0.875rem;
    }
    .title {
      margin: 0;
      font-size: 1.375rem;
      font-weight: 650;
    }
    .subtitle {
      margin: 0.125rem 0 0;
      font-size: 0.875rem;
      color: var(--sd-text-muted, #4d5663);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
    }
  `,
})
export class HomeHeader {
  readonly heading = input.required<string>();
  /** The page's period and business model. */
  readonly query = input.required<PeriodQuery>();
  /** The business models to choose from; null while they load. */
  readonly models = input<readonly BusinessModelDto[] | null>(null);

  private readonly api = inject(AccessApi);
  private readonly resource = loadResource(() => this.api.myAccess());

  protected readonly subtitle = computed(() => {
    const { selection, businessModel } = this.query().state();
    const models =
      businessModel === null
        ? HOME_TEXTS.allModels
        : (this.models()?.find((model) => model.code === businessModel)?.name ?? businessModel);
    return interpolate(HOME_TEXTS.period, { period: describePeriod(selection, this.query().today), models });
  });
  protected readonly access = computed(() => {
    const state = this.resource.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly failed = computed(() => this.resource.state().status === 'failed');
}
