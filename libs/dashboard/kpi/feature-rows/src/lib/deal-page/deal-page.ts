import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { formatEuros, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import { dataOf, loaded, loadFor, loadResource } from '@salesdash/dashboard/shared/data-access';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { map } from 'rxjs';
import { dealTimeline } from '../compose/deal-timeline';
import { KpiRowsApi } from '../data-access/kpi-rows-api';
import { KPI_ROWS_TEXTS } from '../kpi-rows.texts';
import { failureText } from '../load-failure';

const TEXTS = KPI_ROWS_TEXTS.deal;

/**
 * One deal's whole story — from a number's rows or a customer's feedback to what happened: its facts,
 * then every stage event, interaction and feedback oldest first, negative moments marked. The API
 * decides whether the viewer may see the deal.
 */
@Component({
  selector: 'sd-deal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deal-page.html',
  styleUrls: ['../rows-page/rows-page.css', './deal-page.css'],
})
export class DealPage {
  private readonly api = inject(KpiRowsApi);
  private readonly location = inject(Location);
  protected readonly texts = KPI_ROWS_TEXTS;

  private readonly dealId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('dealId'))), {
    initialValue: null,
  });
  protected readonly deal = loadFor(this.dealId, (id) => this.api.deal(id));
  private readonly models = loadResource(() => inject(KpiApi).businessModels());

  protected readonly view = computed(() => {
    const deal = dataOf(this.deal.state());
    if (!deal) {
      return null;
    }
    const model = loaded(this.models.state())?.find((candidate) => candidate.code === deal.businessModel);
    const none = TEXTS.none;
    return {
      title: interpolate(TEXTS.title, { id: deal.dealId }),
      subtitle: interpolate(TEXTS.subtitle, {
        customer: deal.customerId,
        model: model?.name ?? deal.businessModel,
        rep: deal.repName,
      }),
      facts: [
        { key: 'created', label: TEXTS.created, value: formatInstant(deal.createdAt) },
        ...(deal.amount === null || deal.amount === undefined
          ? []
          : [{ key: 'amount', label: TEXTS.amount, value: formatEuros(deal.amount) }]),
        { key: 'segment', label: TEXTS.segment, value: deal.segment ?? none },
        {
          key: 'source',
          label: TEXTS.source,
          value: deal.sourceTouchpoint
            ? (KPI_UI_TEXTS.touchpoints[deal.sourceTouchpoint] ?? deal.sourceTouchpoint)
            : none,
        },
        { key: 'rep', label: TEXTS.rep, value: deal.repName },
        { key: 'team', label: TEXTS.team, value: deal.teamName ?? none },
      ],
      caption: interpolate(TEXTS.historyCaption, { id: deal.dealId }),
      timeline: dealTimeline(deal),
    };
  });
  protected readonly error = computed(() => {
    const state = this.deal.state();
    return state.status === 'failed' ? failureText(state.error) : null;
  });

  protected back(): void {
    this.location.back();
  }

  protected retry(): void {
    this.deal.retry();
  }
}
