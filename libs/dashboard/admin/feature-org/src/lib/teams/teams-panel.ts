import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminTeamDto } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { ConfirmPanel } from '../shared/confirm-panel';
import { HistoryPanel } from '../shared/history-panel';
import { LoadError } from '../shared/load-error';
import { failureOf, loadOnce } from '../shared/load-state';
import { type RowAction, RowActions } from '../shared/row-actions';
import { SidePane } from '../shared/side-pane';
import { TeamForm } from './team-form';
import { dataOf } from '@salesdash/dashboard/shared/data-access';

/** Enough for every sales manager of a company in one list. */
const MAX_MANAGERS = 500;

export type TeamPane =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit' | 'delete' | 'history'; readonly team: AdminTeamDto };

/** The teams with region, manager and members; create, edit, delete (while unused) and history. */
@Component({
  selector: 'sd-teams-panel',
  imports: [TeamForm, ConfirmPanel, HistoryPanel, LoadError, RowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './teams-panel.html',
  styleUrl: '../shared/panel.css',
})
export class TeamsPanel {
  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.teams;
  protected readonly common = ORG_ADMIN_TEXTS;
  protected readonly rowActions: readonly RowAction<'edit' | 'delete' | 'history'>[] = (
    ['edit', 'delete', 'history'] as const
  ).map((kind) => ({ kind, label: this.texts.actions[kind] }));

  private readonly teamList = loadOnce(() => this.api.teams());
  private readonly regionList = loadOnce(() => this.api.regions());
  private readonly managerList = loadOnce(() => this.api.users({ role: 'SALES_MANAGER', active: true }, MAX_MANAGERS));

  protected readonly teams = computed(() => dataOf(this.teamList.state()) ?? null);
  protected readonly regions = computed(() => dataOf(this.regionList.state()) ?? []);
  protected readonly managers = computed(() => dataOf(this.managerList.state())?.users ?? []);
  protected readonly busyLoading = computed(() => this.teamList.state().status === 'loading');
  protected readonly loadError = failureOf(this.teamList.state);

  protected readonly side = new SidePane<TeamPane>(() => this.teamList.reload());

  protected managerName(team: AdminTeamDto): string {
    if (!team.manager) {
      return this.texts.noManager;
    }
    return team.manager.active
      ? team.manager.displayName
      : interpolate(this.texts.inactiveManager, { name: team.manager.displayName });
  }

  protected named(text: string, team: AdminTeamDto): string {
    return interpolate(text, { name: team.name });
  }

  protected retry(): void {
    this.teamList.reload();
    this.regionList.reload();
    this.managerList.reload();
  }

  protected saved(team: AdminTeamDto): void {
    this.side.finish(interpolate(this.texts.saved, { name: team.name }));
  }

  protected delete(team: AdminTeamDto): void {
    this.side.act(this.api.deleteTeam(team.id), () =>
      this.side.finish(interpolate(this.texts.deleted, { name: team.name })),
    );
  }
}
