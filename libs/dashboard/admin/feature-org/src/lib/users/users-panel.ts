import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, linkedSignal, signal } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { ROLES, type Role } from '@salesdash/shared/domain';
import { debounceTime, Subject } from 'rxjs';
import { type AdminError, errorMessage } from '../data/admin-error';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminUserDto } from '../data/org-admin.models';
import { userBadges } from '../data/user-badges';
import type { AdminUserFilter } from '../generated/graphql';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { ConfirmPanel } from '../shared/confirm-panel';
import { HistoryPanel } from '../shared/history-panel';
import { controlValue } from '../shared/control-value';
import { LoadError } from '../shared/load-error';
import { failureOf, loadOnce, loadWhenChanged } from '../shared/load-state';
import { type RowAction, RowActions } from '../shared/row-actions';
import { SidePane } from '../shared/side-pane';
import { PasswordPanel } from './password-panel';
import { UserForm } from './user-form';
import { dataOf } from '@salesdash/dashboard/shared/data-access';

export const USERS_PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 250;

type StatusFilter = '' | 'active' | 'deactivated';

type UserAction = RowAction<'edit' | 'reset' | 'deactivate' | 'reactivate' | 'history'>;

/** A user's row actions: deactivate or reactivate, by the user's status. */
function userActions(active: boolean): readonly UserAction[] {
  const labels = ORG_ADMIN_TEXTS.users.actions;
  return [
    { kind: 'edit', label: labels.edit },
    { kind: 'reset', label: labels.reset, marker: 'reset' },
    active
      ? { kind: 'deactivate', label: labels.deactivate, marker: 'deactivate' }
      : { kind: 'reactivate', label: labels.reactivate, marker: 'reactivate' },
    { kind: 'history', label: labels.history, marker: 'history' },
  ];
}

const ACTIVE_USER_ACTIONS = userActions(true);
const DEACTIVATED_USER_ACTIONS = userActions(false);

/** What the side pane shows: a form, a confirmation, a temporary password or a history. */
export type UserPane =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit' | 'deactivate' | 'reactivate' | 'reset' | 'history'; readonly user: AdminUserDto }
  | { readonly kind: 'password'; readonly user: AdminUserDto; readonly password: string };

/**
 * The users: search and filters, a table with each user's status, and a side pane to create or
 * edit one, deactivate or reactivate them, reset their password or read their history.
 */
@Component({
  selector: 'sd-users-panel',
  imports: [UserForm, ConfirmPanel, PasswordPanel, HistoryPanel, LoadError, RowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-panel.html',
  styleUrls: ['../shared/panel.css', '../shared/buttons.css'],
})
export class UsersPanel {
  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.users;
  protected readonly common = ORG_ADMIN_TEXTS;
  protected readonly roles = ROLES.map((role) => ({ role, label: ORG_ADMIN_TEXTS.roles[role] }));
  protected readonly roleNames = ORG_ADMIN_TEXTS.roles;

  protected readonly search = signal('');
  private readonly appliedSearch = signal('');
  protected readonly role = signal<Role | ''>('');
  protected readonly teamId = signal('');
  protected readonly status = signal<StatusFilter>('');

  private readonly filter = computed<AdminUserFilter>(() => ({
    search: this.appliedSearch() === '' ? null : this.appliedSearch(),
    role: this.role() === '' ? null : (this.role() as Role),
    teamId: this.teamId() === '' ? null : this.teamId(),
    active: this.status() === '' ? null : this.status() === 'active',
  }));
  private readonly users = loadWhenChanged(this.filter, (filter) => this.api.users(filter, USERS_PAGE_SIZE));
  /** Further pages asked for with "Show more"; a new filter starts from the first page again. */
  private readonly morePages = linkedSignal<AdminUserFilter, readonly AdminUserDto[]>({
    source: this.filter,
    computation: () => [],
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<string | null>(null);
  private readonly teamList = loadOnce(() => this.api.teams());

  protected readonly page = computed(() => {
    const first = dataOf(this.users.state());
    return first ? { totalCount: first.totalCount, users: [...first.users, ...this.morePages()] } : null;
  });
  protected readonly rows = computed(() =>
    (this.page()?.users ?? []).map((user) => ({
      user,
      badges: userBadges(user),
      actions: user.active ? ACTIVE_USER_ACTIONS : DEACTIVATED_USER_ACTIONS,
    })),
  );
  protected readonly busyLoading = computed(() => this.users.state().status === 'loading');
  protected readonly loadError = failureOf(this.users.state);
  protected readonly countText = computed(() => {
    const page = this.page();
    if (!page) {
      return '';
    }
    const count = page.totalCount === 1 ? this.texts.count.one : this.texts.count.other;
    return interpolate(count, { shown: page.users.length, total: page.totalCount });
  });
  protected readonly hasMore = computed(() => {
    const page = this.page();
    return page !== null && page.users.length < page.totalCount;
  });
  protected readonly teams = computed(() => dataOf(this.teamList.state()) ?? []);

  protected readonly side = new SidePane<UserPane>(() => {
    this.morePages.set([]);
    this.users.reload();
    this.teamList.reload();
  });
  protected readonly valueOf = controlValue;
  private readonly searches = new Subject<string>();

  constructor() {
    const subscription = this.searches
      .pipe(debounceTime(SEARCH_DELAY_MS))
      .subscribe((text) => this.appliedSearch.set(text.trim()));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected typeSearch(event: Event): void {
    this.search.set(this.valueOf(event));
    this.searches.next(this.search());
  }

  /** Enter searches at once instead of waiting for the typing pause. */
  protected submitSearch(event: Event): void {
    event.preventDefault();
    this.appliedSearch.set(this.search().trim());
  }

  protected chooseRole(event: Event): void {
    this.role.set(this.valueOf(event) as Role | '');
  }

  protected chooseStatus(event: Event): void {
    this.status.set(this.valueOf(event) as StatusFilter);
  }

  protected showMore(): void {
    const shown = this.page()?.users.length ?? 0;
    const filter = this.filter();
    this.loadingMore.set(true);
    this.moreError.set(null);
    this.api.users(filter, USERS_PAGE_SIZE, shown).subscribe({
      next: (page) => {
        this.loadingMore.set(false);
        if (filter === this.filter()) {
          this.morePages.update((more) => [...more, ...page.users]);
        }
      },
      error: (error: AdminError) => {
        this.loadingMore.set(false);
        this.moreError.set(errorMessage(error));
      },
    });
  }

  protected retry(): void {
    this.users.reload();
    this.teamList.reload();
  }

  protected named(text: string, user: AdminUserDto): string {
    return interpolate(text, { name: user.displayName });
  }

  /** "Mia manages 'North 1', 'North 2'; …" when deactivating a manager, else null. */
  protected managerNote(user: AdminUserDto): string | null {
    const managed = this.teams().filter((team) => team.manager?.id === user.id);
    return managed.length === 0
      ? null
      : interpolate(this.texts.deactivate.managerNote, {
          name: user.displayName,
          teams: managed.map((team) => team.name).join(', '),
        });
  }

  protected saved(user: AdminUserDto): void {
    this.side.finish(interpolate(this.texts.saved, { name: user.displayName }));
  }

  protected deactivate(user: AdminUserDto, reason: string | null): void {
    this.side.act(this.api.deactivateUser(user.id, reason), () =>
      this.side.finish(interpolate(this.texts.deactivated, { name: user.displayName })),
    );
  }

  protected reactivate(user: AdminUserDto, reason: string | null): void {
    this.side.act(this.api.reactivateUser(user.id, reason), () =>
      this.side.finish(interpolate(this.texts.reactivated, { name: user.displayName })),
    );
  }

  protected resetPassword(user: AdminUserDto): void {
    this.side.act(this.api.resetPassword(user.id), (answer) => {
      this.side.current.set({ kind: 'password', user: answer.user, password: answer.temporaryPassword });
      this.users.reload();
    });
  }
}
