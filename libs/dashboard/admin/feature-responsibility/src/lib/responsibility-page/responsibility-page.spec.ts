import { TestBed } from '@angular/core/testing';
import type { Role } from '@salesdash/shared/domain';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { ResponsibilityApi, type ResponsibilityError } from '../data-access/responsibility-api.service';
import type { ResponsibilityChangeDto, ResponsibilityMatrixDto } from '../data-access/responsibility.models';
import type { ResponsibilityChangeInput } from '../generated/graphql';
import { change, matrixOf } from '../testing.fixtures';
import { ResponsibilityPage } from './responsibility-page';

const MARKETING_KPIS = ['NEW_LEADS', 'CSAT'];
const MATRIX = matrixOf((role, kpi) => role === 'MARKETING' && MARKETING_KPIS.includes(kpi), [change()]);

class FakeResponsibilityApi {
  matrixCalls = 0;
  historyCalls = 0;
  readonly updates: { changes: readonly ResponsibilityChangeInput[]; reason: string }[] = [];
  matrixAnswer: () => Observable<ResponsibilityMatrixDto> = () => of(MATRIX);
  historyAnswer: () => Observable<readonly ResponsibilityChangeDto[]> = () => of([change()]);
  updateAnswer: () => Observable<ResponsibilityMatrixDto> = () => of(MATRIX);

  matrix = () => {
    this.matrixCalls++;
    return this.matrixAnswer();
  };
  history = () => {
    this.historyCalls++;
    return this.historyAnswer();
  };
  update = (changes: readonly ResponsibilityChangeInput[], reason: string) => {
    this.updates.push({ changes, reason });
    return this.updateAnswer();
  };
}

async function render(api = new FakeResponsibilityApi()) {
  TestBed.configureTestingModule({ providers: [{ provide: ResponsibilityApi, useValue: api }] });
  const fixture = TestBed.createComponent(ResponsibilityPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { api, fixture, element, stable: () => fixture.whenStable() };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function checkbox(element: HTMLElement, role: Role, kpi: string): HTMLInputElement {
  const input = element.querySelector<HTMLInputElement>(`tr[data-kpi=${kpi}] td[data-role=${role}] input`);
  if (!input) {
    throw new Error(`no checkbox ${role}:${kpi}`);
  }
  return input;
}

function button(element: HTMLElement, label: string): HTMLButtonElement {
  const found = [...element.querySelectorAll('button')].find((b) => text(b) === label);
  if (!found) {
    throw new Error(`no button ${label}`);
  }
  return found;
}

function typeReason(element: HTMLElement, value: string): void {
  const reason = element.querySelector('textarea') as HTMLTextAreaElement;
  reason.value = value;
  reason.dispatchEvent(new Event('input'));
}

describe('ResponsibilityPage', () => {
  it('shows a loading state until the matrix is there', async () => {
    const api = new FakeResponsibilityApi();
    const pending = new Subject<ResponsibilityMatrixDto>();
    api.matrixAnswer = () => pending;
    const { element, stable } = await render(api);
    expect(element.querySelector('[data-testid=responsibility-loading]')).not.toBeNull();
    expect(text(element.querySelector('[role=status]'))).toBe('Loading…');
    pending.next(MATRIX);
    await stable();
    expect(element.querySelector('[data-testid=responsibility-loading]')).toBeNull();
    expect(element.querySelector('[data-testid=responsibility-grid]')).not.toBeNull();
  });

  it('shows KPIs by journey stage against roles, each box labelled, the ADMIN column fixed', async () => {
    const { element } = await render();
    expect(text(element.querySelector('h1'))).toBe('Responsibility matrix');
    expect([...element.querySelectorAll('[data-testid=responsibility-grid] thead th')].map(text)).toEqual([
      'KPI',
      'Administrator fixed',
      'Management',
      'Controlling',
      'Marketing',
      'Sales manager',
      'Sales rep',
    ]);
    expect([...element.querySelectorAll('.stage-row th')].map(text)).toEqual([
      'Suspect',
      'Prospect',
      'Opportunity',
      'Won',
      'Onboarded',
      'Paid out',
      'Customer voice & activity',
    ]);
    const csat = checkbox(element, 'MARKETING', 'CSAT');
    expect(csat.checked).toBe(true);
    expect(text(csat.closest('label'))).toBe('Marketing sees Customer satisfaction');
    expect(checkbox(element, 'MARKETING', 'WIN_RATE').checked).toBe(false);
    // The ADMIN column is no control at all: it always holds every KPI.
    expect(element.querySelectorAll('td[data-role=ADMIN] input')).toHaveLength(0);
    expect(element.querySelectorAll('td[data-role=ADMIN] [data-testid=fixed-cell]')).toHaveLength(18);
    expect(text(element.querySelector('tr[data-kpi=WIN_RATE] td[data-role=ADMIN]'))).toBe(
      '✓Administrator always sees Win rate',
    );
    expect(csat.closest('td')?.getAttribute('title')).toBe(
      'Last change: Revoked Customer satisfaction from Marketing by Claire Dubois on Mar 5, 2026, 2:30 PM UTC. Reason: Customer service owns CSAT now',
    );
  });

  it('says the last change of a cell without a reason part when it was recorded without one', async () => {
    const api = new FakeResponsibilityApi();
    api.matrixAnswer = () =>
      of(matrixOf((role, kpi) => role === 'MARKETING' && kpi === 'CSAT', [change({ reason: null })]));
    const { element } = await render(api);
    expect(checkbox(element, 'MARKETING', 'CSAT').closest('td')?.getAttribute('title')).toBe(
      'Last change: Revoked Customer satisfaction from Marketing by Claire Dubois on Mar 5, 2026, 2:30 PM UTC.',
    );
  });

  it('highlights and counts pending changes; Discard forgets them', async () => {
    const { element, stable } = await render();
    const save = button(element, 'Save changes');
    expect(text(element.querySelector('[data-testid=pending-count]'))).toBe('No pending changes.');
    expect(save.disabled).toBe(true);

    checkbox(element, 'MARKETING', 'CSAT').click();
    checkbox(element, 'SALES_REP', 'DEFAULT_RATE').click();
    await stable();
    expect(text(element.querySelector('[data-testid=pending-count]'))).toBe('2 pending changes.');
    const cell = checkbox(element, 'MARKETING', 'CSAT').closest('td');
    expect(cell?.classList).toContain('pending');
    expect(text(cell)).toContain('(changed, not saved yet)');
    expect(save.disabled).toBe(false);

    checkbox(element, 'SALES_REP', 'DEFAULT_RATE').click();
    await stable();
    expect(text(element.querySelector('[data-testid=pending-count]'))).toBe('1 pending change.');

    button(element, 'Discard').click();
    await stable();
    expect(text(element.querySelector('[data-testid=pending-count]'))).toBe('No pending changes.');
    expect(checkbox(element, 'MARKETING', 'CSAT').checked).toBe(true);
    expect(element.querySelectorAll('td.pending')).toHaveLength(0);
  });

  it('asks for a reason before saving, at the field', async () => {
    const { api, element, stable } = await render();
    checkbox(element, 'MARKETING', 'CSAT').click();
    typeReason(element, '   ');
    await stable();
    button(element, 'Save changes').click();
    await stable();
    expect(api.updates).toEqual([]);
    const reason = element.querySelector('textarea') as HTMLTextAreaElement;
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(text(element.querySelector('[data-testid=reason-error]'))).toBe(
      'Give a reason: it is kept in the audit log with the change.',
    );
    expect(reason.getAttribute('aria-describedby')).toContain('responsibility-reason-error');
    expect(document.activeElement).toBe(reason);
  });

  it('saves the pending changes with the reason, then shows the new matrix and history', async () => {
    const api = new FakeResponsibilityApi();
    const after = matrixOf((role, kpi) => role === 'MARKETING' && kpi === 'NEW_LEADS');
    api.updateAnswer = () => of(after);
    const { element, stable } = await render(api);
    checkbox(element, 'MARKETING', 'CSAT').click();
    typeReason(element, '  Customer service owns CSAT now ');
    await stable();
    button(element, 'Save changes').click();
    await stable();
    expect(api.updates).toEqual([
      { changes: [{ role: 'MARKETING', kpi: 'CSAT', granted: false }], reason: 'Customer service owns CSAT now' },
    ]);
    expect(text(element.querySelector('[data-testid=save-done]'))).toBe('Saved: the change applies to every user now.');
    expect(checkbox(element, 'MARKETING', 'CSAT').checked).toBe(false);
    expect(element.querySelectorAll('td.pending')).toHaveLength(0);
    expect((element.querySelector('textarea') as HTMLTextAreaElement).value).toBe('');
    expect(api.historyCalls).toBe(2);
  });

  it('shows the API’s refusal at the cells and the reason, keeping the pending changes', async () => {
    const api = new FakeResponsibilityApi();
    const refusal: ResponsibilityError = {
      code: 'BAD_USER_INPUT',
      message: 'refused',
      field: 'changes[0].granted',
      issues: [
        {
          field: 'changes[0].granted',
          message: 'MARKETING already does not see CSAT, so this changes nothing; reload the matrix',
        },
      ],
    };
    api.updateAnswer = () => throwError(() => refusal);
    const { element, stable } = await render(api);
    checkbox(element, 'MARKETING', 'CSAT').click();
    typeReason(element, 'Stale');
    await stable();
    button(element, 'Save changes').click();
    await stable();
    const problems = element.querySelector('[data-testid=save-problems]');
    expect(problems?.getAttribute('role')).toBe('alert');
    expect(text(problems)).toContain(
      'Marketing – Customer satisfaction: MARKETING already does not see CSAT, so this changes nothing',
    );
    const input = checkbox(element, 'MARKETING', 'CSAT');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('save-problems');
    expect(input.closest('td')?.classList).toContain('pending');
    expect(document.activeElement).toBe(problems);
  });

  it('says why the save failed when it was not the input', async () => {
    const api = new FakeResponsibilityApi();
    api.updateAnswer = () => throwError(() => ({ code: 'NETWORK', message: 'offline', issues: [] }));
    const { element, stable } = await render(api);
    checkbox(element, 'MARKETING', 'CSAT').click();
    typeReason(element, 'Because');
    await stable();
    button(element, 'Save changes').click();
    await stable();
    expect(text(element.querySelector('[data-testid=save-failed]'))).toBe(
      'The server cannot be reached. Your changes are kept; try again.',
    );
    expect(text(element.querySelector('[data-testid=pending-count]'))).toBe('1 pending change.');
  });

  it('says FORBIDDEN plainly and offers to try again', async () => {
    const api = new FakeResponsibilityApi();
    api.matrixAnswer = () => throwError(() => ({ code: 'FORBIDDEN', message: 'No', issues: [] }));
    const { element, stable } = await render(api);
    expect(text(element.querySelector('[data-testid=responsibility-error]'))).toContain(
      'Only administrators and management may see and change the responsibility matrix.',
    );
    api.matrixAnswer = () => of(MATRIX);
    button(element, 'Try again').click();
    await stable();
    expect(api.matrixCalls).toBe(2);
    expect(element.querySelector('[data-testid=responsibility-grid]')).not.toBeNull();
  });

  it('lists the change history newest first, with who, when, what and why', async () => {
    const api = new FakeResponsibilityApi();
    api.historyAnswer = () =>
      of([
        change({ id: '2', granted: true, kpi: 'WIN_RATE', role: 'SALES_REP', actorName: null, reason: 'Back' }),
        change(),
      ]);
    const { element } = await render(api);
    const rows = [...element.querySelectorAll('[data-testid=history-entry]')].map((row) =>
      [...row.querySelectorAll('td')].map(text),
    );
    expect(rows).toEqual([
      ['Mar 5, 2026, 2:30 PM UTC', 'System', '+ Granted Win rate to Sales rep', 'Back'],
      [
        'Mar 5, 2026, 2:30 PM UTC',
        'Claire Dubois',
        '− Revoked Customer satisfaction from Marketing',
        'Customer service owns CSAT now',
      ],
    ]);
  });

  it('says when there is no history yet, or when it could not be loaded', async () => {
    const empty = new FakeResponsibilityApi();
    empty.historyAnswer = () => of([]);
    expect(text((await render(empty)).element.querySelector('[data-testid=history-empty]'))).toContain(
      'No changes yet',
    );
    TestBed.resetTestingModule();
    const failing = new FakeResponsibilityApi();
    failing.historyAnswer = () => throwError(() => ({ code: 'NETWORK', message: 'offline', issues: [] }));
    expect(text((await render(failing)).element.querySelector('[data-testid=history-error]'))).toBe(
      'The change history could not be loaded.',
    );
  });
});
