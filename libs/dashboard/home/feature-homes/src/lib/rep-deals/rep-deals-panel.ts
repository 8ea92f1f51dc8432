import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type BusinessModelDto } from '@salesdash/dashboard/kpi/data-access';
import { csvExport, dataOf, type LoadState } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { repDealsView } from '../compose/rep-deals';
import { HOME_TEXTS } from '../home.texts';
import { errorMessage } from '../load';
import type { RepDealsDto } from './rep-deals-api';

/** The API's CSV export of a rep's open deals (same parameters as `repDeals`). */
const EXPORT_URL = '/api/exports/rep-pipeline';

let nextId = 0;

/**
 * A rep's deals one by one, as they stand now: those that need the rep's action (by reason) and the
 * open pipeline, with its CSV export. Used on a rep's page and on My performance (the rep's own); the
 * page loads the deals (`repDeals`), since it names the rep from the same answer.
 */
@Component({
  selector: 'sd-rep-deals',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rep-deals-panel.html',
  styleUrls: ['../home.css', './rep-deals-panel.css'],
})
export class RepDealsPanel {
  readonly deals = input.required<LoadState<RepDealsDto>>();
  /** The business model the deals were asked for, or all (null): the export asks for the same. */
  readonly businessModel = input<string | null>(null);
  readonly models = input<readonly BusinessModelDto[]>([]);
  readonly retry = output<void>();

  protected readonly texts = HOME_TEXTS.deals;
  protected readonly retryText = HOME_TEXTS.error.retry;
  protected readonly id = `sd-rep-deals-${nextId++}`;
  private readonly csv = csvExport();
  protected readonly exportState = this.csv.state;

  protected readonly busy = computed(() => this.deals().status === 'loading');
  protected readonly failure = computed(() => {
    const state = this.deals();
    return state.status === 'failed'
      ? interpolate(this.texts.loadFailed, { message: errorMessage(state.error) })
      : null;
  });
  protected readonly view = computed(() => {
    const deals = dataOf(this.deals());
    return deals ? repDealsView(deals, this.models()) : null;
  });

  protected exportPipeline(): void {
    const deals = dataOf(this.deals());
    if (deals) {
      const repId = deals.rep.id;
      const businessModel = this.businessModel();
      this.csv.run(EXPORT_URL, businessModel ? { repId, businessModel } : { repId }, `pipeline-${repId}.csv`);
    }
  }
}
