import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { KpiMatrix } from '@salesdash/dashboard/kpi/ui';
import { matrixByModel, modelColumns } from '../compose/matrix';
import { HomeHeader } from '../home-header/home-header';
import { HOME_TEXTS } from '../home.texts';
import { kpiHome } from '../kpi-home';
import { chosenModels } from '../load';
import { dataOf } from '@salesdash/dashboard/shared/data-access';

/**
 * CONTROLLING's home: every KPI × business model with the real values and their status for the
 * chosen period (default: the last 12 complete months) and model, the whole company, and a note on
 * the corridors behind their status, with the way to the editor.
 */
@Component({
  selector: 'sd-corridors-page',
  imports: [HomeHeader, KpiMatrix, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-home-header [heading]="texts.corridors.title" [query]="query" [models]="models()">
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
      <p class="visually-hidden" role="status">{{ busy() ? texts.updating : '' }}</p>
      <div class="figures" [attr.aria-busy]="busy()">
        <sd-kpi-matrix [caption]="texts.corridors.matrix" [columns]="matrix.columns" [rows]="matrix.rows" />
      </div>
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

  private readonly home = kpiHome(this.api, 'LAST_12_MONTHS');
  protected readonly models = this.home.models;
  private readonly catalogue = this.home.catalogue;
  protected readonly query = this.home.query;
  private readonly request = this.home.request;
  private readonly values = this.home.values;
  private readonly corridors = this.home.corridors;
  protected readonly busy = this.home.busy;
  protected readonly error = this.home.error;
  protected readonly matrix = computed(() => {
    const data = dataOf(this.values.state());
    const models = this.models();
    if (!data || !models) {
      return null;
    }
    const columns = modelColumns(chosenModels(models, data.request));
    const place = { period: data.request.period, scope: null };
    return { columns, rows: matrixByModel(this.catalogue(), data.values, columns, this.corridors(), place) };
  });

  protected retry(): void {
    this.home.retry();
  }
}
