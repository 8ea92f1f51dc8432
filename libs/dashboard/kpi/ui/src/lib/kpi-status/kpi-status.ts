import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { KpiStatus } from '@salesdash/shared/domain';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';

/** The shape of each status icon, so that status never depends on colour alone. */
const ICONS: Record<KpiStatus, string> = {
  ACCEPTABLE: 'M4.5 8.5l2.5 2.5 4.5-5',
  TOLERATED: 'M8 4.5v4M8 11v.5',
  UNACCEPTABLE: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  INSUFFICIENT_DATA: 'M5 8h.01M8 8h.01M11 8h.01',
  NO_RANGE: 'M4.5 8h7',
  NO_DATA: 'M4.5 11.5l7-7',
};

/** A KPI status as icon and text, with the reason in its title. */
@Component({
  selector: 'sd-kpi-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-status]': 'status()', '[attr.title]': 'explanation()' },
  template: `
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" [attr.stroke-dasharray]="dashed() ? '2.5 2' : null" />
      <path [attr.d]="icon()" />
    </svg>
    <span class="label">{{ label() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      font-size: 0.75rem;
      font-weight: 600;
      line-height: 1;
      white-space: nowrap;
      color: var(--sd-status-neutral, #4d5663);
    }
    .icon {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    :host([data-status='ACCEPTABLE']) {
      color: var(--sd-status-acceptable, #1b6e3a);
    }
    :host([data-status='TOLERATED']) {
      color: var(--sd-status-tolerated, #8a5300);
    }
    :host([data-status='UNACCEPTABLE']) {
      color: var(--sd-status-unacceptable, #b3261e);
    }
  `,
})
export class KpiStatusBadge {
  readonly status = input.required<KpiStatus>();

  protected readonly label = computed(() => KPI_UI_TEXTS.status[this.status()]);
  protected readonly explanation = computed(() => KPI_UI_TEXTS.statusExplanation[this.status()]);
  protected readonly icon = computed(() => ICONS[this.status()]);
  /** Statuses without a judgement get a dashed ring. */
  protected readonly dashed = computed(() => ['NO_DATA', 'NO_RANGE', 'INSUFFICIENT_DATA'].includes(this.status()));
}
