import { CdkScrollable } from '@angular/cdk/scrolling';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { contrastRatio, STATUS_COLORS } from '@salesdash/dashboard/shared/ui-charts';
import { type CorridorBasis, KPI_STATUSES, type KpiStatus, type KpiUnit, type Pace } from '@salesdash/shared/domain';
import type { StatusCorridor } from '../models';
import { KpiStatusBadge } from './kpi-status';

const CORRIDOR: StatusCorridor = {
  version: 3,
  effectiveFrom: '2025-04-01',
  description: 'acceptable 10–35 days, tolerated 5–45 days',
  rationale: 'Premium deals need a longer underwriting.',
  minSampleSize: 5,
};

@Component({
  imports: [KpiStatusBadge],
  template: `<sd-kpi-status
      [status]="status()"
      [sampleSize]="sampleSize()"
      [policyVersion]="policyVersion()"
      [corridor]="corridor()"
      [basis]="basis()"
      [judgedValue]="judgedValue()"
      [unit]="unit()"
      [kpi]="kpi()"
      [pace]="pace()"
    /><button type="button" class="elsewhere">Elsewhere</button>`,
})
class Host {
  readonly status = signal<KpiStatus>('ACCEPTABLE');
  readonly sampleSize = signal<number | null>(40);
  readonly policyVersion = signal<number | null>(null);
  readonly corridor = signal<StatusCorridor | null>(null);
  readonly basis = signal<CorridorBasis | null>(null);
  readonly judgedValue = signal<number | null>(null);
  readonly unit = signal<KpiUnit | null>(null);
  readonly kpi = signal<string | null>(null);
  readonly pace = signal<Pace | null>(null);
}

/** A badge in a table frame that scrolls on its own, marked for the CDK's scroll dispatcher. */
@Component({
  imports: [KpiStatusBadge, CdkScrollable],
  template: `<div class="frame" cdkScrollable><sd-kpi-status status="ACCEPTABLE" /></div>`,
})
class FramedHost {}

async function render(setUp: (host: Host) => void = () => undefined) {
  const fixture = TestBed.createComponent(Host);
  setUp(fixture.componentInstance);
  await fixture.whenStable();
  const element = fixture.nativeElement.querySelector('sd-kpi-status') as HTMLElement;
  const trigger = element.querySelector('button') as HTMLButtonElement;
  /** The popover, while it is open: right after the button, where browsers have the popover API. */
  const popover = () => element.querySelector<HTMLElement>('[role=tooltip]');
  const elsewhere = fixture.nativeElement.querySelector('.elsewhere') as HTMLButtonElement;
  return { fixture, element, trigger, popover, elsewhere };
}

/** Focus as by the Tab key: the CDK's focus monitor reads a keydown just before a focus as the keyboard's. */
function tabTo(element: HTMLElement): void {
  element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
  element.focus();
}

/** Focus as by a click: a mousedown with a button pressed (a screen reader's has none) just before the focus. */
function clickFocus(element: HTMLElement): void {
  element.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, buttons: 1, detail: 1 }));
  element.focus();
}

/** The focus monitor takes a keydown or mousedown for the origin of a focus that follows within a millisecond. */
function interactionForgotten(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

function pointer(type: 'mouseenter' | 'mouseleave', element: Element, relatedTarget: Element | null = null): void {
  element.dispatchEvent(new MouseEvent(type, { relatedTarget }));
}

function escape(element: Element): void {
  element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

async function opened(setUp: (host: Host) => void): Promise<HTMLElement | null> {
  const { fixture, trigger, popover } = await render(setUp);
  tabTo(trigger);
  await fixture.whenStable();
  return popover();
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const LABELS: Record<KpiStatus, string> = {
  NO_DATA: 'No data',
  NO_RANGE: 'No corridor',
  INSUFFICIENT_DATA: 'Too few data',
  ACCEPTABLE: 'Acceptable',
  TOLERATED: 'Tolerated',
  UNACCEPTABLE: 'Unacceptable',
};

describe('KpiStatusBadge', () => {
  it.each(KPI_STATUSES)('shows %s as text, icon and its colour tokens', async (status) => {
    const { element, trigger } = await render((host) => host.status.set(status));
    expect(element.getAttribute('data-status')).toBe(status);
    // The accessible name is the text; the icon is decoration beside it.
    expect(text(trigger)).toBe(LABELS[status]);
    expect(trigger.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(trigger.querySelector('path')?.getAttribute('d')).toBeTruthy();
    expect(element.style.getPropertyValue('--sd-status-fg')).toBe(STATUS_COLORS[status].text);
    expect(element.style.getPropertyValue('--sd-status-bg')).toBe(STATUS_COLORS[status].background);
    expect(contrastRatio(STATUS_COLORS[status].text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each status its own icon, dashed for those without a judgement', async () => {
    const shapes = new Set<string>();
    for (const status of KPI_STATUSES) {
      const { trigger } = await render((host) => host.status.set(status));
      shapes.add(trigger.querySelector('path')?.getAttribute('d') ?? '');
      const dashed = trigger.querySelector('circle')?.hasAttribute('stroke-dasharray');
      expect(dashed).toBe(['NO_DATA', 'NO_RANGE', 'INSUFFICIENT_DATA'].includes(status));
    }
    expect(shapes.size).toBe(KPI_STATUSES.length);
  });

  it('says "Too few (n < min)" with the corridor’s minimum sample', async () => {
    const setUp = (host: Host) => {
      host.status.set('INSUFFICIENT_DATA');
      host.sampleSize.set(3);
      host.corridor.set(CORRIDOR);
    };
    const { trigger } = await render(setUp);
    expect(text(trigger)).toBe('Too few (n < 5)');
    const popover = await opened(setUp);
    expect(text(popover)).toContain('n = 3; the corridor needs at least 5.');
  });

  it('explains the status with the corridor in words, its version, effective date and rationale', async () => {
    const { trigger, popover: closed } = await render((host) => host.corridor.set(CORRIDOR));
    expect(closed()).toBeNull();
    // The button's description is the popover's text below the status, there whether the popover is open or not.
    const description = document.getElementById(trigger.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent?.split('\n')).toEqual([
      'Inside the acceptable corridor.',
      'Corridor version 3, in force from Apr 1, 2025',
      'acceptable 10–35 days, tolerated 5–45 days',
      'Why this corridor: Premium deals need a longer underwriting.',
    ]);
    const popover = await opened((host) => host.corridor.set(CORRIDOR));
    expect([...(popover?.querySelectorAll('p') ?? [])].map(text)).toEqual([
      'Acceptable',
      'Inside the acceptable corridor.',
      'Corridor version 3, in force from Apr 1, 2025',
      'acceptable 10–35 days, tolerated 5–45 days',
      'Why this corridor: Premium deals need a longer underwriting.',
    ]);
  });

  it('names the version alone while its details are not loaded, and explains a missing corridor', async () => {
    const versioned = await opened((host) => host.policyVersion.set(2));
    expect(text(versioned)).toContain('Judged by corridor version 2.');
    const none = await opened((host) => host.status.set('NO_RANGE'));
    expect([...(none?.querySelectorAll('p') ?? [])].map(text)).toEqual([
      'No corridor',
      'Controlling has not set a corridor for this KPI and business model yet.',
    ]);
  });

  it('shows the judged value beside the corridor in words when the corridor does not judge the value', async () => {
    const leads = (host: Host) => {
      host.kpi.set('NEW_LEADS');
      host.unit.set('COUNT');
      host.basis.set('PER_REP_MONTH');
      host.judgedValue.set(23.4);
      host.corridor.set({
        ...CORRIDOR,
        description: 'acceptable ≥ 22 per rep and month, tolerated ≥ 18',
        basis: 'PER_REP_MONTH',
      });
    };
    const popover = await opened(leads);
    expect([...(popover?.querySelectorAll('p') ?? [])].map(text)).toEqual([
      'Acceptable',
      'Inside the acceptable corridor.',
      'Judged: 23.4 per rep and month',
      'Corridor version 3, in force from Apr 1, 2025',
      'acceptable ≥ 22 per rep and month, tolerated ≥ 18',
      'Why this corridor: Premium deals need a longer underwriting.',
    ]);
    const share = await opened((host) => {
      host.kpi.set('WON_VOLUME');
      host.unit.set('EUR');
      host.basis.set('SHARE_OF_TARGET');
      host.judgedValue.set(0.962);
    });
    expect(text(share)).toContain('Judged: 96% of target to date');
  });

  it('takes the basis from the corridor when the value does not name it, and says nothing on VALUE', async () => {
    const fromCorridor = await opened((host) => {
      host.unit.set('EUR');
      host.kpi.set('PIPELINE_VALUE');
      host.judgedValue.set(21_439);
      host.corridor.set({ ...CORRIDOR, basis: 'PER_REP_MONTH' });
    });
    expect(text(fromCorridor)).toContain('Judged: €21.4K per rep');
    const onValue = await opened((host) => {
      host.unit.set('RATE');
      host.basis.set('VALUE');
      host.judgedValue.set(0.4);
      host.corridor.set(CORRIDOR);
    });
    expect(text(onValue)).not.toContain('Judged:');
  });

  it('explains a missing judgement when the corridor’s basis finds nothing to judge', async () => {
    const noTarget = await opened((host) => {
      host.status.set('NO_RANGE');
      host.basis.set('SHARE_OF_TARGET');
      host.policyVersion.set(1);
    });
    expect(text(noTarget)).toContain(
      'The corridor judges the share of the target to date, and there is no target here.',
    );
    expect(text(noTarget)).not.toContain('has not set a corridor');
  });

  it('gives no n for a count too small to judge: its n is the value itself', async () => {
    const popover = await opened((host) => {
      host.status.set('INSUFFICIENT_DATA');
      host.sampleSize.set(3);
      host.kpi.set('WON_DEALS');
      host.corridor.set(CORRIDOR);
    });
    expect(text(popover)).toContain('The corridor judges a count from 5 on.');
    expect(text(popover)).not.toContain('n = 3');
  });

  it('opens on keyboard focus and on hover, closes on Escape, blur and when the pointer leaves', async () => {
    const { fixture, element, trigger, popover, elsewhere } = await render((host) => host.corridor.set(CORRIDOR));
    expect(popover()).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');

    tabTo(trigger);
    await fixture.whenStable();
    expect(popover()).not.toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('true');

    escape(trigger);
    await fixture.whenStable();
    expect(popover()).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);

    pointer('mouseenter', element);
    await fixture.whenStable();
    expect(popover()).not.toBeNull();
    pointer('mouseleave', element);
    await fixture.whenStable();
    expect(popover()).toBeNull();

    // Still focused after Escape: Tab away and back opens it again, and leaving closes it.
    tabTo(elsewhere);
    tabTo(trigger);
    await fixture.whenStable();
    expect(popover()).not.toBeNull();
    tabTo(elsewhere);
    await fixture.whenStable();
    expect(popover()).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on a programmatic focus too, but not on the focus a click gives the button', async () => {
    const { fixture, trigger, popover, elsewhere } = await render();
    clickFocus(trigger);
    await fixture.whenStable();
    expect(document.activeElement).toBe(trigger);
    expect(popover()).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');

    elsewhere.focus();
    await interactionForgotten();
    trigger.focus();
    await fixture.whenStable();
    expect(popover()).not.toBeNull();
  });

  it('stays open while the pointer moves from the badge onto the popover and back, and until it leaves both', async () => {
    const { fixture, element, trigger, popover, elsewhere } = await render((host) => host.corridor.set(CORRIDOR));
    pointer('mouseenter', element);
    await fixture.whenStable();
    const frame = popover()?.parentElement as HTMLElement;
    pointer('mouseleave', trigger, frame);
    pointer('mouseenter', frame, trigger);
    await fixture.whenStable();
    expect(popover()).not.toBeNull();

    // Clicking into the popover takes the focus from the button: still open while pointed at.
    clickFocus(trigger);
    elsewhere.focus();
    await fixture.whenStable();
    expect(popover()).not.toBeNull();

    pointer('mouseleave', frame, trigger);
    await fixture.whenStable();
    expect(popover()).not.toBeNull();
    pointer('mouseleave', frame, elsewhere);
    pointer('mouseleave', element, elsewhere);
    await fixture.whenStable();
    expect(popover()).toBeNull();
  });

  it('closes on Escape wherever the focus is, as a popover opened by hovering must', async () => {
    const { fixture, element, popover, elsewhere } = await render();
    elsewhere.focus();
    pointer('mouseenter', element);
    await fixture.whenStable();
    expect(popover()).not.toBeNull();
    escape(elsewhere);
    await fixture.whenStable();
    expect(popover()).toBeNull();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('opens in the overlay container where the browser has no popover API, hoverable all the same', async () => {
    const showPopover = HTMLElement.prototype.showPopover;
    Reflect.deleteProperty(HTMLElement.prototype, 'showPopover');
    try {
      const { fixture, element, popover } = await render();
      pointer('mouseenter', element);
      await fixture.whenStable();
      expect(popover()).toBeNull();
      const outside = document.querySelector<HTMLElement>('.cdk-overlay-container [role=tooltip]');
      expect(text(outside)).toContain('Inside the acceptable corridor.');
      const frame = outside?.parentElement as HTMLElement;
      // Away from the badge, the popover keeps the status's colour for its first line.
      expect(frame.style.getPropertyValue('--sd-status-fg')).toBe(STATUS_COLORS.ACCEPTABLE.text);
      pointer('mouseleave', element, frame);
      pointer('mouseenter', frame, element);
      await fixture.whenStable();
      expect(document.querySelector('.cdk-overlay-container [role=tooltip]')).not.toBeNull();
      pointer('mouseleave', frame, document.body);
      await fixture.whenStable();
      expect(document.querySelector('.cdk-overlay-container [role=tooltip]')).toBeNull();
    } finally {
      HTMLElement.prototype.showPopover = showPopover;
    }
  });

  it('follows a scroll of its table frame, and closes once the badge has scrolled out of it', async () => {
    const fixture = TestBed.createComponent(FramedHost);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const frame = root.querySelector('.frame') as HTMLElement;
    const trigger = root.querySelector('sd-kpi-status button') as HTMLButtonElement;
    const viewport = { clientWidth: 1000, clientHeight: 800 };
    for (const [name, value] of Object.entries(viewport)) {
      Object.defineProperty(document.documentElement, name, { configurable: true, value });
    }
    try {
      frame.getBoundingClientRect = () => new DOMRect(0, 0, 400, 300);
      let left = 100;
      trigger.getBoundingClientRect = () => new DOMRect(left, 100, 80, 24);
      tabTo(trigger);
      await fixture.whenStable();
      const pane = root.querySelector('.cdk-overlay-pane') as HTMLElement;
      expect(pane.style.left).toBe('100px');

      left = 40;
      frame.dispatchEvent(new Event('scroll'));
      await fixture.whenStable();
      expect(pane.style.left).toBe('40px');
      expect(root.querySelector('[role=tooltip]')).not.toBeNull();

      left = -120;
      frame.dispatchEvent(new Event('scroll'));
      await fixture.whenStable();
      expect(root.querySelector('[role=tooltip]')).toBeNull();
      expect(trigger.getAttribute('aria-expanded')).toBe('false');
    } finally {
      for (const name of Object.keys(viewport)) {
        Reflect.deleteProperty(document.documentElement, name);
      }
    }
  });

  it('shows a judgement as too early to judge while the pace is too early to tell, the judgement so far inside', async () => {
    const { element, trigger, popover, fixture } = await render((host) => {
      host.status.set('UNACCEPTABLE');
      host.pace.set('TOO_EARLY');
    });
    expect(element.getAttribute('data-status')).toBe('UNACCEPTABLE');
    expect(element.getAttribute('data-too-early')).toBe('true');
    expect(text(trigger)).toBe('Too early to judge');
    expect(element.style.getPropertyValue('--sd-status-fg')).toBe(STATUS_COLORS.NO_RANGE.text);
    tabTo(trigger);
    await fixture.whenStable();
    expect(text(popover())).toContain(
      'Less than a fifth of the period has passed, so it is too early to judge. So far: Unacceptable.',
    );
  });

  it('keeps an unjudged status and any status with another pace as it is', async () => {
    const noData = await render((host) => {
      host.status.set('NO_DATA');
      host.pace.set('TOO_EARLY');
    });
    expect(text(noData.trigger)).toBe('No data');
    TestBed.resetTestingModule();
    const behind = await render((host) => {
      host.status.set('UNACCEPTABLE');
      host.pace.set('AT_RISK');
    });
    expect(text(behind.trigger)).toBe('Unacceptable');
    expect(behind.element.getAttribute('data-too-early')).toBeNull();
  });
});
