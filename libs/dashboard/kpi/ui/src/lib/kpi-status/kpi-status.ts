import { AriaDescriber, FocusMonitor, type FocusOrigin } from '@angular/cdk/a11y';
import { hasModifierKey } from '@angular/cdk/keycodes';
import {
  type ConnectedPosition,
  createFlexibleConnectedPositionStrategy,
  createOverlayRef,
  createRepositionScrollStrategy,
  type OverlayRef,
} from '@angular/cdk/overlay';
import { TemplatePortal } from '@angular/cdk/portal';
import { ScrollDispatcher } from '@angular/cdk/scrolling';
import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  TemplateRef,
  viewChild,
  ViewContainerRef,
} from '@angular/core';
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

/** Space the popover keeps from the viewport's edge, in px. */
const EDGE = 8;

/** Below the badge, else above it; aligned with its start, else its end; else pushed into the viewport. */
const POSITIONS: ConnectedPosition[] = [
  { originX: 'start', originY: 'bottom', overlayX: 'start', overlayY: 'top' },
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top' },
  { originX: 'start', originY: 'top', overlayX: 'start', overlayY: 'bottom' },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom' },
];

/**
 * THE presentation of a KPI status, wherever a KPI value shows: colour, icon and text ("Acceptable",
 * "No corridor" quietly, "Too few (n < 5)"). The text is a button whose description, and a popover
 * shown on hover and on keyboard focus (not on a click's focus), say why: the status explained, the
 * number the corridor judged when that is not the value itself ("Judged: 96% of target to date"), the
 * corridor version with its bands in words, its effective date and its rationale.
 *
 * The popover is a CDK connected overlay: a native popover right after the button (the top layer,
 * so table frames do not clip it) that follows scrolling, of the page and of frames marked
 * `cdkScrollable`, and closes once the button has scrolled out of its frame. The pointer may move
 * onto it (no gap to cross), Escape closes it and leaves the focus where it is (WCAG 1.4.13). It
 * holds its text only while open, so the badge's own text stays just the status.
 */
@Component({
  selector: 'sd-kpi-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-status]': 'status()',
    '[attr.data-too-early]': 'tooEarly() || null',
    '[style.--sd-status-fg]': 'colors().text',
    '[style.--sd-status-bg]': 'colors().background',
    '(mouseenter)': 'pointerEntered()',
    '(mouseleave)': 'pointerLeft($event)',
  },
  template: `
    <button #trigger type="button" class="trigger" [attr.aria-expanded]="open()">
      <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" [attr.stroke-dasharray]="dashed() ? '2.5 2' : null" />
        <path [attr.d]="icon()" />
      </svg>
      <span class="label">{{ label() }}</span>
    </button>
    <ng-template #popover>
      <div
        class="popover-frame"
        [style.--sd-status-fg]="colors().text"
        (mouseenter)="pointerEntered()"
        (mouseleave)="pointerLeft($event)"
      >
        <div class="popover" role="tooltip">
          <p class="popover-status">{{ label() }}</p>
          @for (line of details(); track $index) {
            <p>{{ line }}</p>
          }
        </div>
      </div>
    </ng-template>
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
    /*
     * On a phone a long status ("Too early to judge") takes two lines rather than widening its table
     * column off the screen: as wide as its text, at most 6.5rem, so short ones keep their width.
     */
    @media (max-width: 40rem) {
      .label {
        width: max-content;
        max-width: 6.5rem;
        white-space: normal;
        text-align: start;
        line-height: 1.15;
      }
    }
    .icon {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    /* The space between badge and popover belongs to the popover, so the pointer never leaves both on its way. */
    .popover-frame {
      padding-block: 0.25rem;
    }
    .popover {
      box-sizing: border-box;
      width: max-content;
      max-width: min(20rem, calc(100vw - 1rem));
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

  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly focusMonitor = inject(FocusMonitor);
  private readonly describer = inject(AriaDescriber);
  private readonly scrollDispatcher = inject(ScrollDispatcher);
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  private readonly popoverTemplate = viewChild.required('popover', { read: TemplateRef });
  private readonly popoverAnchor = viewChild.required('popover', { read: ViewContainerRef });
  private overlayRef: OverlayRef | null = null;
  /** The pointer is over the badge or its popover. */
  private pointerInside = false;
  protected readonly open = signal(false);

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

  /** The button's description: what the popover says below the status, which the button's name already is. */
  private readonly description = computed(() => this.details().join('\n'));

  constructor() {
    afterNextRender(() => {
      const trigger = this.trigger().nativeElement;
      this.focusMonitor.monitor(trigger).subscribe((origin) => this.focusChanged(origin));
      this.destroyRef.onDestroy(() => this.focusMonitor.stopMonitoring(trigger));
    });
    afterRenderEffect((onCleanup) => {
      const trigger = this.trigger().nativeElement;
      const description = this.description();
      this.describer.describe(trigger, description);
      onCleanup(() => this.describer.removeDescription(trigger, description));
    });
    this.destroyRef.onDestroy(() => this.overlayRef?.dispose());
  }

  protected pointerEntered(): void {
    this.pointerInside = true;
    this.show();
  }

  /** Closes once the pointer has left both the badge and its popover, not while it moves between them. */
  protected pointerLeft(event: MouseEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.host.contains(next) || this.overlayRef?.overlayElement.contains(next))) {
      return;
    }
    this.pointerInside = false;
    this.hide();
  }

  /** Keyboard (and programmatic) focus opens the popover, a click's focus does not; leaving closes it unless pointed at. */
  private focusChanged(origin: FocusOrigin): void {
    if (origin === 'keyboard' || origin === 'program') {
      this.show();
    } else if (origin === null && !this.pointerInside) {
      this.hide();
    }
  }

  private show(): void {
    const overlayRef = this.overlayRef ?? this.createOverlay();
    if (!overlayRef.hasAttached()) {
      overlayRef.attach(new TemplatePortal(this.popoverTemplate(), this.popoverAnchor()));
    }
    this.open.set(true);
  }

  private hide(): void {
    this.overlayRef?.detach();
    this.open.set(false);
  }

  private createOverlay(): OverlayRef {
    const trigger = this.trigger().nativeElement;
    const position = createFlexibleConnectedPositionStrategy(this.injector, trigger)
      .withPositions(POSITIONS)
      .withFlexibleDimensions(false)
      .withPush(true)
      .withViewportMargin(EDGE)
      .withScrollableContainers(this.scrollDispatcher.getAncestorScrollContainers(trigger))
      .withPopoverLocation('inline');
    position.positionChanges.subscribe((change) => {
      if (change.scrollableViewProperties.isOriginOutsideView) {
        this.hide();
      }
    });
    const overlayRef = createOverlayRef(this.injector, {
      positionStrategy: position,
      scrollStrategy: createRepositionScrollStrategy(this.injector),
      usePopover: true,
    });
    overlayRef.keydownEvents().subscribe((event) => {
      if (event.key === 'Escape' && !hasModifierKey(event)) {
        event.preventDefault();
        this.hide();
      }
    });
    overlayRef.detachments().subscribe(() => this.open.set(false));
    this.overlayRef = overlayRef;
    return overlayRef;
  }
}
