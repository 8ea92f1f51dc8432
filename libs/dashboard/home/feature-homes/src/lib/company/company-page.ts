import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AccessApi, type RegionDto } from '@salesdash/dashboard/access/data-access';
import { KpiApi, type KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { periodQuery } from '@salesdash/dashboard/kpi/feature-overview';
import { KpiMatrix } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { catchError, forkJoin, map, type Observable, of } from 'rxjs';
import { matrixByColumn, matrixByModel, modelColumns, modelsWithData } from '../compose/matrix';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { chosenModels, errorMessage, type HomeRequest, homeRequest, loadCorridors, valuesFilter } from '../load';
import { dataOf, loaded, loadFor, loadResource } from '@salesdash/dashboard/shared/data-access';

/** The values of each region (none: refused or failed). */
type RegionValues = ReadonlyMap<string, readonly KpiValueDto[] | null>;

/**
 * MANAGEMENT's (and ADMIN's) home for the chosen period (default: the last 12 complete months) and
 * model: every KPI by business model for the whole company, and KPI × region (one `kpiValuesByScope`
 * request for all regions) for one model — the chosen one, or with all models the first with data,
 * said so. When the regions' figures are refused or fail, the regions show without figures; the
 * regions list failing leaves the company table in place.
 */
@Component({
  selector: 'sd-company-page',
  imports: [HomeHeader, KpiMatrix],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './company-page.html',
  styleUrls: ['../home.css'],
})
export class CompanyPage {
  private readonly kpiApi = inject(KpiApi);
  private readonly accessApi = inject(AccessApi);
  protected readonly texts = HOME_TEXTS;

  private readonly reference = loadResource(() =>
    forkJoin({ catalogue: this.kpiApi.catalogue(), models: this.kpiApi.businessModels() }),
  );
  private readonly regions = loadResource(() => this.accessApi.regions());
  protected readonly models = computed(() => loaded(this.reference.state())?.models ?? null);
  private readonly catalogue = computed(() => loaded(this.reference.state())?.catalogue ?? []);
  protected readonly query = periodQuery('LAST_12_MONTHS', this.models);
  private readonly request = homeRequest(this.query.state, this.models);
  private readonly values = loadFor(this.request, (request) =>
    this.kpiApi.values(valuesFilter(request)).pipe(map((values) => ({ request, values }))),
  );
  private readonly regionRequest = computed(() => {
    const regions = loaded(this.regions.state());
    const request = this.request();
    return regions && request ? { regions, request } : null;
  });
  private readonly regionValues = loadFor(this.regionRequest, ({ regions, request }) =>
    this.regionFigures(regions, request).pipe(map((values) => ({ regions, request, values }))),
  );
  private readonly corridors = loadCorridors(this.kpiApi, this.request);

  protected readonly busy = computed(
    () => this.values.state().status === 'loading' || this.regionValues.state().status === 'loading',
  );
  protected readonly error = computed(() => {
    const failed = [this.reference.state(), this.values.state()].find((state) => state.status === 'failed');
    return failed?.status === 'failed' ? errorMessage(failed.error) : null;
  });

  protected readonly byModel = computed(() => {
    const data = dataOf(this.values.state());
    const models = this.models();
    if (!data || !models) {
      return null;
    }
    const columns = modelColumns(chosenModels(models, data.request));
    const place = { period: data.request.period, scope: { type: 'COMPANY' as const } };
    return { columns, rows: matrixByModel(this.catalogue(), data.values, columns, this.corridors(), place) };
  });

  protected readonly regionsFailed = computed(() => this.regions.state().status === 'failed');
  protected readonly byRegion = computed(() => {
    const regions = dataOf(this.regionValues.state());
    const company = dataOf(this.values.state());
    const models = this.models();
    if (!regions || !company || !models) {
      return null;
    }
    // All models: the regions show one at a time, the first with data in the company's figures.
    const chosen = regions.request.businessModel;
    const model = chosen === null ? modelsWithData(models, company.values)[0] : models.find((m) => m.code === chosen);
    if (!model) {
      return null;
    }
    const columns = regions.regions.map((region) => ({ key: region.id, label: region.name }));
    return {
      caption: interpolate(HOME_TEXTS.company.byRegionCaption, { model: model.name }),
      note: regions.request.businessModel === null ? interpolate(HOME_TEXTS.firstModel, { model: model.name }) : null,
      columns,
      rows: matrixByColumn(this.catalogue(), columns, regions.values, model.code, this.corridors(), (regionId) => ({
        period: regions.request.period,
        scope: { type: 'REGION', id: regionId },
      })),
    };
  });

  protected retry(): void {
    this.reference.retry();
    this.regions.retry();
    this.values.retry();
    this.regionValues.retry();
  }

  private regionFigures(regions: readonly RegionDto[], request: HomeRequest): Observable<RegionValues> {
    if (regions.length === 0) {
      return of(new Map());
    }
    return this.kpiApi
      .valuesByScope({ ...valuesFilter(request), level: 'REGION', ids: regions.map((region) => region.id) })
      .pipe(catchError(() => of(new Map<string, readonly KpiValueDto[]>())));
  }
}
