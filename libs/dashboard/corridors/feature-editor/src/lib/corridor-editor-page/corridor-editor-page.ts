import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  type BusinessModelDto,
  type CorridorDto,
  KpiApi,
  type KpiDefinitionDto,
} from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { isKpiCode } from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import { CorridorEditor, type EditedKpi } from '../corridor-editor/corridor-editor';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { corridorMatrix } from '../corridor-matrix';
import { loadErrorText } from '../load';
import { dataOf, type LoadState, asApiError } from '@salesdash/dashboard/shared/data-access';

interface PageData {
  readonly catalogue: readonly KpiDefinitionDto[];
  readonly models: readonly BusinessModelDto[];
  readonly corridors: readonly CorridorDto[];
}

interface Selection {
  readonly key: string;
  readonly kpi: EditedKpi;
  readonly model: BusinessModelDto;
}

/**
 * CONTROLLING's corridor editor at `/corridors/edit`: the matrix of corridors in force (KPI × business
 * model) and, for the cell named by the query parameters `model` and `kpi`, the editor with its history.
 */
@Component({
  selector: 'sd-corridor-editor-page',
  imports: [RouterLink, CorridorEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './corridor-editor-page.html',
  styleUrl: './corridor-editor-page.css',
})
export class CorridorEditorPage {
  private readonly api = inject(KpiApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap);
  protected readonly texts = CORRIDOR_EDITOR_TEXTS;
  protected readonly today = inject(TODAY)();

  protected readonly data = signal<LoadState<PageData>>({ status: 'loading' });
  protected readonly loaded = computed(() => dataOf(this.data()) ?? null);
  protected readonly error = computed(() => {
    const state = this.data();
    return state.status === 'failed' ? loadErrorText(state.error) : null;
  });
  protected readonly groups = computed(() => {
    const data = this.loaded();
    return data ? corridorMatrix(data.catalogue, data.models, data.corridors) : [];
  });
  protected readonly models = computed(() => this.loaded()?.models ?? []);
  /**
   * The cell the URL names: null for none, 'unknown' when its KPI or model does not exist (or the KPI
   * is one the shared corridor rules do not know, so it cannot be checked).
   */
  protected readonly selection = computed((): Selection | 'unknown' | null => {
    const model = this.query()?.get('model') ?? null;
    const kpi = this.query()?.get('kpi') ?? null;
    const data = this.loaded();
    if (model === null || kpi === null || !data) {
      return null;
    }
    const definition = data.catalogue.find((known) => known.code === kpi);
    const businessModel = data.models.find((known) => known.code === model);
    return definition && businessModel && isKpiCode(kpi)
      ? { key: `${model}\u0000${kpi}`, kpi: { ...definition, code: kpi }, model: businessModel }
      : 'unknown';
  });
  /** The selection as a list of at most one, so a new cell gets a new editor (and a fresh draft). */
  protected readonly editing = computed(() => {
    const selection = this.selection();
    return selection && selection !== 'unknown' ? [selection] : [];
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    const previous = dataOf(this.data());
    this.data.set({ status: 'loading', ...(previous ? { previous } : {}) });
    forkJoin({
      catalogue: this.api.catalogue(),
      models: this.api.businessModels(),
      corridors: this.api.corridorsInForce(this.today),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => this.data.set({ status: 'loaded', data }),
        error: (error: unknown) => this.data.set({ status: 'failed', error: asApiError(error) }),
      });
  }

  protected isSelected(kpi: string, model: string): boolean {
    const selection = this.selection();
    return (
      selection !== null && selection !== 'unknown' && selection.kpi.code === kpi && selection.model.code === model
    );
  }

  protected editLabel(kpi: string, model: string): string {
    return interpolate(this.texts.matrix.editLabel, { kpi, model });
  }

  protected versionText(version: number): string {
    return interpolate(this.texts.matrix.version, { version });
  }
}
