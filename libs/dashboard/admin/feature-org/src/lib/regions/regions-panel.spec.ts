import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { OrgAdminApi } from '../data/org-admin-api';
import { FakeOrgAdminApi, text } from '../testing.fixtures';
import { RegionsPanel } from './regions-panel';

async function render(api = new FakeOrgAdminApi()) {
  TestBed.configureTestingModule({ providers: [{ provide: OrgAdminApi, useValue: api }] });
  const fixture = TestBed.createComponent(RegionsPanel);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (selector: string) => {
    element.querySelector<HTMLElement>(selector)?.click();
    await fixture.whenStable();
  };
  const type = async (selector: string, value: string) => {
    const field = element.querySelector<HTMLInputElement>(selector);
    if (!field) {
      throw new Error(`nothing matches ${selector}`);
    }
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  return { api, element, click, type };
}

describe('RegionsPanel', () => {
  it('lists the regions with their team counts', async () => {
    const { element } = await render();
    const rows = [...element.querySelectorAll('tbody tr')];
    expect(rows.map((row) => [...row.querySelectorAll('th, td:not(.actions)')].map(text))).toEqual([
      ['North', 'R-NORTH', '1'],
      ['South', 'R-SOUTH', '0'],
    ]);
  });

  it('says when there are no regions yet', async () => {
    const api = new FakeOrgAdminApi();
    api.regions = () => of([]);
    const { element } = await render(api);
    expect(text(element.querySelector('[data-testid=regions-empty]'))).toBe('There are no regions yet.');
  });

  it('creates a region, marking each field the API refused', async () => {
    const { api, element, click, type } = await render();
    await click('[data-testid=new-region]');
    await type('[data-testid=region-form] input[name=id]', 'R EAST');
    await type('[data-testid=region-form] input[name=name]', '');
    api.failNext = {
      code: 'BAD_USER_INPUT',
      message: '…',
      field: 'input.id',
      issues: [
        { field: 'input.id', message: 'must be 1–64 letters, digits or . _ : - starting with a letter or digit' },
        { field: 'input.name', message: 'must not be empty' },
      ],
    };
    await click('[data-testid=region-form] button[type=submit]');
    const invalid = [...element.querySelectorAll('[data-testid=region-form] [aria-invalid=true]')];
    expect(invalid.map((field) => field.getAttribute('name'))).toEqual(['id', 'name']);
    expect(document.activeElement?.getAttribute('name')).toBe('id');
    await type('[data-testid=region-form] input[name=id]', 'R-EAST');
    await type('[data-testid=region-form] input[name=name]', 'East');
    await click('[data-testid=region-form] button[type=submit]');
    expect(api.callsOf('createRegion').at(-1)).toEqual([{ id: 'R-EAST', name: 'East' }]);
    expect(text(element.querySelector('[data-testid=regions-notice]'))).toBe('East saved.');
  });

  it('renames a region keeping its id, and deletes one after confirmation', async () => {
    const { api, element, click, type } = await render();
    await click('tr[data-region=R-SOUTH] .action');
    expect(element.querySelector<HTMLInputElement>('[data-testid=region-form] input[name=id]')?.readOnly).toBe(true);
    await type('[data-testid=region-form] input[name=name]', 'Deep South');
    await click('[data-testid=region-form] button[type=submit]');
    expect(api.callsOf('renameRegion')).toEqual([[{ id: 'R-SOUTH', name: 'Deep South' }]]);

    await click('tr[data-region=R-SOUTH] .action:nth-of-type(2)');
    await click('[data-testid=confirm-panel] button[type=submit]');
    expect(api.callsOf('deleteRegion')).toEqual([['R-SOUTH']]);
    expect(text(element.querySelector('[data-testid=regions-notice]'))).toBe('South deleted.');
  });
});
