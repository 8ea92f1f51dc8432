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
import { OrgAdminApi } from '../data/org-admin-api';
import type { AdminRegionDto } from '../data/org-admin.models';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { FormState } from '../shared/form-state';

let nextId = 0;

const FIELDS = ['id', 'name'] as const;

/** Creates a region or renames one (its id is fixed); the API's refusals appear beside the fields. */
@Component({
  selector: 'sd-region-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Escape anywhere in the pane closes it, as it would a dialog.
  host: { '(keydown.escape)': 'cancelled.emit()' },
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
  protected readonly common = ORG_ADMIN_TEXTS;
  protected readonly id = `sd-region-form-${nextId++}`;
  protected readonly form = new FormState(this.id, FIELDS, inject<ElementRef<HTMLElement>>(ElementRef));

  protected readonly regionId = linkedSignal(() => this.region()?.id ?? '');
  protected readonly name = linkedSignal(() => this.region()?.name ?? '');
  protected readonly editing = computed(() => this.region() !== null);
  protected readonly heading = computed(() => {
    const region = this.region();
    return region ? interpolate(this.texts.editTitle, { name: region.name }) : this.texts.createTitle;
  });
  private readonly titleElement = viewChild.required<ElementRef<HTMLElement>>('titleElement');

  constructor() {
    afterNextRender(() => this.titleElement().nativeElement.focus());
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const input = { id: this.regionId(), name: this.name() };
    this.form.submit(this.editing() ? this.api.renameRegion(input) : this.api.createRegion(input), (region) =>
      this.saved.emit(region),
    );
  }
}
