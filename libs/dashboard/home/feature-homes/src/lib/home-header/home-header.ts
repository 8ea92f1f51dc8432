import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AccessApi } from '@salesdash/dashboard/access/data-access';
import { WhyPanel } from '@salesdash/dashboard/access/ui';
import type { KpiDefinitionDto } from '@salesdash/dashboard/kpi/data-access';
import { loadResource } from '../load';

/** A home's heading and period, with the "Why am I seeing this?" panel (from `myAccess`). */
@Component({
  selector: 'sd-home-header',
  imports: [WhyPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <div class="titles">
        <h1 class="title">{{ heading() }}</h1>
        <p class="subtitle" data-testid="home-subtitle">{{ subtitle() }}</p>
      </div>
      <ng-content />
    </header>
    <sd-why-panel [access]="access()" [failed]="failed()" [kpiNames]="kpiNames()" />
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1rem;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
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
  `,
})
export class HomeHeader {
  readonly heading = input.required<string>();
  readonly subtitle = input.required<string>();
  /** The caller's KPIs, for their names. */
  readonly catalogue = input<readonly KpiDefinitionDto[]>([]);

  private readonly api = inject(AccessApi);
  private readonly resource = loadResource(() => this.api.myAccess());

  protected readonly access = computed(() => {
    const state = this.resource.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly failed = computed(() => this.resource.state().status === 'failed');
  protected readonly kpiNames = computed(() => new Map(this.catalogue().map((kpi) => [kpi.code, kpi.name])));
}
