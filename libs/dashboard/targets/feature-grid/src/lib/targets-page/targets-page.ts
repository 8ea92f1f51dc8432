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
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type BusinessModelDto, KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { formatKpiValue, kpiName } from '@salesdash/dashboard/kpi/ui';
import { type ApiError, csvExport, type LoadState } from '@salesdash/dashboard/shared/data-access';
import { DASHBOARD_LOCALE, formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { addYearMonths, isTargetKpi, monthPeriod, type TargetUnit, yearMonthOf } from '@salesdash/shared/domain';
import { forkJoin, map, type Observable, type Subscription } from 'rxjs';
import {
  baseCells,
  buildEditor,
  type CellId,
  copyFrom,
  distribute,
  type EditorCell,
  type Edits,
  fill,
  issuesByCell,
  NO_SELECTION,
  selected,
  type Selection,
  unitOf,
  withValues,
} from '../compose/target-grid-editor';
import { parseTargetText } from '../compose/target-number';
import { TargetApi, type TargetGridDto, type TargetTeamDto } from '../data-access/target-api.service';
import type { TargetCellInput } from '../generated/graphql';
import { TARGETS_TEXTS } from '../targets.texts';

const TEXTS = TARGETS_TEXTS;
/** The API's cap on a reason (MAX_REASON_LENGTH of libs/api/platform's text rules). */
const REASON_MAX_LENGTH = 500;
export const GRID_LENGTHS = [3, 6, 12] as const;
/** The API's CSV export of a grid (same parameters as `targetGrid`). */
const EXPORT_URL = '/api/exports/target-grid';

const MONTH = new Intl.DateTimeFormat(DASHBOARD_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function monthLabel(month: string): string {
  return MONTH.format(new Date(`${month}-01T00:00:00Z`));
}

interface Reference {
  readonly teams: readonly TargetTeamDto[];
  readonly models: readonly BusinessModelDto[];
  /** The KPIs that take targets, named in this build's language. */
  readonly kpis: readonly { readonly code: string; readonly name: string }[];
}

/** One changed cell of a CONFLICT, as the API describes it in `current.cells`. */
interface ChangedCell {
  readonly name: string;
  readonly month: string;
  readonly loaded: number | null;
  readonly current: number | null;
  readonly changedBy: string | null;
  readonly changedAt: string | null;
}

/** What a CONFLICT's `current` says changed: the cells, and whether the team's reps changed too. */
function conflictOf(current: unknown): { cells: ChangedCell[]; repsChanged: boolean } {
  const answer = current as { cells?: unknown; repsChanged?: unknown } | undefined;
  const cells = Array.isArray(answer?.cells) ? (answer.cells as ChangedCell[]) : [];
  return { cells, repsChanged: answer?.repsChanged === true };
}

/**
 * Targets of one team, KPI and business model, reps × months: sales managers set their teams',
 * management and administrators any team's, controlling reads them. Edits stay on the page until saved
 * (all or nothing, with an optional reason) or discarded; a save from a grid someone changed meanwhile
 * is refused with who changed what, and a reload keeps the edits.
 */
@Component({
  selector: 'sd-targets-page',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './targets-page.html',
  styleUrl: './targets-page.css',
})
export class TargetsPage {
  private readonly api = inject(TargetApi);
  private readonly kpiApi = inject(KpiApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly texts = TEXTS;
  protected readonly lengths = GRID_LENGTHS;
  protected readonly reasonMax = REASON_MAX_LENGTH;
  protected readonly reasonHint = interpolate(TEXTS.save.reasonHint, { max: REASON_MAX_LENGTH });
  protected readonly monthLabel = monthLabel;

  protected readonly reference = signal<LoadState<Reference>>({ status: 'loading' });
  protected readonly teamId = signal('');
  protected readonly businessModel = signal('');
  protected readonly selectedKpi = signal('WON_VOLUME');
  protected readonly firstMonth = signal(yearMonthOf(new Date().toISOString().slice(0, 10)));
  protected readonly months = signal<number>(6);

  protected readonly grid = signal<LoadState<TargetGridDto>>({ status: 'loading' });
  protected readonly edits = signal<Edits>(new Map());
  private readonly serverIssues = signal<ReadonlyMap<CellId, string>>(new Map());
  protected readonly otherIssues = signal<readonly string[]>([]);
  protected readonly selection = signal<Selection>(NO_SELECTION);
  protected readonly showTeamRow = signal(false);
  protected readonly reason = signal('');
  protected readonly saving = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly conflict = signal<{ cells: ChangedCell[]; repsChanged: boolean } | null>(null);
  protected readonly toolTotal = signal('');
  protected readonly toolMethod = signal<'EVEN' | 'SHARE'>('EVEN');
  protected readonly fillText = signal('');
  protected readonly toolBusy = signal(false);
  protected readonly toolNote = signal<string | null>(null);
  protected readonly toolIssue = signal<string | null>(null);
  private readonly csvExport = csvExport();
  protected readonly exportState = this.csvExport.state;

  private gridLoad: Subscription | undefined;
  private readonly problemsBox = viewChild<ElementRef<HTMLElement>>('problemsBox');
  private readonly conflictBox = viewChild<ElementRef<HTMLElement>>('conflictBox');

  protected readonly loadedGrid = computed(() => {
    const state = this.grid();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly editor = computed(() => {
    const grid = this.loadedGrid();
    return grid ? buildEditor(grid, this.edits(), DASHBOARD_LOCALE, this.serverIssues()) : null;
  });
  protected readonly pendingCount = computed(() => this.editor()?.changes.length ?? 0);
  /** Edits on the page that are not saved (also invalid ones): the grid may not be switched meanwhile. */
  protected readonly dirty = computed(() => {
    const editor = this.editor();
    return editor !== null && (editor.changes.length > 0 || editor.invalid.length > 0);
  });
  protected readonly pendingText = computed(() => {
    const count = this.pendingCount();
    return count === 0
      ? TEXTS.save.pendingNone
      : count === 1
        ? TEXTS.save.pendingOne
        : interpolate(TEXTS.save.pendingMany, { n: count });
  });
  protected readonly teamRowShown = computed(() => {
    const grid = this.loadedGrid();
    return (
      grid !== null && (grid.usesTeamTargets || grid.team.values.some((value) => value !== null) || this.showTeamRow())
    );
  });
  protected readonly caption = computed(() => {
    const grid = this.loadedGrid();
    const reference = this.loadedReference();
    if (!grid || !reference) {
      return '';
    }
    return interpolate(TEXTS.grid.caption, {
      kpi: kpiName(grid.kpi),
      team: grid.teamName,
      model: reference.models.find((model) => model.code === grid.businessModel)?.name ?? grid.businessModel,
      from: monthLabel(grid.months[0]),
      to: monthLabel(grid.months[grid.months.length - 1]),
      unit: TEXTS.grid.units[unitOf(grid)],
    });
  });
  protected readonly selectionText = computed(() => {
    const grid = this.loadedGrid();
    if (!grid) {
      return '';
    }
    const { repIds, months } = selected(grid, this.selection());
    const count = (n: number, all: boolean, one: string, some: string, allText: string) =>
      all ? allText : n === 1 ? one : interpolate(some, { n });
    return interpolate(TEXTS.tools.selection, {
      reps: count(
        repIds.length,
        this.selection().reps.size === 0,
        TEXTS.tools.oneRep,
        TEXTS.tools.someReps,
        TEXTS.tools.allReps,
      ),
      months: count(
        months.length,
        this.selection().months.size === 0,
        TEXTS.tools.oneMonth,
        TEXTS.tools.someMonths,
        TEXTS.tools.allMonths,
      ),
    });
  });
  protected readonly invalidList = computed(() => {
    const editor = this.editor();
    if (!editor || editor.invalid.length === 0) {
      return null;
    }
    const names = new Map([...editor.reps, editor.team].map((row) => [`${row.scopeType}:${row.scopeId}`, row.name]));
    return editor.invalid.map((cell) =>
      interpolate(TEXTS.save.invalidCell, {
        name: names.get(`${cell.scopeType}:${cell.scopeId}`) ?? cell.scopeId,
        month: monthLabel(cell.month),
        message: cell.issue ?? '',
      }),
    );
  });
  protected readonly conflictLines = computed(() => {
    const grid = this.loadedGrid();
    const unit = grid ? unitOf(grid) : 'EUR';
    return (this.conflict()?.cells ?? []).map((cell) => {
      const params = {
        name: cell.name,
        month: monthLabel(cell.month),
        loaded: this.format(cell.loaded, unit),
        current: this.format(cell.current, unit),
      };
      if (!cell.changedBy) {
        return interpolate(TEXTS.conflict.changedByImport, params);
      }
      return cell.changedAt
        ? interpolate(TEXTS.conflict.changedBy, { ...params, who: cell.changedBy, when: formatInstant(cell.changedAt) })
        : interpolate(TEXTS.conflict.changedByUndated, { ...params, who: cell.changedBy });
    });
  });
  protected readonly reasonCount = computed(() => `${this.reason().length} / ${REASON_MAX_LENGTH}`);

  protected readonly loadedReference = computed(() => {
    const state = this.reference();
    return state.status === 'loaded' ? state.data : null;
  });

  constructor() {
    this.loadReference();
  }

  protected loadReference(): void {
    this.reference.set({ status: 'loading' });
    forkJoin({ teams: this.api.teams(), models: this.kpiApi.businessModels(), catalogue: this.kpiApi.catalogue() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ teams, models, catalogue }) => {
          const kpis = catalogue
            .filter((kpi) => isTargetKpi(kpi.code))
            .map((kpi) => ({ code: kpi.code, name: kpiName(kpi.code) }));
          this.reference.set({ status: 'loaded', data: { teams, models, kpis } });
          this.teamId.set(teams[0]?.id ?? '');
          this.businessModel.set(models[0]?.code ?? '');
          if (!kpis.some((kpi) => kpi.code === this.selectedKpi())) {
            this.selectedKpi.set(kpis[0]?.code ?? '');
          }
          this.loadGrid();
        },
        error: (error: ApiError) => this.reference.set({ status: 'failed', error }),
      });
  }

  /** Opens the grid the selectors name; the edits of the grid shown before are gone (the selectors are locked while any exist). */
  protected loadGrid(keepEdits = false): void {
    if (!this.teamId() || !this.businessModel() || !this.selectedKpi()) {
      return;
    }
    this.grid.set({ status: 'loading' });
    if (!keepEdits) {
      this.edits.set(new Map());
      this.selection.set(NO_SELECTION);
      this.showTeamRow.set(false);
    }
    this.serverIssues.set(new Map());
    this.otherIssues.set([]);
    // Only the latest choice's answer may show: an earlier one arriving late is dropped.
    this.gridLoad?.unsubscribe();
    this.gridLoad = this.api
      .grid(this.request())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => this.grid.set({ status: 'loaded', data }),
        error: (error: ApiError) => this.grid.set({ status: 'failed', error }),
      });
  }

  protected choose(field: 'team' | 'model' | 'kpi' | 'firstMonth' | 'months', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    switch (field) {
      case 'team':
        this.teamId.set(value);
        break;
      case 'model':
        this.businessModel.set(value);
        break;
      case 'kpi':
        this.selectedKpi.set(value);
        break;
      case 'firstMonth':
        // A cleared month input leaves the grid as it is.
        if (!/^\d{4}-\d{2}$/.test(value)) {
          return;
        }
        this.firstMonth.set(value);
        break;
      case 'months':
        this.months.set(Number(value));
        break;
    }
    this.saved.set(null);
    this.conflict.set(null);
    this.loadGrid();
  }

  protected edit(cell: EditorCell, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.edits.update((edits) => new Map(edits).set(cell.id, text));
    if (this.serverIssues().has(cell.id)) {
      const issues = new Map(this.serverIssues());
      issues.delete(cell.id);
      this.serverIssues.set(issues);
    }
    this.saved.set(null);
  }

  /** Arrow up/down and Enter move to the same month of the row above or below, as in a spreadsheet. */
  protected move(event: KeyboardEvent): void {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' || event.key === 'Enter' ? 1 : 0;
    const input = event.target as HTMLInputElement;
    const row = Number(input.dataset['row']);
    if (step === 0 || Number.isNaN(row)) {
      return;
    }
    const next = input
      .closest('table')
      ?.querySelector<HTMLInputElement>(`input[data-row="${row + step}"][data-month="${input.dataset['month']}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
      next.select();
    }
  }

  protected toggleRep(repId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selection.update((selection) => ({ ...selection, reps: toggled(selection.reps, repId, checked) }));
  }

  protected toggleMonth(month: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selection.update((selection) => ({ ...selection, months: toggled(selection.months, month, checked) }));
  }

  protected revealTeamRow(): void {
    this.showTeamRow.set(true);
  }

  protected distributeTotal(event: Event): void {
    event.preventDefault();
    const grid = this.loadedGrid();
    if (!grid) {
      return;
    }
    const parsed = parseTargetText(this.toolTotal(), unitOf(grid), DASHBOARD_LOCALE);
    if ('issue' in parsed || parsed.value === null) {
      this.toolIssue.set('issue' in parsed ? parsed.issue : TEXTS.tools.totalMissing);
      return;
    }
    const total = parsed.value;
    this.toolIssue.set(null);
    this.toolNote.set(null);
    if (this.toolMethod() === 'EVEN') {
      this.apply(distribute(grid, this.selection(), total, null), unitOf(grid));
      return;
    }
    this.fetchFor(this.lastTwelveMonthsShares(grid), (weights) => {
      if ([...weights.values()].every((weight) => weight <= 0)) {
        this.toolNote.set(TEXTS.tools.noHistory);
      }
      this.apply(distribute(grid, this.selection(), total, weights), unitOf(grid));
    });
  }

  protected fillSelection(event: Event): void {
    event.preventDefault();
    const grid = this.loadedGrid();
    if (!grid) {
      return;
    }
    const parsed = parseTargetText(this.fillText(), unitOf(grid), DASHBOARD_LOCALE);
    if ('issue' in parsed) {
      this.toolIssue.set(parsed.issue);
      return;
    }
    this.toolIssue.set(null);
    this.apply(fill(grid, this.selection(), parsed.value), unitOf(grid));
  }

  /** Copies into the selected months the values `offset` months earlier (what the grid shows where it shows them). */
  protected copy(offset: -1 | -12): void {
    const grid = this.loadedGrid();
    const editor = this.editor();
    if (!grid || !editor) {
      return;
    }
    this.toolIssue.set(null);
    this.toolNote.set(null);
    const source = this.api.grid({ ...requestOf(grid), firstMonth: addYearMonths(grid.months[0], offset) });
    this.fetchFor(source, (earlier) => {
      const values = new Map<string, Map<string, number | null>>();
      earlier.reps.forEach((rep) =>
        values.set(rep.scopeId, new Map(earlier.months.map((month, index) => [month, rep.values[index] ?? null]))),
      );
      // Months the grid shows count as shown, edits included.
      editor.reps.forEach((rep) =>
        rep.cells.forEach((cell) => {
          const row = values.get(rep.scopeId) ?? new Map<string, number | null>();
          values.set(rep.scopeId, row.set(cell.month, cell.value));
        }),
      );
      this.apply(
        copyFrom(grid, this.selection(), values, (month) => addYearMonths(month, offset)),
        unitOf(grid),
      );
    });
  }

  /** The stored targets of the grid shown (not unsaved edits) as a CSV file. */
  protected exportCsv(): void {
    const grid = this.loadedGrid();
    if (grid) {
      this.csvExport.run(EXPORT_URL, requestOf(grid), `targets-${grid.teamId}.csv`);
    }
  }

  protected discard(): void {
    this.edits.set(new Map());
    this.serverIssues.set(new Map());
    this.otherIssues.set([]);
    this.reason.set('');
    this.failure.set(null);
    this.conflict.set(null);
  }

  /** After a CONFLICT: the stored grid again, with the edits on top. */
  protected reloadKeepingEdits(): void {
    this.conflict.set(null);
    this.loadGrid(true);
  }

  protected save(event: Event): void {
    event.preventDefault();
    const grid = this.loadedGrid();
    const editor = this.editor();
    if (!grid || !editor || this.saving()) {
      return;
    }
    this.saved.set(null);
    this.failure.set(null);
    this.conflict.set(null);
    if (editor.invalid.length > 0) {
      this.focusAfterRender(this.problemsBox);
      return;
    }
    if (editor.changes.length === 0) {
      this.saved.set(TEXTS.save.savedNone);
      return;
    }
    const sent: readonly TargetCellInput[] = editor.changes;
    this.saving.set(true);
    this.api
      .save({ ...requestOf(grid), base: baseCells(grid), changes: sent, reason: this.reason().trim() || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.saving.set(false);
          this.grid.set({ status: 'loaded', data: result.grid });
          this.edits.set(new Map());
          this.reason.set('');
          this.saved.set(
            result.changedCells === 1 ? TEXTS.save.savedOne : interpolate(TEXTS.save.saved, { n: result.changedCells }),
          );
        },
        error: (error: ApiError) => {
          this.saving.set(false);
          if (error.code === 'CONFLICT') {
            this.conflict.set(conflictOf(error.current));
            this.focusAfterRender(this.conflictBox);
          } else if (error.code === 'BAD_USER_INPUT' && error.issues) {
            const placed = issuesByCell(sent, error.issues);
            this.serverIssues.set(placed.byCell);
            this.otherIssues.set(placed.other);
            this.focusAfterRender(this.problemsBox);
          } else {
            this.failure.set(interpolate(TEXTS.save.failed, { message: error.message }));
          }
        },
      });
  }

  protected onText(target: 'total' | 'fill' | 'reason', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    ({ total: this.toolTotal, fill: this.fillText, reason: this.reason })[target].set(value);
  }

  protected onMethod(event: Event): void {
    this.toolMethod.set((event.target as HTMLInputElement).value === 'SHARE' ? 'SHARE' : 'EVEN');
  }

  protected format(value: number | null, unit: TargetUnit): string {
    return formatKpiValue(value, unit);
  }

  protected cellLabel(name: string, month: string): string {
    return interpolate(TEXTS.grid.cellLabel, { name, month: monthLabel(month) });
  }

  protected selectRepLabel(name: string): string {
    return interpolate(TEXTS.grid.selectRep, { name });
  }

  protected selectMonthLabel(month: string): string {
    return interpolate(TEXTS.grid.selectMonth, { month: monthLabel(month) });
  }

  private request() {
    return {
      teamId: this.teamId(),
      businessModel: this.businessModel(),
      kpi: this.selectedKpi(),
      firstMonth: this.firstMonth(),
      months: this.months(),
    };
  }

  private apply(values: ReadonlyMap<CellId, number | null>, unit: TargetUnit): void {
    this.edits.update((edits) => withValues(edits, values, unit, DASHBOARD_LOCALE));
    this.saved.set(null);
  }

  /** Each selected rep's value of the grid's KPI over the 12 months before the first selected month. */
  private lastTwelveMonthsShares(grid: TargetGridDto): Observable<ReadonlyMap<string, number>> {
    const { repIds, months } = selected(grid, this.selection());
    const to = monthPeriod(months[0] ?? grid.months[0]).from;
    return this.kpiApi
      .valuesByScope({
        from: monthPeriod(addYearMonths(yearMonthOf(to), -12)).from,
        to,
        kpis: [grid.kpi],
        businessModels: [grid.businessModel],
        level: 'REP',
        ids: repIds,
      })
      .pipe(map((byRep) => new Map(repIds.map((id) => [id, byRep.get(id)?.[0]?.value ?? 0]))));
  }

  private fetchFor<T>(source: Observable<T>, use: (value: T) => void): void {
    this.toolBusy.set(true);
    source.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.toolBusy.set(false);
        use(value);
      },
      error: (error: ApiError) => {
        this.toolBusy.set(false);
        this.toolIssue.set(interpolate(TEXTS.tools.failed, { message: error.message }));
      },
    });
  }

  private focusAfterRender(box: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => box()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** The request that answers exactly this grid. */
function requestOf(grid: TargetGridDto) {
  return {
    teamId: grid.teamId,
    businessModel: grid.businessModel,
    kpi: grid.kpi,
    firstMonth: grid.months[0],
    months: grid.months.length,
  };
}

function toggled(set: ReadonlySet<string>, value: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) {
    next.add(value);
  } else {
    next.delete(value);
  }
  return next;
}
