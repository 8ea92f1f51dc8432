import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';

export interface RowAction<K extends string> {
  readonly kind: K;
  readonly label: string;
  /** Set on the button as data-action, for the actions that tests and styles pick out. */
  readonly marker?: string;
}

export interface RowActionChoice<K extends string> {
  readonly kind: K;
  /** The click, to give the focus back to its button when the pane it opens closes. */
  readonly event: Event;
}

/** The action buttons of a table row, each named for screen readers with the row it acts on. */
@Component({
  selector: 'sd-row-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './row-actions.css',
  template: `
    @for (action of actions(); track action.kind) {
      <button
        type="button"
        class="action"
        [attr.data-action]="action.marker ?? null"
        [attr.aria-label]="labelOf(action)"
        (click)="chosen.emit({ kind: action.kind, event: $event })"
      >
        {{ action.label }}
      </button>
    }
  `,
})
export class RowActions<K extends string> {
  readonly actions = input.required<readonly RowAction<K>[]>();
  /** The name of the user, team or region of the row. */
  readonly subject = input.required<string>();
  readonly chosen = output<RowActionChoice<K>>();

  protected labelOf(action: RowAction<K>): string {
    return interpolate(ORG_ADMIN_TEXTS.actionLabel, { action: action.label, name: this.subject() });
  }
}
