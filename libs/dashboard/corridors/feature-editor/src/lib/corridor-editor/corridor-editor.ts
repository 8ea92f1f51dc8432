import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  type OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type BusinessModelDto,
  type CorridorAuditEntryDto,
  CorridorApi,
  corridorConflictOf,
  type CorridorDto,
  KpiApi,
  type KpiDefinitionDto,
  type KpiPointDto,
  dataOf,
  type LoadState,
} from '@salesdash/dashboard/kpi/data-access';
import { formatDay, formatKpiValue, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { BAND_COLORS, CorridorTrend } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { addMonths, addsUpOverScope, type IsoDate, startOfMonth } from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import {
  apiIssues,
  BOUND_FIELDS,
  bandsFormOf,
  type CorridorForm,
  type FormField,
  type FormIssues,
  formOf,
  previewDraft,
  publishInput,
  type SuggestedBands,
  validateForm,
} from '../corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { CorridorHistory } from '../corridor-history/corridor-history';
import { CorridorImpact } from '../corridor-impact/corridor-impact';
import { CorridorSuggestion } from '../corridor-suggestion/corridor-suggestion';
import { draftTrend } from '../draft-trend';
import { formatInstant } from '../format-instant';
import { asApiError, loadErrorText } from '../load';

interface SeriesHistory {
  readonly versions: readonly CorridorDto[];
  readonly audit: readonly CorridorAuditEntryDto[];
}

type Outcome =
  | { readonly kind: 'published'; readonly text: string }
  | { readonly kind: 'conflict'; readonly text: string }
  | { readonly kind: 'failed'; readonly text: string };

const TEXTS = CORRIDOR_EDITOR_TEXTS.editor;
const TREND_MONTHS = 24;

/**
 * Edits one model-wide corridor series: shows the latest version, a draft form checked live with the
 * shared corridor rules, the last 24 months under the draft bands, and publishes the draft against
 * the version it started from; a stale start is a CONFLICT that reloads the series and keeps the draft.
 * Before publishing, the impact preview follows the draft and a suggestion from history can fill the bands.
 */
@Component({
  selector: 'sd-corridor-editor',
  imports: [CorridorTrend, CorridorHistory, CorridorImpact, CorridorSuggestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './corridor-editor.html',
  styleUrl: './corridor-editor.css',
})
export class CorridorEditor implements OnInit {
  readonly kpi = input.required<KpiDefinitionDto>();
  readonly model = input.required<BusinessModelDto>();
  readonly today = input.required<IsoDate>();
  /** A new version was published; the page reloads what it shows of the series. */
  readonly published = output<CorridorDto>();

  private readonly kpiApi = inject(KpiApi);
  private readonly corridorApi = inject(CorridorApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly texts = TEXTS;
  protected readonly retryLabel = CORRIDOR_EDITOR_TEXTS.retry;
  protected readonly historyTexts = CORRIDOR_EDITOR_TEXTS.history;
  protected readonly chartTexts = CORRIDOR_EDITOR_TEXTS.chart;
  protected readonly statusLabels = KPI_UI_TEXTS.status;
  protected readonly boundFields = BOUND_FIELDS;
  protected readonly bandColors = BAND_COLORS;

  private readonly headingRef = viewChild.required<ElementRef<HTMLElement>>('headingEl');
  protected readonly history = signal<LoadState<SeriesHistory>>({ status: 'loading' });
  protected readonly trend = signal<LoadState<readonly KpiPointDto[]>>({ status: 'loading' });
  protected readonly form = signal<CorridorForm | null>(null);
  /** The version the draft started from: sent as expectedVersion (null for a new series). */
  protected readonly baseVersion = signal<number | null>(null);
  private readonly touched = signal<ReadonlySet<FormField>>(new Set());
  private readonly submitted = signal(false);
  protected readonly publishing = signal(false);
  private readonly serverIssues = signal<FormIssues>({});
  protected readonly outcome = signal<Outcome | null>(null);

  protected readonly unit = computed(() => this.kpi().unit);
  protected readonly unitLabel = computed(() => TEXTS.units[this.unit()] ?? '');
  protected readonly heading = computed(() =>
    interpolate(TEXTS.heading, { kpi: this.kpi().name, model: this.model().name }),
  );
  /** Counts and sums: one corridor cannot fit every scope, which the form says before anyone edits. */
  protected readonly addsUpNote = computed(() =>
    addsUpOverScope(this.kpi().code) ? interpolate(TEXTS.addsUp, { kpi: this.kpi().name }) : null,
  );
  protected readonly latest = computed(() => {
    const state = this.history();
    return dataOf(state)?.versions[0] ?? null;
  });
  protected readonly historyData = computed(() => dataOf(this.history()) ?? null);
  protected readonly historyError = computed(() => {
    const state = this.history();
    return state.status === 'failed' ? loadErrorText(state.error) : null;
  });
  protected readonly clientIssues = computed(() => {
    const form = this.form();
    return form ? validateForm(form, this.unit()) : {};
  });
  /**
   * Live issues of the fields already touched (all of them after a publish attempt), the API's first.
   * The four bounds are checked against each other, so touching one shows the issues of all four: a
   * raised acceptable minimum can break the tolerated minimum's containment.
   */
  protected readonly shownIssues = computed((): FormIssues => {
    const client = this.clientIssues();
    const touched = this.touched();
    const all = this.submitted();
    const boundTouched = BOUND_FIELDS.some((field) => touched.has(field));
    const shown: Partial<Record<FormField, string>> = {};
    for (const [field, message] of Object.entries(client) as [FormField, string][]) {
      const isBound = (BOUND_FIELDS as readonly FormField[]).includes(field);
      if (all || touched.has(field) || (isBound && boundTouched)) {
        shown[field] = message;
      }
    }
    return { ...shown, ...this.serverIssues() };
  });
  protected readonly invalid = computed(() => Object.keys(this.clientIssues()).length > 0);
  protected readonly nextVersion = computed(() => (this.latest()?.version ?? 0) + 1);
  protected readonly scheduledNote = computed(() => {
    const from = this.form()?.effectiveFrom ?? '';
    return from > this.today() ? interpolate(TEXTS.scheduled, { date: formatDay(from) }) : null;
  });
  /** What the impact preview judges; null while the bands cannot be read. */
  protected readonly preview = computed(() => {
    const form = this.form();
    return form ? previewDraft(form, this.unit(), { businessModel: this.model().code, kpi: this.kpi().code }) : null;
  });
  protected readonly chart = computed(() => {
    const state = this.trend();
    const form = this.form();
    if (state.status !== 'loaded' || !form) {
      return null;
    }
    return draftTrend(state.data, form, this.unit(), this.nextVersion());
  });
  protected readonly formatValue = computed(() => {
    const unit = this.unit();
    return (value: number | null) => formatKpiValue(value, unit);
  });
  protected readonly chartSubject = computed(() =>
    interpolate(this.chartTexts.subject, { kpi: this.kpi().name, model: this.model().name }),
  );

  constructor() {
    // Opening a cell moves keyboard and screen-reader focus to what was opened.
    afterNextRender(() => this.headingRef().nativeElement.focus());
  }

  ngOnInit(): void {
    this.loadHistory(true);
    this.loadTrend();
  }

  protected currentText(corridor: CorridorDto): string {
    // A scheduled version is the one to start from, though the matrix still shows the one in force.
    const text = corridor.effectiveFrom > this.today() ? TEXTS.scheduledCurrent : TEXTS.current;
    return interpolate(text, { version: corridor.version, from: formatDay(corridor.effectiveFrom) });
  }

  protected publishedByText(corridor: CorridorDto): string {
    return interpolate(TEXTS.currentBy, {
      by: corridor.publishedBy ?? TEXTS.system,
      at: formatInstant(corridor.publishedAt),
    });
  }

  protected rationaleText(corridor: CorridorDto): string {
    return interpolate(TEXTS.rationaleNow, { rationale: corridor.rationale });
  }

  protected publishLabel(): string {
    return this.publishing() ? TEXTS.publishing : interpolate(TEXTS.publish, { version: this.nextVersion() });
  }

  protected update(field: FormField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.form.update((form) => (form ? { ...form, [field]: value } : form));
    this.touched.update((touched) => new Set([...touched, field]));
    this.serverIssues.update((issues) => {
      const rest = { ...issues };
      delete rest[field];
      return rest;
    });
  }

  /** The suggested bands replace the typed ones; rationale, date and sample size stay the person's own. */
  protected applySuggestion(bands: SuggestedBands): void {
    this.form.update((form) => (form ? { ...form, ...bandsFormOf(bands, this.unit()) } : form));
    this.touched.update((touched) => new Set([...touched, ...BOUND_FIELDS]));
    this.serverIssues.update((issues) => {
      const rest = { ...issues };
      for (const field of BOUND_FIELDS) {
        delete rest[field];
      }
      return rest;
    });
  }

  protected reset(): void {
    this.form.set(formOf(this.latest(), this.unit(), this.today()));
    this.baseVersion.set(this.latest()?.version ?? null);
    this.touched.set(new Set());
    this.submitted.set(false);
    this.serverIssues.set({});
    this.outcome.set(null);
  }

  protected publish(): void {
    const form = this.form();
    if (!form || this.publishing()) {
      return;
    }
    this.submitted.set(true);
    this.outcome.set(null);
    if (this.invalid()) {
      return;
    }
    this.publishing.set(true);
    const series = { businessModel: this.model().code, kpi: this.kpi().code };
    this.corridorApi
      .publish(publishInput(form, this.unit(), series, this.baseVersion()))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (corridor) => {
          this.publishing.set(false);
          this.outcome.set({ kind: 'published', text: interpolate(TEXTS.published, { version: corridor.version }) });
          this.loadHistory(true);
          this.published.emit(corridor);
        },
        error: (error: unknown) => {
          this.publishing.set(false);
          this.failed(asApiError(error));
        },
      });
  }

  private failed(error: ApiError): void {
    if (error.code === 'CONFLICT') {
      const current = corridorConflictOf(error.current);
      const text = current
        ? interpolate(TEXTS.conflict, {
            publishedBy: current.publishedBy ?? TEXTS.system,
            publishedAt: formatInstant(current.publishedAt),
            version: current.version,
          })
        : error.message;
      this.outcome.set({ kind: 'conflict', text });
      // The person reviews the reloaded version; the next publish then starts from it.
      this.loadHistory(false);
      return;
    }
    const issues = error.code === 'BAD_USER_INPUT' ? apiIssues(error, this.unit()) : {};
    this.serverIssues.set(issues);
    if (Object.keys(issues).length === 0) {
      this.outcome.set({ kind: 'failed', text: interpolate(TEXTS.failed, { message: error.message }) });
    }
  }

  /** `resetDraft`: start a new draft from the latest version; otherwise keep the draft, move its base. */
  private loadHistory(resetDraft: boolean): void {
    const { code: kpi } = this.kpi();
    const { code: businessModel } = this.model();
    const previous = this.history();
    this.history.set({ status: 'loading', ...(previous.status === 'loaded' ? { previous: previous.data } : {}) });
    forkJoin({
      versions: this.kpiApi.corridorHistory(businessModel, kpi),
      audit: this.corridorApi.audit(businessModel, kpi),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => {
          this.history.set({ status: 'loaded', data });
          const latest = data.versions[0] ?? null;
          this.baseVersion.set(latest?.version ?? null);
          if (resetDraft || !this.form()) {
            this.form.set(formOf(latest, this.unit(), this.today()));
            this.touched.set(new Set());
            this.submitted.set(false);
          }
        },
        error: (error: unknown) => this.history.set({ status: 'failed', error: asApiError(error) }),
      });
  }

  protected retryHistory(): void {
    this.loadHistory(!this.form());
  }

  protected loadTrend(): void {
    this.trend.set({ status: 'loading' });
    this.kpiApi
      .trend({
        // The month under way is the last of the 24.
        to: addMonths(startOfMonth(this.today()), 1),
        months: TREND_MONTHS,
        businessModels: [this.model().code],
        kpis: [this.kpi().code],
        scope: { type: 'COMPANY' },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (series) => this.trend.set({ status: 'loaded', data: series[0]?.points ?? [] }),
        error: (error: unknown) => this.trend.set({ status: 'failed', error: asApiError(error) }),
      });
  }
}
