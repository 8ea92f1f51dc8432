import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { kpiName } from '@salesdash/dashboard/kpi/ui';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { formatInstant, interpolate, ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import {
  type GridCell,
  buildGrid,
  type PendingChanges,
  pendingChanges,
  type PlacedIssues,
  placeIssues,
  togglePending,
} from '../compose/responsibility-grid';
import { ResponsibilityApi, type ResponsibilityError } from '../data-access/responsibility-api.service';
import type { ResponsibilityChangeDto, ResponsibilityMatrixDto } from '../data-access/responsibility.models';
import { RESPONSIBILITY_TEXTS } from '../responsibility.texts';
import { type LoadState } from '@salesdash/dashboard/shared/data-access';

/** The API's cap on a reason (MAX_REASON_LENGTH of libs/api/platform's text rules). */
export const REASON_MAX_LENGTH = 500;

const TEXTS = RESPONSIBILITY_TEXTS;

function loadErrorMessage(error: ApiError): string {
  return error.code === 'FORBIDDEN' || error.code === 'NETWORK' ? TEXTS.error[error.code] : TEXTS.error.other;
}

function saveFailureMessage(error: ResponsibilityError): string {
  switch (error.code) {
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'NETWORK':
      return TEXTS.form.failed[error.code];
    default:
      return TEXTS.form.failed.other;
  }
}

/**
 * ADMIN and MANAGEMENT: the responsibility matrix as KPIs (rows, by journey stage) × roles (columns).
 * Ticking boxes collects pending changes; Save sends them with the required reason in one request
 * (all or nothing, audited), Discard forgets them. The change history is below.
 */
@Component({
  selector: 'sd-responsibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './responsibility-page.html',
  styleUrl: './responsibility-page.css',
})
export class ResponsibilityPage {
  private readonly api = inject(ResponsibilityApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly texts = TEXTS;
  protected readonly reasonMax = REASON_MAX_LENGTH;
  protected readonly reasonHint = interpolate(TEXTS.form.reasonHint, { max: REASON_MAX_LENGTH });

  protected readonly matrix = signal<LoadState<ResponsibilityMatrixDto>>({ status: 'loading' });
  protected readonly history = signal<LoadState<readonly ResponsibilityChangeDto[]>>({ status: 'loading' });
  protected readonly pending = signal<PendingChanges>(new Map());
  protected readonly reason = signal('');
  protected readonly saving = signal(false);
  protected readonly problems = signal<PlacedIssues | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);

  private readonly reasonInput = viewChild<ElementRef<HTMLTextAreaElement>>('reasonInput');
  private readonly problemsBox = viewChild<ElementRef<HTMLElement>>('problemsBox');
  private readonly savedBox = viewChild<ElementRef<HTMLElement>>('savedBox');

  protected readonly grid = computed(() => {
    const state = this.matrix();
    return state.status === 'loaded' ? buildGrid(state.data, this.pending()) : null;
  });
  protected readonly loadError = computed(() => {
    const state = this.matrix();
    return state.status === 'failed' ? loadErrorMessage(state.error) : null;
  });
  protected readonly pendingCount = computed(() => this.pending().size);
  protected readonly pendingText = computed(() => {
    const count = this.pendingCount();
    if (count === 0) {
      return TEXTS.form.pendingNone;
    }
    return count === 1 ? TEXTS.form.pendingOne : interpolate(TEXTS.form.pendingMany, { n: count });
  });
  protected readonly reasonCount = computed(() =>
    interpolate(TEXTS.form.reasonCount, { n: this.reason().length, max: REASON_MAX_LENGTH }),
  );
  /** The refused save's issues about cells and the request, in words. */
  protected readonly problemList = computed(() => {
    const problems = this.problems();
    const grid = this.grid();
    if (!problems || (problems.byCell.size === 0 && problems.general.length === 0)) {
      return null;
    }
    const cells = new Map(grid?.groups.flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => [c.key, c]))) ?? []);
    return [
      ...problems.general,
      ...[...problems.byCell].map(([key, message]) => {
        const cell = cells.get(key);
        return cell
          ? interpolate(TEXTS.form.cellProblem, { role: cell.roleName, kpi: cell.kpiName, message })
          : message;
      }),
    ];
  });
  protected readonly historyEntries = computed(() => {
    const state = this.history();
    return state.status === 'loaded' ? state.data : [];
  });

  constructor() {
    this.loadMatrix();
    this.loadHistory();
  }

  protected loadMatrix(): void {
    this.matrix.set({ status: 'loading' });
    this.api
      .matrix()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => this.matrix.set({ status: 'loaded', data }),
        error: (error: ResponsibilityError) => this.matrix.set({ status: 'failed', error }),
      });
  }

  protected loadHistory(): void {
    this.history.set({ status: 'loading' });
    this.api
      .history()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => this.history.set({ status: 'loaded', data }),
        error: (error: ResponsibilityError) => this.history.set({ status: 'failed', error }),
      });
  }

  protected toggle(cell: GridCell): void {
    this.pending.update((pending) => togglePending(pending, cell));
    this.saved.set(null);
    this.failure.set(null);
    const problems = this.problems();
    if (problems?.byCell.has(cell.key)) {
      const byCell = new Map(problems.byCell);
      byCell.delete(cell.key);
      this.problems.set({ ...problems, byCell });
    }
  }

  protected onReason(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
    const problems = this.problems();
    if (problems?.reason) {
      this.problems.set({ ...problems, reason: null });
    }
  }

  protected discard(): void {
    this.pending.set(new Map());
    this.reason.set('');
    this.problems.set(null);
    this.failure.set(null);
  }

  protected save(event: Event): void {
    event.preventDefault();
    const grid = this.grid();
    if (!grid || this.saving() || this.pendingCount() === 0) {
      return;
    }
    const reason = this.reason().trim();
    const reasonProblem =
      reason === ''
        ? TEXTS.form.reasonMissing
        : reason.length > REASON_MAX_LENGTH
          ? interpolate(TEXTS.form.reasonTooLong, { max: REASON_MAX_LENGTH })
          : null;
    if (reasonProblem) {
      this.problems.set({ byCell: new Map(), reason: reasonProblem, general: [] });
      this.reasonInput()?.nativeElement.focus();
      return;
    }
    const sent = pendingChanges(grid);
    this.saving.set(true);
    this.problems.set(null);
    this.failure.set(null);
    this.saved.set(null);
    this.api
      .update(sent, reason)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => {
          this.matrix.set({ status: 'loaded', data });
          this.pending.set(new Map());
          this.reason.set('');
          this.saving.set(false);
          this.saved.set(
            sent.length === 1 ? TEXTS.form.savedOne : interpolate(TEXTS.form.savedMany, { n: sent.length }),
          );
          this.focusAfterRender(() => this.savedBox());
          this.loadHistory();
        },
        error: (error: ResponsibilityError) => {
          this.saving.set(false);
          if (error.code === 'BAD_USER_INPUT' && error.issues.length > 0) {
            const placed = placeIssues(error.issues, sent);
            this.problems.set(placed);
            this.focusAfterRender(() =>
              placed.reason && !this.problemList() ? this.reasonInput() : this.problemsBox(),
            );
          } else {
            this.failure.set(saveFailureMessage(error));
          }
        },
      });
  }

  protected cellLabel(cell: GridCell): string {
    return interpolate(cell.fixed ? TEXTS.grid.fixedCellLabel : TEXTS.grid.cellLabel, {
      role: cell.roleName,
      kpi: cell.kpiName,
    });
  }

  protected cellProblemId(cell: GridCell): string | null {
    return this.problems()?.byCell.has(cell.key) ? 'save-problems' : null;
  }

  /** The latest change of a cell, for the pointer's tooltip (the history below has it for everyone). */
  protected lastChangeText(cell: GridCell): string | null {
    return cell.lastChange ? this.changeText(cell.lastChange) : null;
  }

  protected changeDescription(change: ResponsibilityChangeDto): string {
    return interpolate(change.granted ? TEXTS.history.granted : TEXTS.history.revoked, {
      kpi: kpiName(change.kpi),
      role: ROLE_NAMES[change.role],
    });
  }

  protected when(change: ResponsibilityChangeDto): string {
    return formatInstant(change.at);
  }

  protected who(change: ResponsibilityChangeDto): string {
    return change.actorName ?? TEXTS.history.system;
  }

  private changeText(change: ResponsibilityChangeDto): string {
    const said = { change: this.changeDescription(change), who: this.who(change), when: this.when(change) };
    return change.reason
      ? interpolate(TEXTS.grid.lastChange, { ...said, reason: change.reason })
      : interpolate(TEXTS.grid.lastChangeNoReason, said);
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
