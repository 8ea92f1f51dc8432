import { TestBed } from '@angular/core/testing';
import { CorridorApi } from '@salesdash/dashboard/kpi/data-access';
import { of, throwError } from 'rxjs';
import type { PreviewDraft } from '../corridor-draft';
import { afterPause, changedScope, FakePreviewApi, impactOf } from '../testing/corridor-preview.fixtures';
import { CHANGES_PAGE, CorridorImpact } from './corridor-impact';

const DRAFT: PreviewDraft = {
  businessModel: 'CONSUMER_LOANS',
  kpi: 'WIN_RATE',
  acceptableMin: 0.3,
  acceptableMax: null,
  toleratedMin: 0.2,
  toleratedMax: null,
  minSampleSize: 5,
  basis: 'VALUE',
};

async function render(draft: PreviewDraft | null, api = new FakePreviewApi(), kpi = 'WIN_RATE') {
  TestBed.configureTestingModule({ providers: [{ provide: CorridorApi, useValue: api }] });
  const fixture = TestBed.createComponent(CorridorImpact);
  fixture.componentRef.setInput('draft', draft);
  fixture.componentRef.setInput('kpi', kpi);
  fixture.componentRef.setInput('modelName', 'Consumer loans');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await afterPause();
    await fixture.whenStable();
  };
  return { fixture, element, api, settle };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function rows(element: HTMLElement, testId: string): string[] {
  return [...element.querySelectorAll(`[data-testid=${testId}] tbody tr`)].map((row) =>
    [...row.children].map((cell) => text(cell)).join(' | '),
  );
}

describe('CorridorImpact', () => {
  it('asks once the typing pauses and shows counts per status before and after, and the changed scopes', async () => {
    const { element, api, settle } = await render(DRAFT);
    expect(api.drafts).toEqual([]);
    expect(element.querySelector('[data-testid=impact-loading]')).not.toBeNull();
    await settle();
    expect(api.drafts).toEqual([DRAFT]);
    expect(text(element.querySelector('[data-testid=impact-summary]'))).toBe(
      'The draft changes the status of 1 of 24 team months and 2 of 120 rep months.',
    );
    expect(text(element.querySelector('[data-testid=impact]'))).toContain('May 2024 – Apr 2025');
    expect(rows(element, 'impact-teams')).toEqual([
      'Acceptable | 20 | 19 | −1',
      'Tolerated | 4 | 4 | 0',
      'Unacceptable | 0 | 1 | +1',
    ]);
    expect(rows(element, 'impact-reps')).toEqual([
      'Acceptable | 100 | 98 | −2',
      'Unacceptable | 0 | 2 | +2',
      'No data | 20 | 20 | 0',
    ]);
    expect(text(element.querySelector('h4'))).toBe('Changed scopes (3)');
    expect(rows(element, 'impact-changes')).toEqual([
      'Team North | Apr 2025 | 25.0% | Acceptable | Unacceptable',
      'Rep Rep 001 | Apr 2025 | 25.0% | Acceptable | Unacceptable',
      'Rep Rep 002 | Apr 2025 | 25.0% | Acceptable | Unacceptable',
    ]);
    // On VALUE the judged number is the value: no second column saying it again.
    expect(element.querySelector('[data-testid=impact-judged]')).toBeNull();
  });

  it('shows, off VALUE, the number the draft judged next to the value, in the words of the basis it was asked on', async () => {
    const api = new FakePreviewApi();
    const scope = (name: string, value: number, judgedAfter: number | null) => ({
      ...changedScope('REP', name),
      value,
      sampleSize: value,
      judgedAfter,
    });
    api.impactAnswer = () =>
      of({ ...impactOf(0), changedScopes: [scope('Ann', 19, 0.95), scope('Ben', 12, 0.6), scope('Cem', 0, null)] });
    const leads = {
      ...DRAFT,
      kpi: 'NEW_LEADS',
      acceptableMin: 1,
      toleratedMin: 0.8,
      basis: 'SHARE_OF_TARGET' as const,
    };
    const { element, fixture, settle } = await render(leads, api, 'NEW_LEADS');
    await settle();
    const headers = [...element.querySelectorAll('[data-testid=impact-changes] thead th')].map((th) => text(th));
    expect(headers).toEqual(['Team or rep', 'Month', 'Value', 'Judged by the draft', 'Before', 'After']);
    expect(rows(element, 'impact-changes')).toEqual([
      'Rep Ann | Apr 2025 | 19 | 95.0% of target | Acceptable | Unacceptable',
      'Rep Ben | Apr 2025 | 12 | 60.0% of target | Acceptable | Unacceptable',
      'Rep Cem | Apr 2025 | 0 | — | Acceptable | Unacceptable',
    ]);

    fixture.componentRef.setInput('draft', { ...leads, acceptableMin: 22, toleratedMin: 18, basis: 'PER_REP_MONTH' });
    await fixture.whenStable();
    // The answer on screen is still the one for the share of target, until the next one comes.
    expect(rows(element, 'impact-changes')[0]).toContain('95.0% of target');
    api.impactAnswer = () => of({ ...impactOf(0), changedScopes: [scope('Ann', 19, 19.5)] });
    await settle();
    expect(rows(element, 'impact-changes')).toEqual([
      'Rep Ann | Apr 2025 | 19 | 19.5 per rep-month | Acceptable | Unacceptable',
    ]);
  });

  it('filters the changed scopes by teams or reps and lists them a page at a time', async () => {
    const api = new FakePreviewApi();
    api.impactAnswer = () => of(impactOf(60));
    const { element, fixture, settle } = await render(DRAFT, api);
    await settle();
    expect(rows(element, 'impact-changes')).toHaveLength(CHANGES_PAGE);
    expect(text(element.querySelector('.more'))).toContain(`Showing ${CHANGES_PAGE} of 61.`);
    element.querySelector<HTMLButtonElement>('[data-testid=impact-more]')?.click();
    await fixture.whenStable();
    expect(rows(element, 'impact-changes')).toHaveLength(2 * CHANGES_PAGE);
    expect(text(element.querySelector('[data-testid=impact-more]'))).toBe('Show 11 more');

    element.querySelector<HTMLButtonElement>('[data-testid=impact-filter-TEAM]')?.click();
    await fixture.whenStable();
    expect(rows(element, 'impact-changes')).toEqual(['Team North | Apr 2025 | 25.0% | Acceptable | Unacceptable']);
    expect(element.querySelector('[data-testid=impact-filter-TEAM]')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[data-testid=impact-more]')).toBeNull();
  });

  it('keeps the last answer, marked busy, while the next draft is asked about, and asks only once per pause', async () => {
    const { element, fixture, api, settle } = await render(DRAFT);
    await settle();
    fixture.componentRef.setInput('draft', { ...DRAFT, acceptableMin: 0.31 });
    await fixture.whenStable();
    fixture.componentRef.setInput('draft', { ...DRAFT, acceptableMin: 0.32 });
    await fixture.whenStable();
    expect(text(element.querySelector('[data-testid=impact-summary]'))).toContain('1 of 24 team months');
    await settle();
    expect(api.drafts.map((draft) => draft.acceptableMin)).toEqual([0.3, 0.32]);

    fixture.componentRef.setInput('draft', { ...DRAFT, acceptableMin: 0.32 });
    await settle();
    expect(api.drafts).toHaveLength(2);
  });

  it('asks again for the same draft once the series has a new version, whose months may judge differently', async () => {
    const { fixture, api, settle } = await render(DRAFT);
    fixture.componentRef.setInput('version', 2);
    await settle();
    expect(api.drafts).toHaveLength(1);
    fixture.componentRef.setInput('version', 3);
    await settle();
    expect(api.drafts).toEqual([DRAFT, DRAFT]);
  });

  it('says why there is no preview while the bands cannot be read, and asks nothing', async () => {
    const { element, api, settle } = await render(null);
    await settle();
    expect(text(element.querySelector('[data-testid=impact-invalid]'))).toBe(
      'Fix the bands and the minimum sample size to see the impact.',
    );
    expect(api.drafts).toEqual([]);
  });

  it('says so when the preview fails and asks again on retry', async () => {
    const api = new FakePreviewApi();
    const answer = api.impactAnswer;
    api.impactAnswer = () => throwError(() => ({ code: 'NETWORK', message: 'down' }));
    const { element, fixture, settle } = await render(DRAFT, api);
    await settle();
    expect(text(element.querySelector('[data-testid=impact-error]'))).toContain('cannot be reached');
    api.impactAnswer = answer;
    element.querySelector<HTMLButtonElement>('[data-testid=impact-error] button')?.click();
    await fixture.whenStable();
    expect(api.drafts).toHaveLength(2);
    expect(element.querySelector('[data-testid=impact-summary]')).not.toBeNull();
  });

  it('says plainly when the draft changes nothing', async () => {
    const api = new FakePreviewApi();
    const none = impactOf(0);
    api.impactAnswer = () => of({ ...none, teams: { ...none.teams, changed: 0 }, changedScopes: [] });
    const { element, settle } = await render(DRAFT, api);
    await settle();
    expect(text(element.querySelector('[data-testid=impact-summary]'))).toBe(
      'The draft changes no status: 24 team months and 120 rep months keep theirs.',
    );
    expect(text(element.querySelector('.changes'))).toContain('No status changes.');
  });
});
