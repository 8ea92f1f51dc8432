import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminRegionDto, AdminTeamDto, AdminUserDto } from '../data/org-admin.models';
import type { AdminTeamInput } from '../generated/graphql';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { controlValue } from '../shared/control-value';
import { FieldControl, FormField } from '../shared/form-field';
import { FormPane } from '../shared/form-pane';
import { FormState } from '../shared/form-state';
import { IdField } from '../shared/id-field';

const FIELDS = ['id', 'name', 'regionId', 'managerUserId'] as const;

/**
 * Creates a team or edits one (name, region, manager; the id is fixed). The manager is chosen
 * from the active sales managers; the API's refusals appear beside the fields they concern.
 */
@Component({
  selector: 'sd-team-form',
  imports: [FormPane, FormField, FieldControl, IdField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-form.html',
  styleUrl: '../shared/pane.css',
})
export class TeamForm {
  /** The team to edit; null to create one. */
  readonly team = input<AdminTeamDto | null>(null);
  readonly regions = input.required<readonly AdminRegionDto[]>();
  /** The active sales managers. */
  readonly managers = input.required<readonly AdminUserDto[]>();
  readonly saved = output<AdminTeamDto>();
  readonly cancelled = output<void>();

  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.teams.form;
  protected readonly form = new FormState('sd-team-form', FIELDS);
  protected readonly valueOf = controlValue;

  protected readonly teamId = linkedSignal(() => this.team()?.id ?? '');
  protected readonly name = linkedSignal(() => this.team()?.name ?? '');
  protected readonly regionId = linkedSignal(() => this.team()?.region.id ?? '');
  protected readonly managerUserId = linkedSignal(() => this.team()?.manager?.id ?? '');

  protected readonly editing = computed(() => this.team() !== null);
  protected readonly heading = computed(() => {
    const team = this.team();
    return team ? interpolate(this.texts.editTitle, { name: team.name }) : this.texts.createTitle;
  });
  /** The active sales managers, and the team's current manager when no longer one of them. */
  protected readonly managerOptions = computed(() => {
    const options = this.managers().map((manager) => ({ id: manager.id, label: manager.displayName }));
    const current = this.team()?.manager;
    if (current && !options.some((option) => option.id === current.id)) {
      options.push({
        id: current.id,
        label: interpolate(ORG_ADMIN_TEXTS.teams.inactiveManager, { name: current.displayName }),
      });
    }
    return options;
  });

  protected submit(): void {
    const input: AdminTeamInput = {
      id: this.teamId(),
      name: this.name(),
      regionId: this.regionId(),
      managerUserId: this.managerUserId() === '' ? null : this.managerUserId(),
    };
    this.form.submit(this.editing() ? this.api.updateTeam(input) : this.api.createTeam(input), (team) =>
      this.saved.emit(team),
    );
  }
}
