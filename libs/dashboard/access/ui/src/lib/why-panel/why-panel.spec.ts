import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type AccessView, scopeInWords, WhyPanel } from './why-panel';

const REP_ACCESS: AccessView = {
  role: 'SALES_REP',
  scope: { type: 'REP', label: 'Your own deals (Robin Rep)' },
  kpis: [
    { kpi: 'WON_VOLUME', grantedBy: 'Responsibility of SALES_REP: Won volume' },
    { kpi: 'QUOTA_ATTAINMENT', grantedBy: 'Responsibility of SALES_REP: Quota attainment' },
  ],
};

@Component({
  imports: [WhyPanel],
  template: `<sd-why-panel [access]="access()" [failed]="failed()" [kpiNames]="names" />`,
})
class Host {
  readonly access = signal<AccessView | null>(REP_ACCESS);
  readonly failed = signal(false);
  readonly names = new Map([['WON_VOLUME', 'Won volume']]);
}

async function render() {
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const toggle = element.querySelector('[data-testid=why-toggle]') as HTMLButtonElement;
  const panel = element.querySelector('[data-testid=why-panel]') as HTMLElement;
  return { fixture, element, toggle, panel };
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('WhyPanel', () => {
  it('is a closed disclosure until the button is pressed', async () => {
    const { toggle, panel } = await render();
    expect(text(toggle)).toBe('Why am I seeing this?');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);
  });

  it('names the role, the scope in words and the responsibility behind each KPI', async () => {
    const { fixture, toggle, panel, element } = await render();
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(document.activeElement).toBe(panel);
    expect(panel.getAttribute('aria-labelledby')).toBe(element.querySelector('h2')?.id);
    expect(text(element.querySelector('[data-testid=why-role]'))).toBe('Sales rep');
    expect(text(element.querySelector('[data-testid=why-scope]'))).toBe('Your own deals');
    const rows = [...panel.querySelectorAll('tbody tr')].map((row) => [
      text(row.querySelector('th')),
      text(row.querySelector('td')),
    ]);
    expect(rows).toEqual([
      ['Won volume', 'Responsibility of SALES_REP: Won volume'],
      ['QUOTA_ATTAINMENT', 'Responsibility of SALES_REP: Quota attainment'],
    ]);
  });

  it('closes with Escape and gives focus back to the button', async () => {
    const { fixture, toggle, panel } = await render();
    toggle.click();
    await fixture.whenStable();
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(panel.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('says when the access is loading or could not be loaded', async () => {
    const { fixture, toggle, panel } = await render();
    fixture.componentInstance.access.set(null);
    toggle.click();
    await fixture.whenStable();
    expect(text(panel.querySelector('[role=status]'))).toBe('Loading your access…');
    fixture.componentInstance.failed.set(true);
    await fixture.whenStable();
    expect(text(panel.querySelector('[role=alert]'))).toContain('could not be loaded');
  });
});

describe('scopeInWords', () => {
  it('words the scope types; teams and regions keep the API label that names them', () => {
    expect(scopeInWords({ type: 'COMPANY', label: 'Company' })).toBe('The whole company');
    expect(scopeInWords({ type: 'REP', label: 'x' })).toBe('Your own deals');
    expect(scopeInWords({ type: 'TEAM', label: 'Teams you manage: North 1' })).toBe('Teams you manage: North 1');
  });
});
