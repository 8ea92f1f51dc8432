import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { formatPeriod, CsvExportButton } from '@salesdash/dashboard/kpi/ui';
import { csvExport, dataOf, loadFor } from '@salesdash/dashboard/shared/data-access';
import { FunnelBars } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { type Period, previousPeriod } from '@salesdash/shared/domain';
import { defaultCompare, type FunnelCompare, funnelPanels } from '../compose/funnel';
import { failureText } from '../compose/load-failure';
import { JourneyApi } from '../data-access/journey-api';
import { JOURNEY_TEXTS } from '../journey.texts';
import {
  type BusinessModelRef,
  chosenModels,
  exportParams,
  modelName,
  modelsArgument,
  samePeriod,
} from '../journey.models';

const EXPORT_URL = '/api/exports/funnel';

interface FunnelRequest {
  readonly period: Period;
  readonly businessModel: string | null;
}

function sameRequest(a: FunnelRequest | null, b: FunnelRequest | null): boolean {
  return a === b || (a !== null && b !== null && a.businessModel === b.businessModel && samePeriod(a.period, b.period));
}

/**
 * The cohort funnel of the deals created in the period, followed up to today: a chart of how many
 * reached each stage and a table of what became of them (conversion, median days, lost, still open),
 * compared side by side — the business models, or the period against the one before (stacked on a
 * phone) — and exported as CSV.
 */
@Component({
  selector: 'sd-journey-funnel',
  imports: [FunnelBars, CsvExportButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './journey-funnel.html',
  styleUrl: '../journey.css',
})
export class JourneyFunnel {
  /** The page's period [from, to). */
  readonly period = input.required<Period>();
  /** The page's business model; null: all. */
  readonly businessModel = input<string | null>(null);
  readonly models = input.required<readonly BusinessModelRef[]>();

  private readonly api = inject(JourneyApi);
  protected readonly texts = JOURNEY_TEXTS;
  protected readonly exporter = csvExport();
  protected readonly uid = `funnel-${nextId++}`;
  protected readonly errorTitle = interpolate(JOURNEY_TEXTS.errors.title, { part: JOURNEY_TEXTS.funnel.part });

  private readonly chosenCompare = signal<FunnelCompare | null>(null);
  private readonly pickedModel = signal<string | null>(null);

  protected readonly shownModels = computed(() => chosenModels(this.models(), this.businessModel()));
  /** Side by side models only makes sense with more than one model. */
  protected readonly canCompareModels = computed(() => this.shownModels().length > 1);
  protected readonly compare = computed<FunnelCompare>(() => {
    const chosen = this.chosenCompare();
    if (chosen === 'MODELS' && !this.canCompareModels()) {
      return 'PREVIOUS';
    }
    return chosen ?? defaultCompare(this.businessModel(), this.shownModels().length);
  });
  /** The model of a period comparison: the page's, or the one picked (first by default). */
  protected readonly focus = computed<BusinessModelRef | null>(() => {
    const shown = this.shownModels();
    return shown.find((model) => model.code === this.pickedModel()) ?? shown[0] ?? null;
  });
  protected readonly previousPeriod = computed(() => previousPeriod(this.period()));

  private readonly request = computed<FunnelRequest>(
    () => ({ period: this.period(), businessModel: this.businessModel() }),
    { equal: sameRequest },
  );
  private readonly previousRequest = computed<FunnelRequest | null>(
    () =>
      this.compare() === 'PREVIOUS' ? { period: this.previousPeriod(), businessModel: this.businessModel() } : null,
    { equal: sameRequest },
  );
  private readonly current = loadFor(this.request, (request) =>
    this.api.funnel({
      from: request.period.from,
      to: request.period.to,
      businessModels: modelsArgument(request.businessModel),
    }),
  );
  private readonly previous = loadFor(this.previousRequest, (request) =>
    this.api.funnel({
      from: request.period.from,
      to: request.period.to,
      businessModels: modelsArgument(request.businessModel),
    }),
  );

  protected readonly busy = computed(
    () =>
      this.current.state().status === 'loading' ||
      (this.compare() === 'PREVIOUS' && this.previous.state().status === 'loading'),
  );
  protected readonly error = computed(() => {
    const failed = [this.current.state(), ...(this.compare() === 'PREVIOUS' ? [this.previous.state()] : [])].find(
      (state) => state.status === 'failed',
    );
    return failed?.status === 'failed' ? failureText(failed.error) : null;
  });
  protected readonly cohort = computed(() => {
    const period = formatPeriod(this.period());
    return this.compare() === 'PREVIOUS' && this.focus()
      ? interpolate(this.texts.funnel.cohortOf, { model: this.focus()?.name ?? '', period })
      : interpolate(this.texts.funnel.cohort, { period });
  });
  protected readonly panels = computed(() => {
    const current = dataOf(this.current.state());
    if (!current) {
      return null;
    }
    const compare = this.compare();
    const previous = compare === 'PREVIOUS' ? (dataOf(this.previous.state()) ?? null) : null;
    if (compare === 'PREVIOUS' && previous === null) {
      return null;
    }
    const panels = funnelPanels(compare, {
      models: this.shownModels(),
      focus: this.focus(),
      period: this.period(),
      previousPeriod: this.previousPeriod(),
      current,
      previous,
    });
    // Period against period: one scale, so the bars compare; models differ in size, each has its own.
    const top = compare === 'PREVIOUS' ? Math.max(0, ...panels.map((panel) => panel.top)) : null;
    return { panels, top };
  });

  protected chooseCompare(compare: FunnelCompare): void {
    this.chosenCompare.set(compare);
  }

  protected pickModel(code: string): void {
    this.pickedModel.set(code);
  }

  protected modelNameOf(code: string): string {
    return modelName(this.models(), code);
  }

  protected retry(): void {
    this.current.retry();
    this.previous.retry();
  }

  protected exportCsv(): void {
    const period = this.period();
    this.exporter.run(EXPORT_URL, exportParams(period, this.businessModel()), `funnel-${period.from}.csv`);
  }
}

let nextId = 0;
