import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminRegionDto } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { ConfirmPanel } from '../shared/confirm-panel';
import { HistoryPanel } from '../shared/history-panel';
import { LoadError } from '../shared/load-error';
import { failureOf, loadOnce } from '../shared/load-state';
import { type RowAction, RowActions } from '../shared/row-actions';
import { SidePane } from '../shared/side-pane';
import { RegionForm } from './region-form';
import { dataOf } from '@salesdash/dashboard/shared/data-access';

export type RegionPane =
  | { readonly kind: 'create' }
  | { readonly kind: 'rename' | 'delete' | 'history'; readonly region: AdminRegionDto };

/** The regions with their team counts; create, rename, delete (while without teams) and history. */
@Component({
  selector: 'sd-regions-panel',
  imports: [RegionForm, ConfirmPanel, HistoryPanel, LoadError, RowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-panel.html',
  styleUrl: '../shared/panel.css',
})
export class RegionsPanel {
  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.regions;
  protected readonly common = ORG_ADMIN_TEXTS;
  protected readonly rowActions: readonly RowAction<'rename' | 'delete' | 'history'>[] = (
    ['rename', 'delete', 'history'] as const
  ).map((kind) => ({ kind, label: this.texts.actions[kind] }));

  private readonly regionList = loadOnce(() => this.api.regions());
  protected readonly regions = computed(() => dataOf(this.regionList.state()) ?? null);
  protected readonly busyLoading = computed(() => this.regionList.state().status === 'loading');
  protected readonly loadError = failureOf(this.regionList.state);

  protected readonly side = new SidePane<RegionPane>(() => this.regionList.reload());

  protected named(text: string, region: AdminRegionDto): string {
    return interpolate(text, { name: region.name });
  }

  protected retry(): void {
    this.regionList.reload();
  }

  protected saved(region: AdminRegionDto): void {
    this.side.finish(interpolate(this.texts.saved, { name: region.name }));
  }

  protected delete(region: AdminRegionDto): void {
    this.side.act(this.api.deleteRegion(region.id), () =>
      this.side.finish(interpolate(this.texts.deleted, { name: region.name })),
    );
  }
}
