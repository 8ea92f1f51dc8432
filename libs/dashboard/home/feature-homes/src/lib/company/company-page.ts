import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { AccessApi, type RegionDto } from '@salesdash/dashboard/access/data-access';
import { KpiApi, type KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { formatPeriod, KpiMatrix } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { presetPeriod } from '@salesdash/shared/domain';
import { catchError, forkJoin, map, type Observable, of, switchMap } from 'rxjs';
import { matrixByColumn, matrixByModel, modelColumns } from '../compose/matrix';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage, loadCorridors, loadResource } from '../load';

let nextId = 0;

interface RegionFigures {
  readonly regions: readonly RegionDto[];
  readonly values: ReadonlyMap<string, readonly KpiValueDto[] | null>;
}

/**
 * MANAGEMENT's (and ADMIN's) home: every KPI by business model for the whole company, and KPI × region
 * for a chosen model (one `kpiValues` per region, scope REGION). A region the API refuses or fails
 * shows without figures; the regions list failing leaves the company table in place.
 */
@Component({
  selector: 'sd-company-page',
  imports: [HomeHeader, KpiMatrix],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './company-page.html',
  styleUrls: ['../home.css', './company-page.css'],
})
export class CompanyPage {
  private readonly kpiApi = inject(KpiApi);
  private readonly accessApi = inject(AccessApi);
  protected readonly texts = HOME_TEXTS;
  protected readonly id = `sd-company-${nextId++}`;
  private readonly period = presetPeriod('LAST_12_MONTHS', inject(TODAY)());
  protected readonly subtitle = interpolate(HOME_TEXTS.period, { period: formatPeriod(this.period) });

  private readonly data = loadResource(() =>
    forkJoin({
      catalogue: this.kpiApi.catalogue(),
      models: this.kpiApi.businessModels(),
      values: this.kpiApi.values({ from: this.period.from, to: this.period.to }),
    }),
  );
  private readonly regions = loadResource(() => this.regionFigures());
  private readonly corridors = loadCorridors(this.kpiApi, this.period);

  protected readonly catalogue = computed(() => {
    const state = this.data.state();
    return state.status === 'loaded' ? state.data.catalogue : [];
  });
  protected readonly error = computed(() => {
    const state = this.data.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });
  protected readonly models = computed(() => {
    const state = this.data.state();
    return state.status === 'loaded' ? state.data.models : [];
  });
  protected readonly model = linkedSignal(() => this.models()[0]?.code ?? '');
  protected readonly modelName = computed(
    () => this.models().find((model) => model.code === this.model())?.name ?? this.model(),
  );

  protected readonly byModel = computed(() => {
    const state = this.data.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const columns = modelColumns(state.data.models);
    return { columns, rows: matrixByModel(state.data.catalogue, state.data.values, columns, this.corridors()) };
  });

  protected readonly regionsFailed = computed(() => this.regions.state().status === 'failed');
  protected readonly byRegion = computed(() => {
    const regions = this.regions.state();
    if (regions.status !== 'loaded' || this.byModel() === null) {
      return null;
    }
    const columns = regions.data.regions.map((region) => ({ key: region.id, label: region.name }));
    return {
      caption: interpolate(HOME_TEXTS.company.byRegionCaption, { model: this.modelName() }),
      columns,
      rows: matrixByColumn(this.catalogue(), columns, regions.data.values, this.model(), this.corridors()),
    };
  });

  protected chooseModel(event: Event): void {
    this.model.set((event.target as HTMLSelectElement).value);
  }

  protected retry(): void {
    this.data.retry();
    this.regions.retry();
  }

  private regionFigures(): Observable<RegionFigures> {
    return this.accessApi.regions().pipe(
      switchMap((regions) =>
        regions.length === 0
          ? of({ regions, values: new Map() })
          : forkJoin(
              regions.map((region) =>
                this.kpiApi
                  .values({ from: this.period.from, to: this.period.to, scope: { type: 'REGION', id: region.id } })
                  .pipe(catchError(() => of(null))),
              ),
            ).pipe(
              map((values) => ({
                regions,
                values: new Map(regions.map((region, index) => [region.id, values[index] ?? null])),
              })),
            ),
      ),
    );
  }
}
