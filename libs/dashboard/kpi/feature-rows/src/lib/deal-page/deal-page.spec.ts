import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { of, throwError } from 'rxjs';
import { type DealHistoryDto, KpiRowsApi } from '../data-access/kpi-rows-api';
import { DealPage } from './deal-page';

const DEAL: DealHistoryDto = {
  dealId: 'D-1',
  customerId: 'C-1',
  businessModel: 'CONSUMER_LOANS',
  segment: null,
  sourceTouchpoint: 'WEB',
  createdAt: '2026-01-01T09:00:00.000Z',
  amount: null,
  repId: 'U-1',
  repName: 'Ann',
  teamName: 'North 1',
  events: [{ eventId: 'E1', stage: 'WON', occurredAt: '2026-01-20T09:00:00.000Z', infoComplete: null }],
  interactions: [],
  feedback: [
    {
      feedbackId: 'F1',
      occurredAt: '2026-01-21T00:00:00.000Z',
      stage: 'WON',
      touchpoint: 'PHONE',
      csat: 1,
      nps: null,
      comment: 'Nobody called back',
    },
  ],
};

async function open(answer: () => ReturnType<KpiRowsApi['deal']>) {
  const asked: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'deals/:dealId', component: DealPage }]),
      provideLocationMocks(),
      {
        provide: KpiRowsApi,
        useValue: {
          deal: (id: string) => {
            asked.push(id);
            return answer();
          },
        },
      },
      {
        provide: KpiApi,
        useValue: { businessModels: () => of([{ code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' }]) },
      },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/deals/D-1', DealPage);
  await harness.fixture.whenStable();
  return { element: harness.routeNativeElement as HTMLElement, asked };
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('DealPage', () => {
  it('shows the deal’s facts and its story, the negative feedback marked, no amount when the role sees none', async () => {
    const { element, asked } = await open(() => of(DEAL));
    expect(asked).toEqual(['D-1']);
    expect(text(element.querySelector('h1'))).toBe('Deal D-1');
    expect(text(element.querySelector('.subtitle'))).toBe('C-1 · Consumer loans · Ann');
    const facts = [...element.querySelectorAll('[data-testid=deal-facts] div')].map((fact) => [
      text(fact.querySelector('dt')),
      text(fact.querySelector('dd')),
    ]);
    expect(facts.map(([label]) => label)).toEqual(['Created', 'Segment', 'Source', 'Rep', 'Team']);
    expect(facts[2]).toEqual(['Source', 'Web']);
    const rows = element.querySelectorAll('[data-testid=deal-timeline] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[1].classList).toContain('negative');
    expect(text(rows[1])).toContain('negative');
    expect(text(rows[1])).toContain('“Nobody called back”');
  });

  it('says plainly when the deal may not be seen', async () => {
    const { element } = await open(() =>
      throwError(() => ({ code: 'FORBIDDEN', message: 'A sales rep sees only their own deals' })),
    );
    expect(text(element.querySelector('[data-testid=deal-error]'))).toContain('A sales rep sees only their own deals');
  });
});
