import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { OrgAdminApi } from '../data/org-admin-api';
import { FakeOrgAdminApi, MIA, text, user } from '../testing.fixtures';
import { TeamsPanel } from './teams-panel';

async function render(api = new FakeOrgAdminApi()) {
  TestBed.configureTestingModule({ providers: [{ provide: OrgAdminApi, useValue: api }] });
  const fixture = TestBed.createComponent(TeamsPanel);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (selector: string) => {
    element.querySelector<HTMLElement>(selector)?.click();
    await fixture.whenStable();
  };
  const choose = async (selector: string, value: string, eventName = 'change') => {
    const field = element.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (!field) {
      throw new Error(`nothing matches ${selector}`);
    }
    field.value = value;
    field.dispatchEvent(new Event(eventName));
    await fixture.whenStable();
  };
  return { api, element, click, choose };
}

describe('TeamsPanel', () => {
  it('lists the teams with region, manager and members', async () => {
    const { element } = await render();
    const cells = [...element.querySelectorAll('tr[data-team=T-N1] th, tr[data-team=T-N1] td')].map(text);
    expect(cells.slice(0, 4)).toEqual(['North 1 T-N1', 'North', 'Mia Manager', '1']);
  });

  it('offers only active sales managers as a team’s manager, asked of the API', async () => {
    const api = new FakeOrgAdminApi();
    api.answerUsers = () =>
      of({ totalCount: 2, users: [MIA, user('U-MEL', { displayName: 'Mel', role: 'SALES_MANAGER' })] });
    const { element, click } = await render(api);
    expect(api.callsOf('users')).toEqual([[{ role: 'SALES_MANAGER', active: true }, 500]]);
    await click('[data-testid=new-team]');
    const options = [...element.querySelectorAll('[data-testid=team-form] select[name=managerUserId] option')].map(
      text,
    );
    expect(options).toEqual(['No manager', 'Mia Manager', 'Mel']);
    const regions = [...element.querySelectorAll('[data-testid=team-form] select[name=regionId] option')].map(text);
    expect(regions).toEqual(['Choose a region', 'North', 'South']);
  });

  it('creates a team and shows a refused manager beside the manager field', async () => {
    const { api, element, click, choose } = await render();
    await click('[data-testid=new-team]');
    await choose('[data-testid=team-form] input[name=id]', 'T-S1', 'input');
    await choose('[data-testid=team-form] input[name=name]', 'South 1', 'input');
    await choose('[data-testid=team-form] select[name=regionId]', 'R-SOUTH');
    await choose('[data-testid=team-form] select[name=managerUserId]', 'U-MIA');
    api.failNext = {
      code: 'BAD_USER_INPUT',
      message: "input.managerUserId: Mia Manager is deactivated; a team's manager must be active",
      field: 'input.managerUserId',
      issues: [
        { field: 'input.managerUserId', message: "Mia Manager is deactivated; a team's manager must be active" },
      ],
    };
    await click('[data-testid=team-form] button[type=submit]');
    const manager = element.querySelector('[data-testid=team-form] select[name=managerUserId]');
    expect(manager?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(manager);
    expect(text(element.querySelector('[data-testid=team-form] .field-error'))).toBe(
      "Mia Manager is deactivated; a team's manager must be active",
    );
    await click('[data-testid=team-form] button[type=submit]');
    expect(api.callsOf('createTeam').at(-1)).toEqual([
      { id: 'T-S1', name: 'South 1', regionId: 'R-SOUTH', managerUserId: 'U-MIA' },
    ]);
    expect(text(element.querySelector('[data-testid=teams-notice]'))).toBe('South 1 saved.');
  });

  it('edits a team, a manager can be removed', async () => {
    const { api, click, choose } = await render();
    await click('tr[data-team=T-N1] .action');
    await choose('[data-testid=team-form] select[name=managerUserId]', '');
    await click('[data-testid=team-form] button[type=submit]');
    expect(api.callsOf('updateTeam')).toEqual([
      [{ id: 'T-N1', name: 'North 1', regionId: 'R-NORTH', managerUserId: null }],
    ]);
  });

  it('deletes only after confirmation and says why the API refused', async () => {
    const { api, element, click } = await render();
    expect(element.querySelector('tr[data-team=T-N1] .action:nth-of-type(2)')?.getAttribute('aria-label')).toBe(
      'Delete: North 1',
    );
    await click('tr[data-team=T-N1] .action:nth-of-type(2)');
    expect(api.callsOf('deleteTeam')).toEqual([]);
    api.failNext = {
      code: 'CONFLICT',
      message: "id: team 'North 1' still has 1 member(s): move them to another team first",
      field: 'id',
      issues: [{ field: 'id', message: "team 'North 1' still has 1 member(s): move them to another team first" }],
    };
    await click('[data-testid=confirm-panel] button[type=submit]');
    expect(api.callsOf('deleteTeam')).toEqual([['T-N1']]);
    expect(text(element.querySelector('[data-testid=confirm-error]'))).toBe(
      "team 'North 1' still has 1 member(s): move them to another team first",
    );
  });
});
