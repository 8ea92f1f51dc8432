import { CdkScrollable } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { CorridorApi, type CorridorImpactDto } from '@salesdash/dashboard/kpi/data-access';
import { formatCount, formatKpiValue, formatMonth, KpiStatusBadge } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { type CorridorBasis, type KpiCode, kpiDefinition } from '@salesdash/shared/domain';
import { catchError, defer, distinctUntilChanged, map, merge, of, startWith, Subject, switchMap, timer } from 'rxjs';
import { judgedText } from '../basis-words';
import { samePreviewDraft, type PreviewDraft } from '../corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { filterScopes, impactSentence, monthsText, type ScopeFilter, statusCountRows } from '../impact-summary';
import { loadErrorText } from '../load';
import { dataOf, type LoadState, asApiError } from '@salesdash/dashboard/shared/data-access';

const TEXTS = CORRIDOR_EDITOR_TEXTS.impact;
/** Typing pauses this long before the preview asks the API (each answer takes 35–335 ms on the demo data). */
export const IMPACT_DEBOUNCE_MS = 400;
/** Changed scopes listed at a time: a narrowed corridor can change hundreds of rep months. */
export const CHANGES_PAGE = 25;
const FILTERS: readonly ScopeFilter[] = ['ALL', 'TEAM', 'REP'];

/** An answer of the preview with the basis of the draft it was asked for. */
interface AnsweredImpact {
  readonly impact: CorridorImpactDto;
  readonly basis: CorridorBasis;
}

/**
 * What the draft would change before it is published: for the model's teams and reps, each of the last
 * 12 complete months judged by the corridor in force then and by the draft on its basis — counts per
 * status before and after, and the (scope, month) values that change with, off VALUE, the number the
 * draft judged. Follows the draft as it is typed.
 */
@Component({
  selector: 'sd-corridor-impact',
  imports: [CdkScrollable, KpiStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './corridor-impact.html',
  styleUrl: './corridor-impact.css',
})
export class CorridorImpact {
  /** Null while the draft's bands cannot be judged (the form says why). */
  readonly draft = input.required<PreviewDraft | null>();
  readonly kpi = input.required<KpiCode>();
  readonly modelName = input.required<string>();
  /** The latest version of the series: a new one (published here or elsewhere) can change "before". */
  readonly version = input<number | null>(null);

  private readonly api = inject(CorridorApi);
  protected readonly texts = TEXTS;
  protected readonly retryLabel = CORRIDOR_EDITOR_TEXTS.retry;
  protected readonly filters = FILTERS;
  protected readonly formatCount = formatCount;
  protected readonly formatMonth = formatMonth;

  protected readonly state = signal<LoadState<AnsweredImpact>>({ status: 'idle' });
  protected readonly filter = signal<ScopeFilter>('ALL');
  protected readonly shownCount = signal(CHANGES_PAGE);
  private readonly retries = new Subject<void>();

  protected readonly impact = computed(() => dataOf(this.state())?.impact ?? null);
  /** The basis of the answer shown: the draft may have moved on while the next one loads. */
  protected readonly answeredBasis = computed(() => dataOf(this.state())?.basis ?? 'VALUE');
  /** Off VALUE the value alone does not say why a status changed: the judged number does. */
  protected readonly showsJudged = computed(() => this.answeredBasis() !== 'VALUE');
  protected readonly busy = computed(() => this.state().status === 'loading');
  protected readonly errorText = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? loadErrorText(state.error) : null;
  });
  protected readonly intro = computed(() =>
    interpolate(TEXTS.intro, { months: monthsText(this.impact()?.months ?? []), model: this.modelName() }),
  );
  protected readonly sentence = computed(() => {
    const impact = this.impact();
    return impact ? impactSentence(impact) : '';
  });
  protected readonly tables = computed(() => {
    const impact = this.impact();
    if (!impact) {
      return [];
    }
    return [
      { key: 'teams', caption: TEXTS.teamsCaption, rows: statusCountRows(impact.teams) },
      { key: 'reps', caption: TEXTS.repsCaption, rows: statusCountRows(impact.reps) },
    ];
  });
  protected readonly changes = computed(() => filterScopes(this.impact()?.changedScopes ?? [], this.filter()));
  protected readonly shownChanges = computed(() => this.changes().slice(0, this.shownCount()));
  protected readonly changesTitle = computed(() => {
    const impact = this.impact();
    const count = impact ? impact.changedScopes.length + impact.changedScopesTruncated : 0;
    return interpolate(TEXTS.changesTitle, { count: formatCount(count) });
  });
  protected readonly moreCount = computed(() => Math.min(CHANGES_PAGE, this.changes().length - this.shownCount()));
  protected readonly moreText = computed(() => interpolate(TEXTS.showMore, { count: formatCount(this.moreCount()) }));
  protected readonly shownText = computed(() =>
    interpolate(TEXTS.shown, {
      shown: formatCount(this.shownChanges().length),
      total: formatCount(this.changes().length),
    }),
  );
  protected readonly truncatedText = computed(() => {
    const left = this.impact()?.changedScopesTruncated ?? 0;
    if (left <= 0) {
      return null;
    }
    return interpolate(left === 1 ? TEXTS.truncated.one : TEXTS.truncated.other, { count: formatCount(left) });
  });

  constructor() {
    // A timer per draft rather than debounceTime: debounceTime emits its pending draft when the input
    // completes on destroy, which would ask the API for a page that is gone.
    const question = computed(() => ({ draft: this.draft(), version: this.version() }));
    const drafts = toObservable(question).pipe(
      switchMap((asked) => timer(IMPACT_DEBOUNCE_MS).pipe(map(() => asked))),
      distinctUntilChanged((a, b) => a.version === b.version && samePreviewDraft(a.draft, b.draft)),
      map((asked) => asked.draft),
    );
    merge(drafts, this.retries.pipe(map(() => this.draft())))
      .pipe(
        switchMap((draft) => (draft === null ? of<LoadState<AnsweredImpact>>({ status: 'idle' }) : this.load(draft))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        if (state.status === 'loaded') {
          this.shownCount.set(CHANGES_PAGE);
        }
        this.state.set(state);
      });
  }

  protected retry(): void {
    this.retries.next();
  }

  protected chooseFilter(filter: ScopeFilter): void {
    this.filter.set(filter);
    this.shownCount.set(CHANGES_PAGE);
  }

  protected showMore(): void {
    this.shownCount.update((count) => count + CHANGES_PAGE);
  }

  protected formatValue(value: number | null): string {
    return formatKpiValue(value, kpiDefinition(this.kpi()).unit);
  }

  protected formatJudged(value: number | null): string {
    return judgedText(value, this.kpi(), this.answeredBasis());
  }

  private load(draft: PreviewDraft) {
    // While the next answer is on its way the last one stays visible, marked busy.
    return defer(() => {
      const previous = dataOf(this.state());
      return this.api.impact(draft).pipe(
        map((impact): LoadState<AnsweredImpact> => ({ status: 'loaded', data: { impact, basis: draft.basis } })),
        catchError((error: unknown) => of<LoadState<AnsweredImpact>>({ status: 'failed', error: asApiError(error) })),
        startWith<LoadState<AnsweredImpact>>(previous ? { status: 'loading', previous } : { status: 'loading' }),
      );
    });
  }
}
