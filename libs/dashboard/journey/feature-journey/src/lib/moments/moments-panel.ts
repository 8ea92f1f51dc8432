import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { formatCount, formatPeriod, CsvExportButton } from '@salesdash/dashboard/kpi/ui';
import { csvExport, dataOf, loadFor } from '@salesdash/dashboard/shared/data-access';
import { Heatmap } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { Period } from '@salesdash/shared/domain';
import { failureText } from '../compose/load-failure';
import {
  flagViews,
  heatmapView,
  LOW_VOLUME,
  MOMENT_METRICS,
  type MomentMetric,
  momentName,
  type MomentRef,
  parseMinResponses,
  weakestViews,
} from '../compose/moments';
import { JourneyApi, type MomentFlagDto, type MomentRanking } from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';
import {
  type BusinessModelRef,
  chosenModels,
  exportParams,
  modelName,
  modelsArgument,
  samePeriod,
} from '../journey.models';
import { FlagDialog, type FlagRequest, type FlagResult } from './flag-dialog';

const EXPORT_URL = '/api/exports/moment-heatmap';
/** The roles that may flag and unflag moments (the API enforces it; others see the flags only). */
const FLAGGING_ROLES: readonly string[] = ['MARKETING', 'CONTROLLING'];
const DEFAULT_MIN_RESPONSES = 10;
const RANKED = 10;

interface PeriodRequest {
  readonly period: Period;
  readonly businessModel: string | null;
}

interface RankingRequest extends PeriodRequest {
  readonly rankBy: MomentRanking;
  readonly minResponses: number;
}

function samePeriodRequest(a: PeriodRequest | null, b: PeriodRequest | null): boolean {
  return a === b || (a !== null && b !== null && a.businessModel === b.businessModel && samePeriod(a.period, b.period));
}

/**
 * Moments that matter: the feedback of one business model as a stage × touchpoint heatmap (CSAT mean,
 * negative-moment rate or volume; thin cells marked, flagged ones marked with ⚑), the same figures as a
 * table for keyboard and screen reader, the weakest moments ranked against the previous period, and the
 * flagged moments with who flagged them and why. Marketing and controlling flag and unflag, with a reason.
 */
@Component({
  selector: 'sd-moments-panel',
  imports: [Heatmap, FlagDialog, CsvExportButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './moments-panel.html',
  styleUrls: ['../journey.css', './moments-panel.css'],
})
export class MomentsPanel {
  readonly period = input.required<Period>();
  readonly businessModel = input<string | null>(null);
  readonly models = input.required<readonly BusinessModelRef[]>();

  private readonly api = inject(JourneyApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly auth = inject(AuthService);
  protected readonly texts = JOURNEY_TEXTS.moments;
  protected readonly common = JOURNEY_TEXTS;
  protected readonly metrics = MOMENT_METRICS;
  protected readonly rankings: readonly MomentRanking[] = ['CSAT', 'NEGATIVE_RATE'];
  protected readonly exporter = csvExport();
  protected readonly uid = `moments-${nextId++}`;
  protected readonly errorTitle = interpolate(JOURNEY_TEXTS.errors.title, { part: JOURNEY_TEXTS.moments.part });
  protected readonly legendLow = interpolate(JOURNEY_TEXTS.moments.legend.lowVolume, { n: LOW_VOLUME });
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly canFlag = computed(() => FLAGGING_ROLES.includes(this.auth.viewer()?.role ?? ''));
  protected readonly metric = signal<MomentMetric>('CSAT');
  private readonly pickedModel = signal<string | null>(null);
  protected readonly shownModels = computed(() => chosenModels(this.models(), this.businessModel()));
  protected readonly heatmapModel = computed<BusinessModelRef | null>(() => {
    const shown = this.shownModels();
    return shown.find((model) => model.code === this.pickedModel()) ?? shown[0] ?? null;
  });

  protected readonly rankBy = signal<MomentRanking>('CSAT');
  protected readonly minResponses = signal(DEFAULT_MIN_RESPONSES);
  protected readonly minResponsesText = signal(String(DEFAULT_MIN_RESPONSES));
  protected readonly minResponsesError = signal(false);

  private readonly request = computed<PeriodRequest>(
    () => ({ period: this.period(), businessModel: this.businessModel() }),
    { equal: samePeriodRequest },
  );
  private readonly rankingRequest = computed<RankingRequest>(() => ({
    ...this.request(),
    rankBy: this.rankBy(),
    minResponses: this.minResponses(),
  }));
  private readonly heatmap = loadFor(this.request, (request) =>
    this.api.heatmap({ ...request.period, businessModels: modelsArgument(request.businessModel) }),
  );
  private readonly weakest = loadFor(this.rankingRequest, (request) =>
    this.api.weakest({
      ...request.period,
      businessModels: modelsArgument(request.businessModel),
      rankBy: request.rankBy,
      minResponses: request.minResponses,
      limit: RANKED,
    }),
  );
  // A request object, not the bare model: null (all models) is a request too, and loadFor waits on null.
  private readonly flags = loadFor(
    computed(() => ({ businessModel: this.businessModel() }), { equal: (a, b) => a.businessModel === b.businessModel }),
    (request) => this.api.momentsThatMatter(modelsArgument(request.businessModel)),
  );

  protected readonly heatmapBusy = computed(() => this.heatmap.state().status === 'loading');
  protected readonly heatmapError = computed(() => {
    const state = this.heatmap.state();
    return state.status === 'failed' ? failureText(state.error) : null;
  });
  protected readonly view = computed(() => {
    const data = dataOf(this.heatmap.state());
    const model = this.heatmapModel();
    if (!data || !model) {
      return null;
    }
    const metric = this.metric();
    const view = heatmapView(data.cells, model.code, metric);
    const period = formatPeriod({ from: data.from, to: data.to });
    return {
      ...view,
      model,
      heading: interpolate(this.texts.heatmapFor, { model: model.name, period }),
      frameLabel: interpolate(this.texts.heatmapFrame, { model: model.name, period }),
      caption: interpolate(this.texts.tableCaption, { model: model.name, period }),
      empty: interpolate(this.texts.noFeedback, { model: model.name }),
      legend: this.texts.legend[metric],
      summary: interpolate(this.texts.chartSummary, {
        metric: this.texts.metrics[metric],
        model: model.name,
        period,
        count: formatCount(view.moments.length),
        extremes: view.extremes,
      }),
    };
  });

  protected readonly weakestBusy = computed(() => this.weakest.state().status === 'loading');
  protected readonly weakestError = computed(() => {
    const state = this.weakest.state();
    return state.status === 'failed' ? failureText(state.error) : null;
  });
  protected readonly ranked = computed(() => {
    const data = dataOf(this.weakest.state());
    if (!data) {
      return null;
    }
    const request = this.rankingRequest();
    return {
      items: weakestViews(data, request.rankBy, (code) => modelName(this.models(), code)),
      caption: interpolate(
        request.minResponses === 1 ? this.texts.weakest.caption.one : this.texts.weakest.caption.other,
        {
          n: formatCount(request.minResponses),
          period: formatPeriod(request.period),
        },
      ),
      empty: interpolate(request.minResponses === 1 ? this.texts.weakest.empty.one : this.texts.weakest.empty.other, {
        n: formatCount(request.minResponses),
      }),
    };
  });

  protected readonly flagsError = computed(() => {
    const state = this.flags.state();
    return state.status === 'failed' ? failureText(state.error) : null;
  });
  protected readonly flagged = computed(() => {
    const data = dataOf(this.flags.state());
    return data ? flagViews(data, (code) => modelName(this.models(), code)) : null;
  });

  /** The moment the dialog is open for; null while closed. */
  protected readonly dialog = signal<FlagRequest | null>(null);
  private opener: HTMLElement | null = null;
  protected readonly done = signal('');

  protected chooseMetric(metric: MomentMetric): void {
    this.metric.set(metric);
  }

  protected pickModel(code: string): void {
    this.pickedModel.set(code);
  }

  protected chooseRanking(rankBy: MomentRanking): void {
    this.rankBy.set(rankBy);
  }

  protected applyMinResponses(event: Event): void {
    event.preventDefault();
    const value = parseMinResponses(this.minResponsesText());
    this.minResponsesError.set(value === null);
    if (value !== null) {
      this.minResponses.set(value);
    }
  }

  protected flagLabel(moment: MomentRef, flag: MomentFlagDto | null): string {
    const name = this.nameOf(moment);
    return interpolate(flag ? this.texts.actions.unflagMoment : this.texts.actions.flagMoment, { moment: name });
  }

  /** Opens the dialog for a moment: flag it, or remove its flag. */
  protected openDialog(moment: MomentRef, flag: MomentFlagDto | null, opener: EventTarget | null): void {
    if (!this.canFlag()) {
      return;
    }
    this.opener = opener instanceof HTMLElement ? opener : null;
    this.done.set('');
    this.dialog.set({ mode: flag ? 'unflag' : 'flag', moment, name: this.nameOf(moment), current: flag });
  }

  /** A click on a heatmap cell: the same dialog as the table's button (focus returns to the section's heading). */
  protected cellClicked(index: number): void {
    const cell = this.view()?.moments[index];
    if (cell) {
      this.openDialog(
        { businessModel: cell.businessModel, stage: cell.stage, touchpoint: cell.touchpoint },
        cell.flag,
        null,
      );
    }
  }

  protected dialogClosed(result: FlagResult | null): void {
    this.dialog.set(null);
    if (result) {
      const key = result.request.mode === 'flag' ? this.texts.actions.done.flag : this.texts.actions.done.unflag;
      const done = interpolate(key, { moment: result.request.name });
      // Shown above the heatmap, and said once the dialog has gone and the focus is back.
      this.done.set(done);
      void this.announcer.announce(done);
      this.heatmap.retry();
      this.weakest.retry();
      this.flags.retry();
    }
    const opener = this.opener;
    this.opener = null;
    // Back where the person was; if that control is gone, to the section's heading.
    (opener?.isConnected ? opener : this.heading().nativeElement).focus();
  }

  protected retryHeatmap(): void {
    this.heatmap.retry();
  }

  protected retryWeakest(): void {
    this.weakest.retry();
  }

  protected retryFlags(): void {
    this.flags.retry();
  }

  protected exportCsv(): void {
    const period = this.period();
    // What the heatmap shows: its one model.
    const model = this.heatmapModel()?.code ?? this.businessModel();
    this.exporter.run(EXPORT_URL, exportParams(period, model), `moment-heatmap-${period.from}.csv`);
  }

  private nameOf(moment: MomentRef): string {
    return momentName(moment, modelName(this.models(), moment.businessModel));
  }
}

let nextId = 0;
