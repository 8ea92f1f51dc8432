import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
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
  type CorridorTrendPointDto,
  KpiApi,
  type KpiDefinitionDto,
} from '@salesdash/dashboard/kpi/data-access';
import { formatDay, KPI_UI_TEXTS, kpiName } from '@salesdash/dashboard/kpi/ui';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { BAND_COLORS, CorridorTrend } from '@salesdash/dashboard/shared/ui-charts';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  addMonths,
  addsUpOverScope,
  allowedBases,
  basisWording,
  type CorridorBasis,
  type IsoDate,
  type KpiCode,
  startOfMonth,
} from '@salesdash/shared/domain';
import { forkJoin } from 'rxjs';
import { backDateText, reJudgedMonths } from '../back-date';
import { changeBasis, type SetAsideBounds } from '../basis-change';
import { basisPhrase, boundUnitLabel, formatJudged } from '../basis-words';
import {
  apiIssues,
  BOUND_FIELDS,
  boundsFormOf,
  type CorridorForm,
  FORM_FIELDS,
  type FormField,
  type FormIssues,
  formOf,
  isBoundField,
  previewDraft,
  publishInput,
  validateForm,
} from '../corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { corridorInWords } from '../corridor-words';
import { CorridorHistory } from '../corridor-history/corridor-history';
import { CorridorImpact } from '../corridor-impact/corridor-impact';
import { CorridorSuggestion, type SuggestedBands } from '../corridor-suggestion/corridor-suggestion';
import { draftTrend } from '../draft-trend';
import { loadErrorText } from '../load';
import { dataOf, type LoadState, asApiError } from '@salesdash/dashboard/shared/data-access';

/** A KPI of the catalogue the shared rules know: only those can be edited. */
export type EditedKpi = KpiDefinitionDto & { readonly code: KpiCode };

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
/** The confirmation of a back-dated publish, in the form's order: after the date, before the rationale. */
const CONFIRM_FIELD = 'confirmBackDate';

/**
 * Edits one model-wide corridor series: shows the latest version, a draft form on a basis the KPI
 * allows checked live with the shared corridor rules, the last 24 months judged on the draft's basis
 * under its bands, and publishes the draft against the version it started from (a back-dated one only
 * once the person confirms re-judging the past months it names); a stale start is a CONFLICT that
 * reloads the series and keeps the draft. Before publishing, the impact preview follows the draft and
 * a suggestion from history on the chosen basis can fill the bands.
 */
@Component({
  selector: 'sd-corridor-editor',
  imports: [CorridorTrend, CorridorHistory, CorridorImpact, CorridorSuggestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './corridor-editor.html',
  styleUrl: './corridor-editor.css',
})
export class CorridorEditor implements OnInit {
  readonly kpi = input.required<EditedKpi>();
  readonly model = input.required<BusinessModelDto>();
  readonly today = input.required<IsoDate>();
  /** A new version was published; the page reloads what it shows of the series. */
  readonly published = output<CorridorDto>();

  private readonly kpiApi = inject(KpiApi);
  private readonly corridorApi = inject(CorridorApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly texts = TEXTS;
  protected readonly issueTexts = CORRIDOR_EDITOR_TEXTS.issues;
  protected readonly retryLabel = CORRIDOR_EDITOR_TEXTS.retry;
  protected readonly historyTexts = CORRIDOR_EDITOR_TEXTS.history;
  protected readonly chartTexts = CORRIDOR_EDITOR_TEXTS.chart;
  protected readonly statusLabels = KPI_UI_TEXTS.status;
  protected readonly boundFields = BOUND_FIELDS;
  protected readonly bandColors = BAND_COLORS;

  private readonly headingRef = viewChild.required<ElementRef<HTMLElement>>('headingEl');
  protected readonly history = signal<LoadState<SeriesHistory>>({ status: 'loading' });
  protected readonly trend = signal<LoadState<readonly CorridorTrendPointDto[]>>({ status: 'loading' });
  protected readonly form = signal<CorridorForm | null>(null);
  /** The version the draft started from: sent as expectedVersion (null for a new series). */
  protected readonly baseVersion = signal<number | null>(null);
  private readonly touched = signal<ReadonlySet<FormField>>(new Set());
  private readonly submitted = signal(false);
  protected readonly publishing = signal(false);
  private readonly serverIssues = signal<FormIssues>({});
  protected readonly outcome = signal<Outcome | null>(null);
  /** The bounds cleared by the last basis change, until a bound is typed. */
  private readonly setAside = signal<SetAsideBounds | null>(null);
  /** Said politely when a basis change clears or brings back the bounds. */
  protected readonly basisMessage = signal('');
  /** The person confirmed re-judging the past months of the date now in the form. */
  protected readonly backDateConfirmed = signal(false);

  protected readonly code = computed(() => this.kpi().code);
  /** The KPI's name in this build's language. */
  private readonly kpiName = computed(() => kpiName(this.code()));
  protected readonly basis = computed((): CorridorBasis => this.form()?.basis ?? 'VALUE');
  protected readonly basisOptions = computed(() => {
    const code = this.code();
    return allowedBases(code).map((basis) => ({ basis, ...TEXTS.basis.options[basisWording(basis, code)] }));
  });
  protected readonly onlyValueText = computed(() => interpolate(TEXTS.basis.only, { kpi: this.kpiName() }));
  protected readonly unitLabel = computed(() => boundUnitLabel(this.basis(), this.code()));
  protected readonly heading = computed(() =>
    interpolate(TEXTS.heading, { kpi: this.kpiName(), model: this.model().name }),
  );
  /** Counts and sums judged on the value as it is: one corridor cannot fit every scope, which the form says. */
  protected readonly addsUpNote = computed(() => {
    const code = this.code();
    if (this.basis() !== 'VALUE' || !addsUpOverScope(code)) {
      return null;
    }
    const [first, second] = allowedBases(code)
      .filter((basis) => basis !== 'VALUE')
      .map((basis) => basisPhrase(basis, code));
    if (first === undefined) {
      return null;
    }
    const kpi = this.kpiName();
    return second === undefined
      ? interpolate(TEXTS.addsUp.one, { kpi, basis: first })
      : interpolate(TEXTS.addsUp.two, { kpi, first, second });
  });
  protected readonly latest = computed(() => {
    const state = this.history();
    return dataOf(state)?.versions[0] ?? null;
  });
  /** The section's heading: the latest version and when it applies, once known. */
  protected readonly currentTitle = computed(() => {
    const latest = this.latest();
    return latest ? this.currentText(latest) : TEXTS.currentHeading;
  });
  protected readonly historyData = computed(() => dataOf(this.history()) ?? null);
  protected readonly historyError = computed(() => {
    const state = this.history();
    return state.status === 'failed' ? loadErrorText(state.error) : null;
  });
  protected readonly clientIssues = computed(() => {
    const form = this.form();
    return form ? validateForm(form, this.code()) : {};
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
      if (all || touched.has(field) || (isBoundField(field) && boundTouched)) {
        shown[field] = message;
      }
    }
    return { ...shown, ...this.serverIssues() };
  });
  protected readonly nextVersion = computed(() => (this.latest()?.version ?? 0) + 1);
  protected readonly scheduledNote = computed(() => {
    const from = this.form()?.effectiveFrom ?? '';
    return from > this.today() ? interpolate(TEXTS.scheduled, { date: formatDay(from) }) : null;
  });
  /** The months a date before today would judge anew; null for today or later. */
  private readonly reJudged = computed(() => reJudgedMonths(this.form()?.effectiveFrom ?? '', this.today()));
  protected readonly backDateNote = computed(() => {
    const months = this.reJudged();
    const from = this.form()?.effectiveFrom;
    return months && from ? backDateText(from, months) : null;
  });
  /** A back-dated publish waits for the confirmation; said once the person tries to publish. */
  private readonly backDateIssue = computed(() =>
    this.reJudged() && !this.backDateConfirmed() ? this.issueTexts.confirmBackDate : null,
  );
  protected readonly shownBackDateIssue = computed(() => (this.submitted() ? this.backDateIssue() : null));
  protected readonly invalid = computed(
    () => Object.keys(this.clientIssues()).length > 0 || this.backDateIssue() !== null,
  );
  /** What the impact preview judges; null while the basis or the bands cannot be read. */
  protected readonly preview = computed(() => {
    const form = this.form();
    return form ? previewDraft(form, { businessModel: this.model().code, kpi: this.code() }) : null;
  });
  protected readonly chart = computed(() => {
    const state = this.trend();
    const form = this.form();
    if (state.status !== 'loaded' || !form) {
      return null;
    }
    return draftTrend(state.data, form, this.code(), this.nextVersion(), this.today());
  });
  protected readonly chartTitle = computed(() =>
    interpolate(this.chartTexts.title, { basis: basisPhrase(this.basis(), this.code()) }),
  );
  protected readonly formatValue = computed(() => {
    const code = this.code();
    const basis = this.basis();
    return (value: number | null) => formatJudged(value, code, basis);
  });
  protected readonly chartSubject = computed(() => {
    const basis = this.basis();
    const names = { kpi: this.kpiName(), model: this.model().name };
    return basis === 'VALUE'
      ? interpolate(this.chartTexts.subject, names)
      : interpolate(this.chartTexts.subjectOnBasis, { ...names, basis: basisPhrase(basis, this.code()) });
  });

  constructor() {
    // Opening a cell moves keyboard and screen-reader focus to what was opened.
    afterNextRender(() => this.headingRef().nativeElement.focus());
  }

  ngOnInit(): void {
    this.loadHistory(true);
    this.loadTrend();
  }

  protected describe(corridor: CorridorDto): string {
    return corridorInWords(corridor, this.code());
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
    this.forgetServerIssues([field]);
    if (isBoundField(field)) {
      // Typed on the new basis: the bounds of the old one are gone for good.
      this.setAside.set(null);
      this.basisMessage.set('');
    }
    if (field === 'effectiveFrom') {
      // A confirmation holds for the months it named, not for an earlier date chosen after it.
      this.backDateConfirmed.set(false);
    }
  }

  protected chooseBasis(basis: CorridorBasis): void {
    const form = this.form();
    if (!form) {
      return;
    }
    const change = changeBasis(form, basis, this.setAside(), this.code());
    this.form.set(change.form);
    this.setAside.set(change.setAside);
    this.basisMessage.set(change.message);
    // Empty bounds on a new basis are a fresh start, not a mistake to flag before anything is typed.
    this.touched.update((touched) => new Set([...touched].filter((field) => !isBoundField(field))));
    this.forgetServerIssues(['basis', ...BOUND_FIELDS]);
  }

  protected confirmBackDate(event: Event): void {
    this.backDateConfirmed.set((event.target as HTMLInputElement).checked);
  }

  /** The suggested bounds replace the typed ones on their basis; rationale, date and sample size stay the person's own. */
  protected applySuggestion(suggested: SuggestedBands): void {
    this.form.update((form) =>
      form
        ? { ...form, basis: suggested.basis, ...boundsFormOf(suggested.bounds, this.code(), suggested.basis) }
        : form,
    );
    this.touched.update((touched) => new Set([...touched, ...BOUND_FIELDS]));
    this.setAside.set(null);
    this.basisMessage.set('');
    this.forgetServerIssues(['basis', ...BOUND_FIELDS]);
  }

  protected reset(): void {
    this.startDraft(this.latest());
    this.baseVersion.set(this.latest()?.version ?? null);
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
      this.focusFirstIssue(form);
      return;
    }
    this.publishing.set(true);
    const series = { businessModel: this.model().code, kpi: this.code() };
    this.corridorApi
      .publish(publishInput(form, series, this.baseVersion()))
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

  /** A blocked publish takes the keyboard to the first field that stops it, in the form's order. */
  private focusFirstIssue(form: CorridorForm): void {
    const issues = this.clientIssues();
    const order: readonly (FormField | typeof CONFIRM_FIELD)[] = [
      ...FORM_FIELDS.filter((field) => field !== 'rationale'),
      CONFIRM_FIELD,
      'rationale',
    ];
    const first = order.find((field) =>
      field === CONFIRM_FIELD ? this.backDateIssue() !== null : issues[field] !== undefined,
    );
    const id = first === 'basis' ? `ce-basis-${form.basis}` : `ce-${first}`;
    if (first) {
      this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus();
    }
  }

  private forgetServerIssues(fields: readonly FormField[]): void {
    this.serverIssues.update((issues) => {
      const rest = { ...issues };
      for (const field of fields) {
        delete rest[field];
      }
      return rest;
    });
  }

  private startDraft(latest: CorridorDto | null): void {
    this.form.set(formOf(latest, this.code(), this.today()));
    this.touched.set(new Set());
    this.submitted.set(false);
    this.setAside.set(null);
    this.basisMessage.set('');
    this.backDateConfirmed.set(false);
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
    const issues = error.code === 'BAD_USER_INPUT' ? apiIssues(error, this.code(), this.basis()) : {};
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
            this.startDraft(latest);
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
    this.corridorApi
      .trend({
        // The month under way is the last of the 24.
        to: addMonths(startOfMonth(this.today()), 1),
        months: TREND_MONTHS,
        businessModels: [this.model().code],
        kpis: [this.code()],
        scope: { type: 'COMPANY' },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (points) => this.trend.set({ status: 'loaded', data: points }),
        error: (error: unknown) => this.trend.set({ status: 'failed', error: asApiError(error) }),
      });
  }
}
