import { CsvExportButton } from '@salesdash/dashboard/kpi/ui';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { csvExport, dataOf, loadFor } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { JOURNEY_STAGES, type Period, TOUCHPOINTS } from '@salesdash/shared/domain';
import { map } from 'rxjs';
import {
  CSAT_SCORES,
  effectiveModel,
  type FeedbackFilters,
  feedbackCaption,
  feedbackExportParams,
  feedbackListFilter,
  feedbackRows,
  filtersFromParams,
  filtersToParams,
  pageRange,
  RECOVERIES,
  sameFilters,
} from '../compose/feedback';
import { failureText } from '../compose/load-failure';
import { stageName, touchpointName } from '../compose/moments';
import { JourneyApi } from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';
import { type BusinessModelRef, samePeriod } from '../journey.models';

const EXPORT_URL = '/api/exports/feedback';

interface FeedbackRequest {
  readonly period: Period;
  readonly model: string | null;
  readonly filters: FeedbackFilters;
  readonly page: number;
}

function sameRequest(a: FeedbackRequest, b: FeedbackRequest): boolean {
  return (
    a.model === b.model && a.page === b.page && samePeriod(a.period, b.period) && sameFilters(a.filters, b.filters)
  );
}

/**
 * The voice of the customer: every feedback of the period, newest first, 50 a page, filtered by stage,
 * touchpoint, CSAT range, recovery, comment and business model (applied on submit and kept in the URL),
 * each row linked to its deal and a negative one marked in words; the filtered list exports as CSV.
 */
@Component({
  selector: 'sd-feedback-panel',
  imports: [RouterLink, CsvExportButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-panel.html',
  styleUrls: ['../journey.css', './feedback-panel.css'],
})
export class FeedbackPanel {
  readonly period = input.required<Period>();
  readonly businessModel = input<string | null>(null);
  readonly models = input.required<readonly BusinessModelRef[]>();

  private readonly api = inject(JourneyApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly texts = JOURNEY_TEXTS.feedback;
  protected readonly common = JOURNEY_TEXTS;
  protected readonly exporter = csvExport();
  protected readonly uid = `feedback-${nextId++}`;
  protected readonly errorTitle = interpolate(JOURNEY_TEXTS.errors.title, { part: JOURNEY_TEXTS.feedback.part });
  protected readonly stages = JOURNEY_STAGES.map((code) => ({ code, name: stageName(code) }));
  protected readonly touchpoints = TOUCHPOINTS.map((code) => ({ code, name: touchpointName(code) }));
  protected readonly recoveries = RECOVERIES.map((code) => ({ code, name: JOURNEY_TEXTS.feedback.recoveries[code] }));
  protected readonly scores = CSAT_SCORES;

  /** The applied filters: the URL's. */
  private readonly filters = toSignal(this.route.queryParamMap.pipe(map(filtersFromParams)), {
    initialValue: filtersFromParams(this.route.snapshot.queryParamMap),
  });
  /** The form's values: the applied filters until changed (again when the URL changes). */
  protected readonly draft = linkedSignal(() => this.filters());
  protected readonly rangeError = computed(() => {
    const { csatMin, csatMax } = this.draft();
    return csatMin !== null && csatMax !== null && csatMin > csatMax;
  });
  protected readonly model = computed(() => effectiveModel(this.filters(), this.businessModel(), this.models()));
  /** The page of the list, back to the first whenever the period, model or filters change. */
  protected readonly page = linkedSignal({
    source: () => ({ period: this.period(), model: this.model(), filters: this.filters() }),
    computation: () => 1,
  });

  private readonly request = computed<FeedbackRequest>(
    () => ({ period: this.period(), model: this.model(), filters: this.filters(), page: this.page() }),
    { equal: sameRequest },
  );
  private readonly list = loadFor(this.request, (request) =>
    this.api.feedback(feedbackListFilter(request.filters, request.period, request.model, request.page)),
  );

  protected readonly busy = computed(() => this.list.state().status === 'loading');
  protected readonly error = computed(() => {
    const state = this.list.state();
    return state.status === 'failed' ? failureText(state.error) : null;
  });
  protected readonly view = computed(() => {
    const data = dataOf(this.list.state());
    if (!data) {
      return null;
    }
    const request = this.request();
    const range = pageRange(data.total, data.offset, data.rows.length);
    return {
      rows: feedbackRows(data, this.models()),
      caption: feedbackCaption(data, request.filters, request.period, request.model, this.models()),
      range: range ? interpolate(this.texts.pageOf, range) : null,
      hasPrevious: data.offset > 0,
      hasNext: data.offset + data.rows.length < data.total,
      showModel: request.model === null && this.models().length > 1,
    };
  });

  protected set<K extends keyof FeedbackFilters>(key: K, value: FeedbackFilters[K]): void {
    this.draft.update((draft) => ({ ...draft, [key]: value }));
  }

  protected setScore(key: 'csatMin' | 'csatMax', text: string): void {
    this.set(key, text === '' ? null : Number(text));
  }

  protected setCode<K extends 'stage' | 'touchpoint' | 'recovery' | 'model'>(key: K, text: string): void {
    this.set(key, (text === '' ? null : text) as FeedbackFilters[K]);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    if (this.rangeError()) {
      return;
    }
    this.navigate(this.draft());
  }

  protected reset(): void {
    this.navigate({
      ...this.filters(),
      stage: null,
      touchpoint: null,
      csatMin: null,
      csatMax: null,
      recovery: null,
      withComment: false,
      model: null,
    });
  }

  protected previousPage(): void {
    this.page.update((page) => Math.max(1, page - 1));
  }

  protected nextPage(): void {
    this.page.update((page) => page + 1);
  }

  protected retry(): void {
    this.list.retry();
  }

  protected exportCsv(): void {
    const request = this.request();
    this.exporter.run(
      EXPORT_URL,
      feedbackExportParams(request.filters, request.period, request.model),
      `feedback-${request.period.from}.csv`,
    );
  }

  private navigate(filters: FeedbackFilters): void {
    if (sameFilters(filters, this.filters())) {
      // Applying the same filters again asks again (new feedback may have come in).
      this.page.set(1);
      this.list.retry();
      return;
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(filters),
      queryParamsHandling: 'merge',
    });
  }
}

let nextId = 0;
