import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { formatPeriod, KpiMatrix } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { presetPeriod } from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import { matrixByModel, modelColumns } from '../compose/matrix';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage, loadCorridors, loadResource } from '../load';

/**
 * CONTROLLING's home: every KPI × business model with the real current values and their status
 * (last 12 months, whole company) and a note on the corridors behind their status, with the way to the editor.
 */
@Component({
  selector: 'sd-corridors-page',
  imports: [HomeHeader, KpiMatrix, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-home-header [heading]="texts.corridors.title" [subtitle]="subtitle" [catalogue]="catalogue()">
      <a class="button" routerLink="/corridors/edit" data-testid="corridors-edit-link">{{ texts.corridors.edit }}</a>
    </sd-home-header>
    <section class="notice" data-testid="corridors-note" aria-labelledby="corridors-note-title">
      <h2 class="panel-title" id="corridors-note-title">{{ texts.corridors.noteTitle }}</h2>
      {{ texts.corridors.note }}
    </section>
    @if (error(); as message) {
      <section class="panel panel-error" role="alert" data-testid="home-error">
        <h2 class="panel-title">{{ texts.error.title }}</h2>
        <p>{{ message }}</p>
        <button type="button" class="button" (click)="retry()">{{ texts.error.retry }}</button>
      </section>
    } @else if (matrix(); as matrix) {
      <sd-kpi-matrix [caption]="texts.corridors.matrix" [columns]="matrix.columns" [rows]="matrix.rows" />
    } @else {
      <p class="visually-hidden" role="status">{{ texts.loading }}</p>
      <span class="skeleton skeleton-block" aria-hidden="true" data-testid="home-loading"></span>
    }
  `,
  styleUrls: ['../home.css'],
})
export class CorridorsPage {
  private readonly api = inject(KpiApi);
  protected readonly texts = HOME_TEXTS;
  private readonly period = presetPeriod('LAST_12_MONTHS', inject(TODAY)());
  protected readonly subtitle = interpolate(HOME_TEXTS.period, { period: formatPeriod(this.period) });

  private readonly data = loadResource(() =>
    forkJoin({
      catalogue: this.api.catalogue(),
      models: this.api.businessModels(),
      values: this.api.values({ from: this.period.from, to: this.period.to }),
    }),
  );
  private readonly corridors = loadCorridors(this.api, this.period);
  protected readonly catalogue = computed(() => {
    const state = this.data.state();
    return state.status === 'loaded' ? state.data.catalogue : [];
  });
  protected readonly error = computed(() => {
    const state = this.data.state();
    return state.status === 'failed' ? errorMessage(state.error) : null;
  });
  protected readonly matrix = computed(() => {
    const state = this.data.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const columns = modelColumns(state.data.models);
    return { columns, rows: matrixByModel(state.data.catalogue, state.data.values, columns, this.corridors()) };
  });

  protected retry(): void {
    this.data.retry();
  }
}
