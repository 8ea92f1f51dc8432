import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  viewChild,
} from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { ROLES, type Role } from '@salesdash/shared/domain';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminTeamDto, AdminUserDto, UserInput } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { FormState } from '../shared/form-state';

let nextId = 0;

const FIELDS = ['id', 'email', 'displayName', 'role', 'teamId'] as const;

/**
 * Creates a user or edits one (e-mail, name, role, team; the id is fixed). The API checks
 * everything; its refusals appear beside the fields they concern, and the first gets the focus.
 */
@Component({
  selector: 'sd-user-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Escape anywhere in the pane closes it, as it would a dialog.
  host: { '(keydown.escape)': 'cancelled.emit()' },
  templateUrl: './user-form.html',
  styleUrl: '../shared/pane.css',
})
export class UserForm {
  /** The user to edit; null to create one. */
  readonly user = input<AdminUserDto | null>(null);
  readonly teams = input.required<readonly AdminTeamDto[]>();
  readonly saved = output<AdminUserDto>();
  readonly cancelled = output<void>();

  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.users.form;
  protected readonly common = ORG_ADMIN_TEXTS;
  protected readonly roles = ROLES.map((role) => ({ role, label: ORG_ADMIN_TEXTS.roles[role] }));
  protected readonly id = `sd-user-form-${nextId++}`;
  protected readonly form = new FormState(this.id, FIELDS, inject<ElementRef<HTMLElement>>(ElementRef));

  protected readonly userId = linkedSignal(() => this.user()?.id ?? '');
  protected readonly email = linkedSignal(() => this.user()?.email ?? '');
  protected readonly displayName = linkedSignal(() => this.user()?.displayName ?? '');
  protected readonly role = linkedSignal<Role>(() => this.user()?.role ?? 'SALES_REP');
  protected readonly teamId = linkedSignal(() => this.user()?.team?.id ?? '');

  protected readonly editing = computed(() => this.user() !== null);
  protected readonly heading = computed(() => {
    const user = this.user();
    return user ? interpolate(this.texts.editTitle, { name: user.displayName }) : this.texts.createTitle;
  });
  private readonly titleElement = viewChild.required<ElementRef<HTMLElement>>('titleElement');

  constructor() {
    afterNextRender(() => this.titleElement().nativeElement.focus());
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected chooseRole(event: Event): void {
    this.role.set(this.valueOf(event) as Role);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const input: UserInput = {
      id: this.userId(),
      email: this.email(),
      displayName: this.displayName(),
      role: this.role(),
      teamId: this.teamId() === '' ? null : this.teamId(),
    };
    this.form.submit(this.editing() ? this.api.updateUser(input) : this.api.createUser(input), (user) =>
      this.saved.emit(user),
    );
  }
}
