import { TestBed } from '@angular/core/testing';
import { type BusinessModelDto, KpiApi, type KpiDefinitionDto } from '@salesdash/dashboard/kpi/data-access';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { type SaveTargetGridInput, TargetApi, type TargetGridDto } from '../data-access/target-api.service';
import { gridOf } from '../testing.fixtures';
import { TargetsPage } from './targets-page';

// Ben is deactivated (listed while he holds a target in these months).
const GRID = gridOf({
  reps: [
    { scopeType: 'REP', scopeId: 'U-ANA', name: 'Ana Rep', active: true, values: [1000, 2000] },
    { scopeType: 'REP', scopeId: 'U-BEN', name: 'Ben Rep', active: false, values: [null, 500] },
  ],
});

class FakeTargetApi {
  readonly saves: SaveTargetGridInput[] = [];
  gridCalls = 0;
  gridAnswer: () => Observable<TargetGridDto> = () => of(GRID);
  saveAnswer: (input: SaveTargetGridInput) => Observable<{ changedCells: number; grid: TargetGridDto }> = () =>
    of({ changedCells: 1, grid: GRID });
  teams = () => of([{ id: 'T1', name: 'North 1', regionName: 'North' }]);
  grid = () => {
    this.gridCalls++;
    return this.gridAnswer();
  };
  save = (input: SaveTargetGridInput) => {
    this.saves.push(input);
    return this.saveAnswer(input);
  };
}

const CATALOGUE = [
  { code: 'WON_VOLUME', name: 'Won volume' },
  { code: 'WIN_RATE', name: 'Win rate' },
] as KpiDefinitionDto[];
const MODELS = [{ code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' }] as BusinessModelDto[];

const fakeKpiApi = {
  catalogue: () => of(CATALOGUE),
  businessModels: () => of(MODELS),
  valuesByScope: () => of(new Map()),
};

async function render(api = new FakeTargetApi()) {
  TestBed.configureTestingModule({
    providers: [
      { provide: TargetApi, useValue: api },
      { provide: KpiApi, useValue: fakeKpiApi },
    ],
  });
  const fixture = TestBed.createComponent(TargetsPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { api, element, stable: () => fixture.whenStable() };
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function cell(element: HTMLElement, label: string): HTMLInputElement {
  const input = element.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
  if (!input) {
    throw new Error(`no cell ${label}`);
  }
  return input;
}

async function type(input: HTMLInputElement, value: string, stable: () => Promise<unknown>) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await stable();
}

describe('TargetsPage', () => {
  it('shows the grid with the KPIs that take targets, totals and the deactivated rep marked', async () => {
    const { element } = await render();
    expect([...element.querySelectorAll('[data-testid=target-kpi] option')].map(text)).toEqual(['Won volume']);
    expect(text(element.querySelector('#grid-title'))).toBe(
      'Won volume targets of North 1, Consumer loans, Jan 2027 to Feb 2027 (euros, to the cent)',
    );
    expect(cell(element, 'Ana Rep, Feb 2027').value).toBe('2000');
    expect(text(element.querySelector('tr[data-rep=U-BEN] th'))).toContain('(deactivated)');
    expect([...element.querySelectorAll('[data-testid=rep-sum]')].map(text)).toEqual(['€1,000', '€2,500']);
    expect(text(element.querySelector('[data-testid=target-pending]'))).toBe('No changes.');
  });

  it('saves the changed cells with every loaded cell as the base, and locks the choice of grid meanwhile', async () => {
    const { api, element, stable } = await render();
    await type(cell(element, 'Ben Rep, Jan 2027'), '1,250.50', stable);
    expect(text(element.querySelector('[data-testid=target-pending]'))).toBe('1 changed target.');
    expect(element.querySelector<HTMLFieldSetElement>('.chooser-fields')?.disabled).toBe(true);
    (element.querySelector('[data-testid=target-save]') as HTMLButtonElement).click();
    await stable();
    expect(api.saves).toHaveLength(1);
    expect(api.saves[0].changes).toEqual([{ scopeType: 'REP', scopeId: 'U-BEN', month: '2027-01', value: 1250.5 }]);
    expect(api.saves[0].base).toHaveLength(6);
    expect(text(element.querySelector('[data-testid=target-saved]'))).toBe('Saved: 1 target changed.');
  });

  it('names invalid cells and sends nothing', async () => {
    const { api, element, stable } = await render();
    await type(cell(element, 'Ana Rep, Jan 2027'), '-3', stable);
    (element.querySelector('[data-testid=target-save]') as HTMLButtonElement).click();
    await stable();
    expect(api.saves).toHaveLength(0);
    expect(text(element.querySelector('[data-testid=target-problems]'))).toContain(
      'Ana Rep, Jan 2027: must be 0 or more',
    );
    expect(cell(element, 'Ana Rep, Jan 2027').getAttribute('aria-invalid')).toBe('true');
  });

  it('on CONFLICT says who changed what and reloads keeping the edits', async () => {
    const api = new FakeTargetApi();
    const conflict: ApiError = {
      code: 'CONFLICT',
      message: 'changed',
      current: {
        cells: [
          {
            name: 'Ana Rep',
            month: '2027-01',
            loaded: 1000,
            current: 1500,
            changedBy: 'Max Manager',
            changedAt: '2026-12-05T10:00:00Z',
          },
        ],
      },
    };
    api.saveAnswer = () => throwError(() => conflict);
    const { element, stable } = await render(api);
    await type(cell(element, 'Ben Rep, Feb 2027'), '600', stable);
    (element.querySelector('[data-testid=target-save]') as HTMLButtonElement).click();
    await stable();
    const box = element.querySelector('[data-testid=target-conflict]');
    expect(text(box)).toContain('Ana Rep, Jan 2027: €1,000 when you opened it, now €1,500 — changed by Max Manager on');
    api.gridAnswer = () => of({ ...GRID, reps: [{ ...GRID.reps[0], values: [1500, 2000] }, GRID.reps[1]] });
    (element.querySelector('[data-testid=target-reload]') as HTMLButtonElement).click();
    await stable();
    expect(api.gridCalls).toBe(2);
    expect(cell(element, 'Ana Rep, Jan 2027').value).toBe('1500');
    expect(cell(element, 'Ben Rep, Feb 2027').value).toBe('600');
    expect(element.querySelector('[data-testid=target-conflict]')).toBeNull();
  });

  it('on CONFLICT names who changed a cell in a whole sentence also when the date is not known', async () => {
    const api = new FakeTargetApi();
    const changed = { name: 'Ana Rep', month: '2027-01', loaded: 1000, current: 1500 };
    const conflict: ApiError = {
      code: 'CONFLICT',
      message: 'changed',
      current: {
        cells: [
          { ...changed, changedBy: 'Max Manager', changedAt: null },
          { ...changed, month: '2027-02', changedBy: null, changedAt: null },
        ],
      },
    };
    api.saveAnswer = () => throwError(() => conflict);
    const { element, stable } = await render(api);
    await type(cell(element, 'Ben Rep, Feb 2027'), '600', stable);
    (element.querySelector('[data-testid=target-save]') as HTMLButtonElement).click();
    await stable();
    expect([...element.querySelectorAll('[data-testid=target-conflict] li')].map(text)).toEqual([
      'Ana Rep, Jan 2027: €1,000 when you opened it, now €1,500 — changed by Max Manager',
      'Ana Rep, Feb 2027: €1,000 when you opened it, now €1,500 — changed by an import',
    ]);
  });

  it('asks for the team total when it is left empty', async () => {
    const { element, stable } = await render();
    element.querySelector('[data-testid=tool-distribute]')?.dispatchEvent(new Event('submit'));
    await stable();
    expect(text(element.querySelector('.tools [role=alert]'))).toBe('Enter the team total per month to distribute.');
  });

  it('distributes a total evenly over the reps of the selected month', async () => {
    const { element, stable } = await render();
    const february = element.querySelector<HTMLInputElement>('input[aria-label="Select Feb 2027"]');
    february?.click();
    await stable();
    expect(text(element.querySelector('[data-testid=tool-selection]'))).toContain('all reps × 1 month');
    const total = element.querySelector<HTMLInputElement>('[data-testid=tool-distribute] input.input');
    if (total) {
      await type(total, '1000.01', stable);
    }
    element.querySelector('[data-testid=tool-distribute]')?.dispatchEvent(new Event('submit'));
    await stable();
    expect(cell(element, 'Ana Rep, Feb 2027').value).toBe('500.01');
    expect(cell(element, 'Ben Rep, Feb 2027').value).toBe('500');
    expect(cell(element, 'Ana Rep, Jan 2027').value).toBe('1000');
  });

  it('shows the grid of the latest choice when an earlier answer arrives late', async () => {
    const api = new FakeTargetApi();
    const answers: Subject<TargetGridDto>[] = [];
    api.gridAnswer = () => {
      const answer = new Subject<TargetGridDto>();
      answers.push(answer);
      return answer;
    };
    const { element, stable } = await render(api);
    const months = element.querySelector<HTMLSelectElement>('[data-testid=target-months]');
    if (months) {
      months.value = '3';
      months.dispatchEvent(new Event('change'));
    }
    await stable();
    expect(answers).toHaveLength(2);
    answers[1].next({
      ...GRID,
      months: ['2027-01', '2027-02', '2027-03'],
      reps: [],
      team: { ...GRID.team, values: [null, null, null] },
    });
    answers[0].next(GRID);
    await stable();
    expect([...element.querySelectorAll('thead th')].map(text)).toEqual([
      'Rep',
      'Jan 2027',
      'Feb 2027',
      'Mar 2027',
      'Total',
    ]);
  });

  it('shows controlling the grid read-only, without tools', async () => {
    const api = new FakeTargetApi();
    api.gridAnswer = () => of({ ...GRID, editable: false });
    const { element } = await render(api);
    expect(element.querySelector('[data-testid=targets-read-only]')).not.toBeNull();
    expect(cell(element, 'Ana Rep, Jan 2027').readOnly).toBe(true);
    expect(element.querySelector('[data-testid=target-save]')).toBeNull();
  });
});
