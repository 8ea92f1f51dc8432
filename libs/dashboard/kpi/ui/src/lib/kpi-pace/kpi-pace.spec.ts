import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { contrastRatio, PACE_COLORS } from '@salesdash/dashboard/shared/ui-charts';
import { type Pace, PACES } from '@salesdash/shared/domain';
import { KpiPaceBadge } from './kpi-pace';

@Component({
  imports: [KpiPaceBadge],
  template: `<sd-kpi-pace [pace]="pace()" />`,
})
class Host {
  readonly pace = signal<Pace | null>('ON_TRACK');
}

async function render(pace: Pace | null): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.pace.set(pace);
  await fixture.whenStable();
  return fixture.nativeElement.querySelector('sd-kpi-pace') as HTMLElement;
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const LABELS: Record<Pace, string> = {
  ON_TRACK: 'On track',
  BEHIND: 'Behind',
  AT_RISK: 'At risk',
  TOO_EARLY: 'Too early to tell',
};

describe('KpiPaceBadge', () => {
  it.each(PACES)('shows %s as text and a decorative icon, in its colour', async (pace) => {
    const element = await render(pace);
    expect(element.getAttribute('data-pace')).toBe(pace);
    expect(text(element.querySelector('.label'))).toBe(LABELS[pace]);
    // Screen readers hear what the badge is about, so "Behind" is not taken for a status.
    expect(text(element)).toBe(`Pace: ${LABELS[pace]}`);
    expect(element.querySelector('.visually-hidden')).not.toBeNull();
    expect(element.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(element.style.getPropertyValue('--sd-pace-fg')).toBe(PACE_COLORS[pace].text);
    expect(contrastRatio(PACE_COLORS[pace].text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each pace its own icon and explains it on hover', async () => {
    const shapes = new Set<string>();
    for (const pace of PACES) {
      const element = await render(pace);
      shapes.add(element.querySelector('path')?.getAttribute('d') ?? '');
      expect(element.querySelector('.pace')?.getAttribute('title')).toMatch(/target to date|period/);
    }
    expect(shapes.size).toBe(PACES.length);
  });

  it('renders nothing without a pace', async () => {
    const element = await render(null);
    expect(element.children).toHaveLength(0);
    expect(text(element)).toBe('');
    expect(element.hasAttribute('data-pace')).toBe(false);
  });
});
