import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminRegionDto } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { controlValue } from '../shared/control-value';
import { FieldControl, FormField } from '../shared/form-field';
import { FormPane } from '../shared/form-pane';
import { FormState } from '../shared/form-state';
import { IdField } from '../shared/id-field';

const FIELDS = ['id', 'name'] as const;

/** Creates a region or renames one (its id is fixed); the API's refusals appear beside the fields. */
@Component({
  selector: 'sd-region-form',
  imports: [FormPane, FormField, FieldControl, IdField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-form.html',
  styleUrl: '../shared/pane.css',
})
export class RegionForm {
  /** The region to rename; null to create one. */
  readonly region = input<AdminRegionDto | null>(null);
  readonly saved = output<AdminRegionDto>();
  readonly cancelled = output<void>();

  private readonly api = inject(OrgAdminApi);
  protected readonly texts = ORG_ADMIN_TEXTS.regions.form;
  protected readonly form = new FormState('sd-region-form', FIELDS);
  protected readonly valueOf = controlValue;

  protected readonly regionId = linkedSignal(() => this.region()?.id ?? '');
  protected readonly name = linkedSignal(() => this.region()?.name ?? '');
  protected readonly editing = computed(() => this.region() !== null);
  protected readonly heading = computed(() => {
    const region = this.region();
    return region ? interpolate(this.texts.editTitle, { name: region.name }) : this.texts.createTitle;
  });

  protected submit(): void {
    const input = { id: this.regionId(), name: this.name() };
    this.form.submit(this.editing() ? this.api.renameRegion(input) : this.api.createRegion(input), (region) =>
      this.saved.emit(region),
    );
  }
}
