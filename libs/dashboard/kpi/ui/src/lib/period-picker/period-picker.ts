import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  Injector,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  addDays,
  type IsoDate,
  type Period,
  PERIOD_PRESETS,
  periodProgress,
  presetPeriod,
  toEpochDay,
} from '@salesdash/shared/domain';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { PeriodChoice, PeriodSelection } from '../models';
import { type CustomRangeErrors, validateCustomRange } from './custom-range';

let nextId = 0;

const HALF_DAY_MS = 43_200_000;

/**
 * What the hint under the presets says about a period on `today`: nothing for an ended one; for one
 * that holds today, how many of its days have begun (docs/kpis.md#running-periods: judged it on what has elapsed);
 * for one that starts later, that nothing has happened yet. Any instant of today gives the same
 * phase, so midday stands for it.
 */
export function periodProgressHint(period: Period, preset: PeriodChoice, today: IsoDate): string | null {
  const texts = KPI_UI_TEXTS.periodPicker.progress;
  const progress = periodProgress(period, new Date(toEpochDay(today) * 86_400_000 + HALF_DAY_MS));
  if (progress.phase === 'ENDED') {
    return null;
  }
  if (progress.phase === 'NOT_STARTED') {
    return texts.notStarted;
  }
  const elapsed = Math.ceil(progress.elapsedDays);
  if (elapsed >= progress.days) {
    return texts.endsToday;
  }
  return interpolate(preset === 'CUSTOM' ? texts.customRunning : texts.running, { elapsed, days: progress.days });
}

/**
 * Chooses the period: a preset (this month, this quarter and year to date, which hold today and are
 * judged on what has elapsed; last month, last quarter and the last 12 complete months) applies at
 * once; "Custom" shows two dates (both included) that apply on "Apply" or Enter. While the period
 * holds today, a hint says how much of it has elapsed. Native radio buttons and date fields, so it
 * works with the keyboard alone.
 */
@Component({
  selector: 'sd-period-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './period-picker.html',
  styleUrl: './period-picker.css',
})
export class PeriodPicker {
  private readonly injector = inject(Injector);

  readonly selection = input.required<PeriodSelection>();
  /** The day the presets are computed for (UTC). */
  readonly today = input.required<IsoDate>();
  /** A message from the API about the period (BAD_USER_INPUT on filter.from / filter.to). */
  readonly serverError = input<string | null>(null);
  readonly selectionChange = output<PeriodSelection>();

  protected readonly texts = KPI_UI_TEXTS.periodPicker;
  protected readonly id = `sd-period-${nextId++}`;
  protected readonly choices: readonly { value: PeriodChoice; label: string }[] = [
    ...PERIOD_PRESETS.map((preset) => ({ value: preset, label: KPI_UI_TEXTS.periodPicker.presets[preset] })),
    { value: 'CUSTOM', label: KPI_UI_TEXTS.periodPicker.custom },
  ];
  protected readonly mode = linkedSignal<PeriodChoice>(() => this.selection().preset);
  protected readonly draftFrom = linkedSignal(() => this.selection().from);
  /** The last day included: the day before the exclusive end. */
  protected readonly draftTo = linkedSignal(() => addDays(this.selection().to, -1));
  protected readonly errors = signal<CustomRangeErrors>({});
  protected readonly progressHint = computed(() =>
    periodProgressHint(this.selection(), this.selection().preset, this.today()),
  );

  private readonly fromInput = viewChild<ElementRef<HTMLInputElement>>('fromInput');
  private readonly toInput = viewChild<ElementRef<HTMLInputElement>>('toInput');

  protected choose(choice: PeriodChoice): void {
    this.mode.set(choice);
    this.errors.set({});
    if (choice !== 'CUSTOM') {
      this.selectionChange.emit({ preset: choice, ...presetPeriod(choice, this.today()) });
    }
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const result = validateCustomRange(this.draftFrom(), this.draftTo());
    if (!result.valid) {
      this.errors.set(result.errors);
      afterNextRender(() => (result.errors.from ? this.fromInput() : this.toInput())?.nativeElement.focus(), {
        injector: this.injector,
      });
      return;
    }
    this.errors.set({});
    this.selectionChange.emit({ preset: 'CUSTOM', ...result.period });
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
