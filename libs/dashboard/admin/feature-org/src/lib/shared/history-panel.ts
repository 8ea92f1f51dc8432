import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { auditEntryInWords } from '../data/audit-words';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AuditedEntity } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { FocusOnOpen } from './focus-on-open';
import { failureOf, loadWhenChanged } from './load-state';

let nextId = 0;

/** The audit trail of one user, team or region, newest first, each entry in words. */
@Component({
  selector: 'sd-history-panel',
  imports: [FocusOnOpen],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Escape anywhere in the pane closes it, as it would a dialog.
  host: { '(keydown.escape)': 'closed.emit()' },
  templateUrl: './history-panel.html',
  styleUrls: ['./pane.css', './buttons.css', './history-panel.css'],
})
export class HistoryPanel {
  readonly entityType = input.required<AuditedEntity>();
  readonly entityId = input.required<string>();
  readonly name = input.required<string>();
  readonly closed = output<void>();

  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS;
  protected readonly id = `sd-history-${nextId++}`;
  protected readonly heading = computed(() => interpolate(ORG_ADMIN_TEXTS.history.title, { name: this.name() }));
  private readonly trail = loadWhenChanged(
    computed(() => ({ type: this.entityType(), id: this.entityId() })),
    (entity) => this.api.auditTrail(entity.type, entity.id),
  );
  protected readonly entries = computed(() => {
    const state = this.trail.state();
    return state.status === 'loaded' ? state.data.map(auditEntryInWords) : null;
  });
  protected readonly error = failureOf(this.trail.state);

  protected retry(): void {
    this.trail.reload();
  }
}
