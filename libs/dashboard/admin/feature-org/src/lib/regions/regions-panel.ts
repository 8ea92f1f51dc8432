import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { dataOf } from '@salesdash/dashboard/kpi/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { actionMessage, type AdminError, errorMessage } from '../data/admin-error';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminRegionDto } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { ConfirmPanel } from '../shared/confirm-panel';
import { HistoryPanel } from '../shared/history-panel';
import { loadOnce } from '../shared/load-state';
import { PaneOpener } from '../shared/pane-opener';
import { RegionForm } from './region-form';

export type RegionPane =
  | { readonly kind: 'create' }
  | { readonly kind: 'rename' | 'delete' | 'history'; readonly region: AdminRegionDto };

/** The regions with their team counts; create, rename, delete (while without teams) and history. */
@Component({
  selector: 'sd-regions-panel',
  imports: [RegionForm, ConfirmPanel, HistoryPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-panel.html',
  styleUrl: '../shared/panel.css',
})
export class RegionsPanel {
  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.regions;
  protected readonly common = ORG_ADMIN_TEXTS;

  private readonly regionList = loadOnce(() => this.api.regions());
  protected readonly regions = computed(() => dataOf(this.regionList.state()) ?? null);
  protected readonly busyLoading = computed(() => this.regionList.state().status === 'loading');
  protected readonly loadError = computed(() => {
    const state = this.regionList.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });

  protected readonly pane = signal<RegionPane | null>(null);
  protected readonly actionBusy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal('');
  private readonly opener = new PaneOpener();

  protected actionLabel(action: string, region: AdminRegionDto): string {
    return interpolate(this.texts.actionLabel, { action, name: region.name });
  }

  protected named(text: string, region: AdminRegionDto): string {
    return interpolate(text, { name: region.name });
  }

  protected open(pane: RegionPane, event: Event): void {
    this.opener.remember(event);
    this.actionError.set(null);
    this.pane.set(pane);
  }

  protected closePane(): void {
    this.pane.set(null);
    this.actionError.set(null);
    this.opener.returnFocus();
  }

  protected retry(): void {
    this.regionList.reload();
  }

  protected saved(region: AdminRegionDto): void {
    this.finish(interpolate(this.texts.saved, { name: region.name }));
  }

  protected delete(region: AdminRegionDto): void {
    if (this.actionBusy()) {
      return;
    }
    this.actionBusy.set(true);
    this.actionError.set(null);
    this.api.deleteRegion(region.id).subscribe({
      next: () => {
        this.actionBusy.set(false);
        this.finish(interpolate(this.texts.deleted, { name: region.name }));
      },
      error: (error: AdminError) => {
        this.actionBusy.set(false);
        this.actionError.set(actionMessage(error));
      },
    });
  }

  private finish(message: string): void {
    this.notice.set(message);
    this.closePane();
    this.regionList.reload();
  }
}
