import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { ROLES, type Role } from '@salesdash/shared/domain';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminTeamDto, AdminUserDto } from '../data/org-admin.models';
import type { AdminUserInput } from '../generated/graphql';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { controlValue } from '../shared/control-value';
import { FieldControl, FormField } from '../shared/form-field';
import { FormPane } from '../shared/form-pane';
import { FormState } from '../shared/form-state';
import { IdField } from '../shared/id-field';

const FIELDS = ['id', 'email', 'displayName', 'role', 'teamId'] as const;

/**
 * Creates a user or edits one (e-mail, name, role, team; the id is fixed). The API checks
 * everything; its refusals appear beside the fields they concern, and the first gets the focus.
 */
@Component({
  selector: 'sd-user-form',
  imports: [FormPane, FormField, FieldControl, IdField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form.html',
  // field.css for the note under the fields.
  styleUrls: ['../shared/pane.css', '../shared/field.css'],
})
export class UserForm {
  /** The user to edit; null to create one. */
  readonly user = input<AdminUserDto | null>(null);
  readonly teams = input.required<readonly AdminTeamDto[]>();
  readonly saved = output<AdminUserDto>();
  readonly cancelled = output<void>();

  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.users.form;
  protected readonly roles = ROLES.map((role) => ({ role, label: ORG_ADMIN_TEXTS.roles[role] }));
  protected readonly form = new FormState('sd-user-form', FIELDS);
  protected readonly valueOf = controlValue;

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

  protected chooseRole(event: Event): void {
    this.role.set(controlValue(event) as Role);
  }

  protected submit(): void {
    const input: AdminUserInput = {
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
