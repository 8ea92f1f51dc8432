import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { dataOf } from '@salesdash/dashboard/kpi/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { actionMessage, type AdminError, errorMessage } from '../data/admin-error';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminTeamDto } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { ConfirmPanel } from '../shared/confirm-panel';
import { HistoryPanel } from '../shared/history-panel';
import { loadOnce } from '../shared/load-state';
import { PaneOpener } from '../shared/pane-opener';
import { TeamForm } from './team-form';

/** Enough for every sales manager of a company in one list. */
const MAX_MANAGERS = 500;

export type TeamPane =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit' | 'delete' | 'history'; readonly team: AdminTeamDto };

/** The teams with region, manager and members; create, edit, delete (while unused) and history. */
@Component({
  selector: 'sd-teams-panel',
  imports: [TeamForm, ConfirmPanel, HistoryPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './teams-panel.html',
  styleUrl: '../shared/panel.css',
})
export class TeamsPanel {
  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.teams;
  protected readonly common = ORG_ADMIN_TEXTS;

  private readonly teamList = loadOnce(() => this.api.teams());
  private readonly regionList = loadOnce(() => this.api.regions());
  private readonly managerList = loadOnce(() => this.api.users({ role: 'SALES_MANAGER', active: true }, MAX_MANAGERS));

  protected readonly teams = computed(() => dataOf(this.teamList.state()) ?? null);
  protected readonly regions = computed(() => dataOf(this.regionList.state()) ?? []);
  protected readonly managers = computed(() => dataOf(this.managerList.state())?.users ?? []);
  protected readonly busyLoading = computed(() => this.teamList.state().status === 'loading');
  protected readonly loadError = computed(() => {
    const state = this.teamList.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });

  protected readonly pane = signal<TeamPane | null>(null);
  protected readonly actionBusy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal('');
  private readonly opener = new PaneOpener();

  protected actionLabel(action: string, team: AdminTeamDto): string {
    return interpolate(this.texts.actionLabel, { action, name: team.name });
  }

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

  protected open(pane: TeamPane, event: Event): void {
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
    this.teamList.reload();
    this.regionList.reload();
    this.managerList.reload();
  }

  protected saved(team: AdminTeamDto): void {
    this.finish(interpolate(this.texts.saved, { name: team.name }));
  }

  protected delete(team: AdminTeamDto): void {
    if (this.actionBusy()) {
      return;
    }
    this.actionBusy.set(true);
    this.actionError.set(null);
    this.api.deleteTeam(team.id).subscribe({
      next: () => {
        this.actionBusy.set(false);
        this.finish(interpolate(this.texts.deleted, { name: team.name }));
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
    this.teamList.reload();
  }
}
