import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { dataOf, KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { buildStageGroups, periodQuery } from '@salesdash/dashboard/kpi/feature-overview';
import { KpiTile } from '@salesdash/dashboard/kpi/ui';
import { forkJoin, map } from 'rxjs';
import { journeySections } from '../compose/journey';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import {
  chosenModels,
  errorMessage,
  homeRequest,
  loadCorridors,
  loaded,
  loadFor,
  loadResource,
  trendFilter,
  valuesFilter,
} from '../load';

/**
 * MARKETING's home: the journey KPIs and the customer's voice by business model, with their trends
 * up to the chosen period's last month (default: the last 12 complete months).
 */
@Component({
  selector: 'sd-journey-page',
  imports: [HomeHeader, KpiTile],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-home-header [heading]="texts.journey.title" [query]="query" [models]="models()" [catalogue]="catalogue()" />
    @if (error(); as message) {
      <section class="panel panel-error" role="alert" data-testid="home-error">
        <h2 class="panel-title">{{ texts.error.title }}</h2>
        <p>{{ message }}</p>
        <button type="button" class="button" (click)="retry()">{{ texts.error.retry }}</button>
      </section>
    } @else if (sections(); as sections) {
      <p class="visually-hidden" role="status">{{ busy() ? texts.updating : '' }}</p>
      @for (section of sections; track section.key) {
        <section class="section" [attr.aria-labelledby]="'journey-' + section.key" [attr.data-section]="section.key">
          <h2 class="section-title" [id]="'journey-' + section.key">{{ texts.journey[section.key] }}</h2>
          <div class="tiles figures" [attr.aria-busy]="busy()">
            @for (tile of section.tiles; track tile.code) {
              <sd-kpi-tile [tile]="tile" />
            }
          </div>
        </section>
      }
    } @else {
      <p class="visually-hidden" role="status">{{ texts.loading }}</p>
      <span class="skeleton skeleton-block" aria-hidden="true" data-testid="home-loading"></span>
    }
  `,
  styleUrls: ['../home.css'],
  styles: `
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: 0.75rem;
    }
  `,
})
export class JourneyPage {
  private readonly api = inject(KpiApi);
  protected readonly texts = HOME_TEXTS;

  private readonly reference = loadResource(() =>
    forkJoin({ catalogue: this.api.catalogue(), models: this.api.businessModels() }),
  );
  protected readonly models = computed(() => loaded(this.reference.state())?.models ?? null);
  protected readonly catalogue = computed(() => loaded(this.reference.state())?.catalogue ?? []);
  protected readonly query = periodQuery('LAST_12_MONTHS', this.models);
  private readonly request = homeRequest(this.query.state, this.models);
  private readonly values = loadFor(this.request, (request) =>
    this.api.values(valuesFilter(request)).pipe(map((values) => ({ request, values }))),
  );
  private readonly trend = loadFor(this.request, (request) =>
    this.api.trend(trendFilter(request)).pipe(map((series) => ({ request, series }))),
  );
  private readonly corridors = loadCorridors(this.api, this.request);

  protected readonly busy = computed(() => this.values.state().status === 'loading');
  protected readonly error = computed(() => {
    const failed = [this.reference.state(), this.values.state()].find((state) => state.status === 'failed');
    return failed?.status === 'failed' ? errorMessage(failed.error) : null;
  });
  protected readonly sections = computed(() => {
    const data = dataOf(this.values.state());
    const models = this.models();
    if (!data || !models) {
      return null;
    }
    const trend = loaded(this.trend.state());
    const query = { period: data.request.period, businessModel: data.request.businessModel };
    const groups = buildStageGroups(
      { query, catalogue: this.catalogue(), businessModels: chosenModels(models, data.request), values: data.values },
      trend?.request === data.request ? trend.series : null,
      this.corridors(),
    );
    return journeySections(groups.flatMap((group) => group.tiles));
  });

  protected retry(): void {
    this.reference.retry();
    this.values.retry();
    this.trend.retry();
  }
}
