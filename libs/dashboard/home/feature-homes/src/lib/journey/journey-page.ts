import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { buildStageGroups } from '@salesdash/dashboard/kpi/feature-overview';
import { KpiTile } from '@salesdash/dashboard/kpi/ui';
import { FeedbackPanel, JourneyFunnel, MomentsPanel } from '@salesdash/dashboard/journey/feature-journey';
import { map } from 'rxjs';
import { journeySections } from '../compose/journey';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { kpiHome } from '../kpi-home';
import { chosenModels, trendFilter } from '../load';
import { dataOf, loaded, loadFor } from '@salesdash/dashboard/shared/data-access';

/**
 * MARKETING's home: the journey KPIs and the customer's voice by business model, with their trends
 * up to the chosen period's last month (default: the last 12 complete months).
 */
@Component({
  selector: 'sd-journey-page',
  imports: [HomeHeader, KpiTile, JourneyFunnel, MomentsPanel, FeedbackPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-home-header [heading]="texts.journey.title" [query]="query" [models]="models()" />
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
    @if (journey(); as journey) {
      <sd-journey-funnel [period]="journey.period" [businessModel]="journey.businessModel" [models]="journey.models" />
      <sd-moments-panel [period]="journey.period" [businessModel]="journey.businessModel" [models]="journey.models" />
      <sd-feedback-panel [period]="journey.period" [businessModel]="journey.businessModel" [models]="journey.models" />
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

  private readonly home = kpiHome(this.api, 'LAST_12_MONTHS');
  protected readonly models = this.home.models;
  private readonly catalogue = this.home.catalogue;
  protected readonly query = this.home.query;
  private readonly request = this.home.request;
  private readonly values = this.home.values;
  private readonly corridors = this.home.corridors;
  protected readonly busy = this.home.busy;
  protected readonly error = this.home.error;
  private readonly trend = loadFor(this.request, (request) =>
    this.api.trend(trendFilter(request)).pipe(map((series) => ({ request, series }))),
  );
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

  /** The period and models of the funnel, the moments and the feedback: the page's, once the models are known. */
  protected readonly journey = computed(() => {
    const request = this.request();
    const models = this.models();
    return request && models
      ? {
          period: request.period,
          businessModel: request.businessModel,
          models: models.map((model) => ({ code: model.code, name: model.name })),
        }
      : null;
  });

  protected retry(): void {
    this.home.retry();
    this.trend.retry();
  }
}
