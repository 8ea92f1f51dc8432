import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PACE_COLORS } from '@salesdash/dashboard/shared/ui-charts';
import type { Pace } from '@salesdash/shared/domain';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';

/** The shape of each pace's icon, so that a pace never depends on colour alone. */
const ICONS: Record<Pace, string> = {
  ON_TRACK: 'M3.5 11.5l4-4 2 2 3-3M9.5 5.5h3v3',
  BEHIND: 'M3 8h9.5M9.5 5l3 3-3 3',
  AT_RISK: 'M3.5 4.5l4 4 2-2 3 3M12.5 6.5v3h-3',
  TOO_EARLY: 'M8 4.5V8l2 1.5M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12z',
};

/**
 * The pace of a period against its target to date (docs/kpis.md#pace) as icon and text: "On track",
 * "Behind", "At risk", "Too early to tell", in the hue of the status it foreshadows but outlined, so
 * it does not pass for a status. Screen readers hear "Pace: Behind"; the icon is decoration.
 * Renders nothing without a pace.
 */
@Component({
  selector: 'sd-kpi-pace',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-pace]': 'pace()',
    '[style.--sd-pace-fg]': 'colors()?.text',
  },
  template: `
    @if (pace(); as pace) {
      <span class="pace" [attr.title]="explanation()">
        <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path [attr.d]="icons[pace]" />
        </svg>
        <span class="visually-hidden">{{ paceName }} </span>
        <span class="label">{{ labels[pace] }}</span>
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      font-size: 0.75rem;
      line-height: 1;
    }
    .pace {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding: 0.125rem 0.375rem 0.125rem 0.25rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-weight: 600;
      white-space: nowrap;
      color: var(--sd-pace-fg);
      background: var(--sd-surface, #fff);
    }
    .icon {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
  `,
})
export class KpiPaceBadge {
  /** The API's pace; null (no target, or a KPI without pace) shows nothing. */
  readonly pace = input<Pace | null>(null);

  protected readonly icons = ICONS;
  protected readonly labels = KPI_UI_TEXTS.pace;
  protected readonly paceName = KPI_UI_TEXTS.paceName;
  protected readonly colors = computed(() => {
    const pace = this.pace();
    return pace === null ? null : PACE_COLORS[pace];
  });
  protected readonly explanation = computed(() => {
    const pace = this.pace();
    return pace === null ? null : KPI_UI_TEXTS.paceExplanation[pace];
  });
}
