import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type AccessView, responsibilityGroups, scopeInWords, WhyPanel } from './why-panel';

const REP_ACCESS: AccessView = {
  role: 'SALES_REP',
  scope: { type: 'REP', label: 'Your own deals (Robin Rep)' },
  kpis: [
    { kpi: 'WON_VOLUME', grantedBy: 'Responsibility of SALES_REP: Won volume' },
    { kpi: 'QUOTA_ATTAINMENT', grantedBy: 'Responsibility of SALES_REP: Quota attainment' },
    { kpi: 'NOT_A_KPI', grantedBy: 'Responsibility of SALES_REP: NOT_A_KPI' },
  ],
};

@Component({
  imports: [WhyPanel],
  template: `<sd-why-panel [access]="access()" [failed]="failed()" />`,
})
class Host {
  readonly access = signal<AccessView | null>(REP_ACCESS);
  readonly failed = signal(false);
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

  it('names the role, the scope in words and the KPIs grouped by the responsibility that grants them', async () => {
    const { fixture, toggle, panel, element } = await render();
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(document.activeElement).toBe(panel);
    expect(panel.getAttribute('aria-labelledby')).toBe(element.querySelector('h2')?.id);
    expect(text(element.querySelector('[data-testid=why-role]'))).toBe('Sales rep');
    expect(text(element.querySelector('[data-testid=why-scope]'))).toBe('Your own deals');
    const grants = panel.querySelector('[data-testid=why-grants]') as HTMLElement;
    expect(text(grants.querySelector('h3'))).toBe('The KPIs you see');
    expect(grants.getAttribute('aria-labelledby')).toBe(grants.querySelector('h3')?.id);
    // One sentence for the responsibility, then its KPIs as a list (the API's order, the catalogue's names).
    expect([...grants.querySelectorAll('.grant')].map(text)).toEqual(['As Sales rep you are responsible for:']);
    expect([...grants.querySelectorAll('ul li')].map(text)).toEqual(['Won volume', 'Quota attainment', 'NOT_A_KPI']);
    expect(text(grants)).not.toContain('Responsibility of SALES_REP');
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

describe('responsibilityGroups', () => {
  it('puts every visible KPI under the responsibility of the role that grants it', () => {
    const access: AccessView = {
      role: 'MARKETING',
      scope: { type: 'COMPANY', label: 'The whole company' },
      kpis: [
        { kpi: 'NEW_LEADS', grantedBy: 'The responsibility matrix gives the role Marketing the KPI New leads' },
        { kpi: 'WIN_RATE', grantedBy: 'The responsibility matrix gives the role Marketing the KPI Win rate' },
      ],
    };
    expect(responsibilityGroups(access)).toEqual([
      {
        role: 'MARKETING',
        sentence: 'As Marketing you are responsible for:',
        kpis: [
          { code: 'NEW_LEADS', name: 'New leads' },
          { code: 'WIN_RATE', name: 'Win rate' },
        ],
      },
    ]);
  });

  it('has no group without a visible KPI', () => {
    expect(responsibilityGroups({ ...REP_ACCESS, kpis: [] })).toEqual([]);
  });
});

describe('scopeInWords', () => {
  it('words the scope types; teams and regions keep the API label that names them', () => {
    expect(scopeInWords({ type: 'COMPANY', label: 'Company' })).toBe('The whole company');
    expect(scopeInWords({ type: 'REP', label: 'x' })).toBe('Your own deals');
    expect(scopeInWords({ type: 'TEAM', label: 'Teams you manage: North 1' })).toBe('Teams you manage: North 1');
  });
});
