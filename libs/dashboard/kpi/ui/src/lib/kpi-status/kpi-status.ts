import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal } from '@angular/core';
import { STATUS_COLORS } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { CorridorBasis, KpiStatus, KpiUnit, Pace } from '@salesdash/shared/domain';
import { formatCount, formatDay, formatJudgedValue, sampleIsTheValue } from '../format/kpi-format';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { StatusCorridor } from '../models';

/** The shape of each status icon, so that status never depends on colour alone. */
const ICONS: Record<KpiStatus, string> = {
  ACCEPTABLE: 'M4.5 8.5l2.5 2.5 4.5-5',
  TOLERATED: 'M8 4.5v4M8 11v.5',
  UNACCEPTABLE: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  INSUFFICIENT_DATA: 'M5 8h.01M8 8h.01M11 8h.01',
  NO_RANGE: 'M4.5 8h7',
  NO_DATA: 'M4.5 11.5l7-7',
};

/** Statuses without a judgement get a dashed ring. */
const UNJUDGED: ReadonlySet<KpiStatus> = new Set(['NO_DATA', 'NO_RANGE', 'INSUFFICIENT_DATA']);
/** How a judgement shows while it is too early to tell: unjudged, quietly. */
const TOO_EARLY_LOOK: KpiStatus = 'NO_RANGE';

/** Space between the popover and the viewport's edge, in px. */
const EDGE = 8;

let nextId = 0;

/**
 * THE presentation of a KPI status, wherever a KPI value shows: colour, icon and text ("Acceptable",
 * "No corridor" quietly, "Too few (n < 5)"). The text is a button that opens, on hover and on focus,
 * why: the status explained, the number the corridor judged when that is not the value itself
 * ("Judged: 96% of target to date"), the corridor version with its bands in words, its effective
 * date and its rationale. Escape closes it. The popover is fixed-positioned so table scroll areas do not clip it,
 * and holds its text only while open, so the badge's own text stays just the status.
 */
@Component({
  selector: 'sd-kpi-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-status]': 'status()',
    '[attr.data-too-early]': 'tooEarly() || null',
    '[style.--sd-status-fg]': 'colors().text',
    '[style.--sd-status-bg]': 'colors().background',
    '(mouseenter)': 'show()',
    '(mouseleave)': 'hide()',
    '(focusin)': 'show()',
    '(focusout)': 'hide()',
    '(keydown.escape)': 'hide()',
    '(window:scroll)': 'hide()',
    '(window:resize)': 'hide()',
  },
  template: `
    <button type="button" class="trigger" [attr.aria-describedby]="popoverId" [attr.aria-expanded]="open()">
      <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" [attr.stroke-dasharray]="dashed() ? '2.5 2' : null" />
        <path [attr.d]="icon()" />
      </svg>
      <span class="label">{{ label() }}</span>
    </button>
    <div
      class="popover"
      role="tooltip"
      [id]="popoverId"
      [hidden]="!open()"
      [style.top.px]="position().top"
      [style.left.px]="position().left"
    >
      @if (open()) {
        <p class="popover-status">{{ label() }}</p>
        @for (line of details(); track $index) {
          <p>{{ line }}</p>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: inline-block;
      font-size: 0.75rem;
      line-height: 1;
    }
    /* At least 24 × 24 px to point at (WCAG 2.5.8), beside a value link of the same height. */
    .trigger {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.3rem;
      box-sizing: border-box;
      min-width: 1.5rem;
      min-height: 1.5rem;
      margin: 0;
      padding: 0.1875rem 0.4375rem 0.1875rem 0.3125rem;
      border: 0;
      border-radius: 999px;
      font: inherit;
      font-weight: 600;
      white-space: nowrap;
      cursor: help;
      color: var(--sd-status-fg);
      background: var(--sd-status-bg);
    }
    .trigger:focus-visible {
      outline: 2px solid var(--sd-focus, #1f5fbf);
      outline-offset: 2px;
    }
    :host([data-status='NO_RANGE']) .trigger {
      padding-inline: 0;
      font-weight: 400;
    }
    .icon {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .popover {
      position: fixed;
      z-index: 50;
      box-sizing: border-box;
      width: max-content;
      max-width: min(20rem, calc(100vw - 1rem));
      margin-top: 0.25rem;
      padding: 0.5rem 0.625rem;
      border: 1px solid var(--sd-border, #d9dee5);
      border-radius: 0.375rem;
      background: var(--sd-surface, #fff);
      box-shadow: 0 4px 16px rgb(29 37 48 / 14%);
      color: var(--sd-text, #1d2530);
      font-size: 0.8125rem;
      font-weight: 400;
      line-height: 1.4;
      text-align: left;
      white-space: normal;
    }
    .popover[hidden] {
      display: none;
    }
    .popover p {
      margin: 0;
    }
    .popover p + p {
      margin-top: 0.25rem;
    }
    .popover-status {
      font-weight: 650;
      color: var(--sd-status-fg);
    }
  `,
})
export class KpiStatusBadge {
  readonly status = input.required<KpiStatus>();
  /** The value's sample size n, for "Too few (n < min)". */
  readonly sampleSize = input<number | null>(null);
  /** The corridor version the status was judged by (the API's `policyVersion`). */
  readonly policyVersion = input<number | null>(null);
  /** That version's details, when the page has loaded them. */
  readonly corridor = input<StatusCorridor | null>(null);
  /** What the corridor judged (the API's `basis`); falls back to the corridor's. */
  readonly basis = input<CorridorBasis | null>(null);
  /** The number the corridor judged (the API's `judgedValue`). */
  readonly judgedValue = input<number | null>(null);
  /** The KPI's unit, to format the judged value. */
  readonly unit = input<KpiUnit | null>(null);
  /** The KPI's code: a count's n is its value, and a stock is judged per rep rather than per rep and month. */
  readonly kpi = input<string | null>(null);
  /**
   * The value's pace (docs/kpis.md#pace, docs/corridors.md#too-early). While it is "too early to tell", a judgement
   * against the target to date shows as too early to judge too — beside "Too early to tell" an "Unacceptable" €0
   * on the 3rd of the month would contradict it; the judgement so far is in the popover.
   */
  readonly pace = input<Pace | null>(null);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly popoverId = `sd-kpi-status-${nextId++}`;
  protected readonly open = signal(false);
  protected readonly position = signal({ top: 0, left: 0 });

  protected readonly tooEarly = computed(() => this.pace() === 'TOO_EARLY' && !UNJUDGED.has(this.status()));
  private readonly look = computed(() => (this.tooEarly() ? TOO_EARLY_LOOK : this.status()));
  protected readonly colors = computed(() => STATUS_COLORS[this.look()]);
  protected readonly icon = computed(() => ICONS[this.look()]);
  protected readonly dashed = computed(() => UNJUDGED.has(this.look()));
  private readonly minSampleSize = computed(() => this.corridor()?.minSampleSize ?? null);

  protected readonly label = computed(() => {
    if (this.tooEarly()) {
      return KPI_UI_TEXTS.statusDetails.tooEarlyLabel;
    }
    const min = this.minSampleSize();
    return this.status() === 'INSUFFICIENT_DATA' && min !== null
      ? interpolate(KPI_UI_TEXTS.statusDetails.insufficientLabel, { min: formatCount(min) })
      : KPI_UI_TEXTS.status[this.status()];
  });

  private readonly effectiveBasis = computed(() => this.basis() ?? this.corridor()?.basis ?? null);

  /** Why this status; a NO_RANGE under a corridor means its basis found nothing to judge here. */
  private readonly explanation = computed(() => {
    const status = this.status();
    const basis = this.effectiveBasis();
    if (status === 'NO_RANGE' && (basis === 'PER_REP_MONTH' || basis === 'SHARE_OF_TARGET')) {
      return KPI_UI_TEXTS.statusDetails.noJudgedValue[basis];
    }
    return KPI_UI_TEXTS.statusExplanation[status];
  });

  /** "Judged: 96% of target to date", only where the corridor judged something other than the value. */
  private readonly judgedLine = computed(() => {
    const basis = this.effectiveBasis();
    const judged = this.judgedValue();
    const unit = this.unit();
    if (basis === null || basis === 'VALUE' || judged === null || unit === null) {
      return null;
    }
    const text = formatJudgedValue(judged, basis, unit, this.kpi() ?? '');
    return interpolate(KPI_UI_TEXTS.statusDetails.judged, { judged: text });
  });

  protected readonly details = computed(() => {
    const texts = KPI_UI_TEXTS.statusDetails;
    const status = this.status();
    const corridor = this.corridor();
    const version = corridor?.version ?? this.policyVersion();
    const lines: string[] = this.tooEarly()
      ? [interpolate(texts.tooEarly, { status: KPI_UI_TEXTS.status[status] }), this.explanation()]
      : [this.explanation()];
    const judged = this.judgedLine();
    if (judged) {
      lines.push(judged);
    }
    const n = this.sampleSize();
    if (status === 'INSUFFICIENT_DATA' && corridor && n !== null) {
      const min = formatCount(corridor.minSampleSize);
      lines.push(
        sampleIsTheValue(this.kpi() ?? '')
          ? interpolate(texts.countBelowMinimum, { min })
          : interpolate(texts.sampleSize, { n: formatCount(n), min }),
      );
    }
    if (corridor) {
      lines.push(
        interpolate(texts.corridor, { version: corridor.version, from: formatDay(corridor.effectiveFrom) }),
        corridor.description,
        interpolate(texts.rationale, { rationale: corridor.rationale }),
      );
    } else if (version !== null) {
      lines.push(interpolate(texts.versionOnly, { version }));
    }
    return lines;
  });

  protected show(): void {
    const trigger = this.host.nativeElement.getBoundingClientRect();
    const maxLeft = Math.max(EDGE, window.innerWidth - 320 - EDGE);
    this.position.set({ top: trigger.bottom, left: Math.min(Math.max(EDGE, trigger.left), maxLeft) });
    this.open.set(true);
  }

  protected hide(): void {
    this.open.set(false);
  }
}
