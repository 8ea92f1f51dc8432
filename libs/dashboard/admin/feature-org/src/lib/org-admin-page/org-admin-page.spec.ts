import { TestBed } from '@angular/core/testing';
import { OrgAdminApi } from '../data/org-admin-api';
import { FakeOrgAdminApi, text } from '../testing.fixtures';
import { OrgAdminPage, tabAfterKey } from './org-admin-page';

describe('tabAfterKey', () => {
  it.each([
    ['users', 'ArrowRight', 'teams'],
    ['regions', 'ArrowRight', 'users'],
    ['users', 'ArrowLeft', 'regions'],
    ['teams', 'Home', 'users'],
    ['users', 'End', 'regions'],
    ['teams', 'Enter', null],
  ] as const)('moves from %s on %s to %s', (from, key, to) => {
    expect(tabAfterKey(from, key)).toBe(to);
  });
});

describe('OrgAdminPage', () => {
  async function render() {
    const api = new FakeOrgAdminApi();
    TestBed.configureTestingModule({ providers: [{ provide: OrgAdminApi, useValue: api }] });
    const fixture = TestBed.createComponent(OrgAdminPage);
    await fixture.whenStable();
    return { api, fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the users tab first, as an accessible tablist with one tab stop', async () => {
    const { element } = await render();
    expect(text(element.querySelector('h1'))).toBe('Organisation');
    const tabs = [...element.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    expect(tabs.map(text)).toEqual(['Users', 'Teams', 'Regions']);
    expect(tabs.map((tab) => [tab.getAttribute('aria-selected'), tab.tabIndex])).toEqual([
      ['true', 0],
      ['false', -1],
      ['false', -1],
    ]);
    const panel = element.querySelector<HTMLElement>(`#${tabs[0].getAttribute('aria-controls')}`);
    expect(panel?.getAttribute('role')).toBe('tabpanel');
    expect(panel?.getAttribute('aria-labelledby')).toBe(tabs[0].id);
    expect(panel?.querySelector('sd-users-panel')).not.toBeNull();
  });

  it('moves between tabs with the arrow keys, loading a tab only when shown', async () => {
    const { api, fixture, element } = await render();
    expect(api.callsOf('regions')).toEqual([]);
    element.querySelector('#org-tab-users')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await fixture.whenStable();
    const regions = element.querySelector<HTMLButtonElement>('#org-tab-regions');
    expect(regions?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(regions);
    expect(element.querySelector('sd-regions-panel')).not.toBeNull();
    expect(element.querySelector('sd-users-panel')).toBeNull();
    expect(api.callsOf('regions')).toHaveLength(1);

    regions?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('org-tab-teams');
    expect(element.querySelector('sd-teams-panel')).not.toBeNull();
  });

  it('switches tabs on click', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('#org-tab-teams')?.click();
    await fixture.whenStable();
    expect(element.querySelector('#org-panel-teams')?.hasAttribute('hidden')).toBe(false);
    expect(element.querySelector('#org-panel-users')?.hasAttribute('hidden')).toBe(true);
  });
});
