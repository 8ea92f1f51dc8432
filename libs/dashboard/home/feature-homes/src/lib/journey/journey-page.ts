import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { buildStageGroups, TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { formatPeriod, KpiTile } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { presetPeriod } from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import { journeySections } from '../compose/journey';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage, loadCorridors, loadResource } from '../load';

/** MARKETING's home: the journey KPIs and the customer's voice by business model, with their trends. */
@Component({
  selector: 'sd-journey-page',
  imports: [HomeHeader, KpiTile],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-home-header [heading]="texts.journey.title" [subtitle]="subtitle" [catalogue]="catalogue()" />
    @if (error(); as message) {
      <section class="panel panel-error" role="alert" data-testid="home-error">
        <h2 class="panel-title">{{ texts.error.title }}</h2>
        <p>{{ message }}</p>
        <button type="button" class="button" (click)="retry()">{{ texts.error.retry }}</button>
      </section>
    } @else if (sections(); as sections) {
      @for (section of sections; track section.key) {
        <section class="section" [attr.aria-labelledby]="'journey-' + section.key" [attr.data-section]="section.key">
          <h2 class="section-title" [id]="'journey-' + section.key">{{ texts.journey[section.key] }}</h2>
          <div class="tiles">
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
  private readonly period = presetPeriod('LAST_12_MONTHS', inject(TODAY)());
  protected readonly subtitle = interpolate(HOME_TEXTS.period, { period: formatPeriod(this.period) });

  private readonly data = loadResource(() =>
    forkJoin({
      catalogue: this.api.catalogue(),
      businessModels: this.api.businessModels(),
      values: this.api.values({ from: this.period.from, to: this.period.to }),
    }),
  );
  private readonly trend = loadResource(() => this.api.trend({ to: this.period.to, months: 12 }));
  private readonly corridors = loadCorridors(this.api, this.period);

  protected readonly catalogue = computed(() => {
    const state = this.data.state();
    return state.status === 'loaded' ? state.data.catalogue : [];
  });
  protected readonly error = computed(() => {
    const state = this.data.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });
  protected readonly sections = computed(() => {
    const state = this.data.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const trend = this.trend.state();
    const query = { period: this.period, businessModel: null };
    const groups = buildStageGroups(
      { query, ...state.data },
      trend.status === 'loaded' ? trend.data : null,
      this.corridors(),
    );
    return journeySections(groups.flatMap((group) => group.tiles));
  });

  protected retry(): void {
    this.data.retry();
    this.trend.retry();
  }
}
