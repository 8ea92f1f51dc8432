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

async function render(setUp: (host: Host) => void = () => undefined) {
  const fixture = TestBed.createComponent(Host);
  setUp(fixture.componentInstance);
  await fixture.whenStable();
  const element = fixture.nativeElement.querySelector('sd-kpi-status') as HTMLElement;
  const trigger = element.querySelector('button') as HTMLButtonElement;
  const popover = element.querySelector('[role=tooltip]') as HTMLElement;
  return { fixture, element, trigger, popover };
}

async function opened(setUp: (host: Host) => void): Promise<HTMLElement> {
  const { fixture, trigger, popover } = await render(setUp);
  trigger.focus();
  await fixture.whenStable();
  return popover;
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
    expect(trigger.getAttribute('aria-describedby')).toBe(closed.id);
    expect(text(closed)).toBe('');
    const popover = await opened((host) => host.corridor.set(CORRIDOR));
    expect([...popover.querySelectorAll('p')].map(text)).toEqual([
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
    expect([...none.querySelectorAll('p')].map(text)).toEqual([
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
    expect([...popover.querySelectorAll('p')].map(text)).toEqual([
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

  it('opens on focus and on hover, closes on Escape, blur and when the pointer leaves', async () => {
    const { fixture, element, trigger, popover } = await render((host) => host.corridor.set(CORRIDOR));
    expect(popover.hidden).toBe(true);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');

    trigger.focus();
    await fixture.whenStable();
    expect(popover.hidden).toBe(false);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');

    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(popover.hidden).toBe(true);
    expect(document.activeElement).toBe(trigger);

    element.dispatchEvent(new MouseEvent('mouseenter'));
    await fixture.whenStable();
    expect(popover.hidden).toBe(false);
    element.dispatchEvent(new MouseEvent('mouseleave'));
    await fixture.whenStable();
    expect(popover.hidden).toBe(true);

    trigger.focus();
    trigger.blur();
    (fixture.nativeElement.querySelector('.elsewhere') as HTMLButtonElement).focus();
    await fixture.whenStable();
    expect(popover.hidden).toBe(true);
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
    trigger.focus();
    await fixture.whenStable();
    expect(text(popover)).toContain(
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
