import { TestBed } from '@angular/core/testing';
import { CorridorApi, type CorridorSuggestionDto } from '@salesdash/dashboard/kpi/data-access';
import type { CorridorBasis } from '@salesdash/shared/domain';
import { of, Subject, throwError } from 'rxjs';
import { FakePreviewApi, SUGGESTION } from '../testing/corridor-preview.fixtures';
import { CorridorSuggestion, type SuggestedBands } from './corridor-suggestion';

async function render(api = new FakePreviewApi(), kpi = 'WIN_RATE', basis: CorridorBasis = 'VALUE') {
  TestBed.configureTestingModule({ providers: [{ provide: CorridorApi, useValue: api }] });
  const fixture = TestBed.createComponent(CorridorSuggestion);
  fixture.componentRef.setInput('businessModel', 'CONSUMER_LOANS');
  fixture.componentRef.setInput('modelName', 'Consumer loans');
  fixture.componentRef.setInput('kpi', kpi);
  fixture.componentRef.setInput('basis', basis);
  const used: SuggestedBands[] = [];
  fixture.componentInstance.use.subscribe((bands) => used.push(bands));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (testId: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)?.click();
    await fixture.whenStable();
  };
  return { fixture, element, api, used, click };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('CorridorSuggestion', () => {
  it('asks only when asked, labels the answer as a one-sided suggestion on its basis and hands it over on request', async () => {
    const { element, api, used, click } = await render();
    expect(api.suggestionCalls).toBe(0);
    await click('suggest');
    expect(api.suggestionBases).toEqual(['VALUE']);
    const result = text(element.querySelector('[data-testid=suggestion-result]'));
    expect(result).toContain('Suggestion — not in force until you publish it');
    expect(text(element.querySelector('[data-testid=suggestion-basis]'))).toBe(
      'Team months judged on the value as it is.',
    );
    expect(text(element.querySelector('[data-testid=suggestion-bands]'))).toBe(
      'Suggested: acceptable ≥ 15.2 %, tolerated ≥ 12 %',
    );
    expect(text(element.querySelector('[data-testid=suggestion-direction]'))).toBe(
      'Higher is better: only lower bounds are suggested.',
    );
    expect(result).toContain(
      'From 46 team months of Consumer loans in the last 24 complete months (the running month and the months before the model had data left out): acceptable from the 25th percentile, tolerated from the 10th.',
    );
    expect(result).toContain('10th 12.0% · 25th 15.2% · 75th 22.1% · 90th 25.0%');
    expect(used).toEqual([]);

    await click('suggestion-use');
    expect(used).toEqual([
      { basis: 'VALUE', bounds: { acceptableMin: 0.152, acceptableMax: null, toleratedMin: 0.12, toleratedMax: null } },
    ]);
    expect(text(element.querySelector('[data-testid=suggestion-used]'))).toContain('the other side left open');
  });

  it('asks on the chosen basis and shows the bands and percentiles in its units', async () => {
    const api = new FakePreviewApi();
    api.suggestionAnswer = () =>
      of({
        ...SUGGESTION,
        kpi: 'NEW_LEADS',
        basis: 'SHARE_OF_TARGET' as const,
        acceptableMin: 0.96349,
        toleratedMin: 0.81204,
        percentiles: { p10: 0.81204, p25: 0.96349, p75: 1.12, p90: 1.25 },
      });
    const { element, used, click } = await render(api, 'NEW_LEADS', 'SHARE_OF_TARGET');
    await click('suggest');
    expect(api.suggestionBases).toEqual(['SHARE_OF_TARGET']);
    expect(text(element.querySelector('[data-testid=suggestion-basis]'))).toBe(
      'Team months judged as a share of the target to date.',
    );
    expect(text(element.querySelector('[data-testid=suggestion-bands]'))).toBe(
      'Suggested: acceptable ≥ 96.3 % of target to date, tolerated ≥ 81.2 %',
    );
    expect(text(element.querySelector('[data-testid=suggestion-result]'))).toContain(
      '10th 81.2% · 25th 96.3% · 75th 112.0% · 90th 125.0%',
    );
    await click('suggestion-use');
    expect(used[0]).toEqual({
      basis: 'SHARE_OF_TARGET',
      bounds: { acceptableMin: 0.963, acceptableMax: null, toleratedMin: 0.812, toleratedMax: null },
    });
  });

  it('says why both sides are suggested where both matter, and only upper bounds where lower is better', async () => {
    const api = new FakePreviewApi();
    api.suggestionAnswer = () =>
      of({
        ...SUGGESTION,
        kpi: 'SALES_CYCLE_DAYS',
        direction: 'BOTH_SIDES' as const,
        acceptableMax: 30,
        toleratedMax: 40,
      });
    const { element, click } = await render(api, 'SALES_CYCLE_DAYS');
    await click('suggest');
    expect(text(element.querySelector('[data-testid=suggestion-direction]'))).toBe(
      'Both sides matter: Too fast a close skips structuring and credit checks, too slow a one loses the customer.',
    );
    TestBed.resetTestingModule();
    const lower = new FakePreviewApi();
    lower.suggestionAnswer = () =>
      of({
        ...SUGGESTION,
        kpi: 'DEFAULT_RATE',
        direction: 'LOWER_IS_BETTER' as const,
        acceptableMin: null,
        toleratedMin: null,
        acceptableMax: 0.02,
        toleratedMax: 0.04,
      });
    const rendered = await render(lower, 'DEFAULT_RATE');
    await rendered.click('suggest');
    expect(text(rendered.element.querySelector('[data-testid=suggestion-direction]'))).toBe(
      'Lower is better: only upper bounds are suggested.',
    );
  });

  it('drops a suggestion when the basis changes, and an answer for a basis left before it came', async () => {
    const { fixture, element, api, click } = await render(new FakePreviewApi(), 'NEW_LEADS', 'PER_REP_MONTH');
    await click('suggest');
    expect(element.querySelector('[data-testid=suggestion-result]')).not.toBeNull();
    fixture.componentRef.setInput('basis', 'SHARE_OF_TARGET');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=suggestion-result]')).toBeNull();
    expect(element.querySelector('[data-testid=suggest]')).not.toBeNull();

    const late = new Subject<CorridorSuggestionDto>();
    api.suggestionAnswer = () => late;
    await click('suggest');
    fixture.componentRef.setInput('basis', 'VALUE');
    await fixture.whenStable();
    late.next(SUGGESTION);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=suggestion-result]')).toBeNull();
    expect(api.suggestionBases).toEqual(['PER_REP_MONTH', 'SHARE_OF_TARGET']);
  });

  it('gives the reason instead of bands when the history is too short', async () => {
    const api = new FakePreviewApi();
    api.suggestionAnswer = () =>
      of({
        ...SUGGESTION,
        basedOn: 3,
        acceptableMin: null,
        acceptableMax: null,
        toleratedMin: null,
        toleratedMax: null,
        percentiles: null,
        reason: 'only 3 team months with data in the last 24 months; at least 8 are needed',
      });
    const { element, click } = await render(api);
    await click('suggest');
    expect(text(element.querySelector('[data-testid=suggestion-result]'))).toContain(
      'No suggestion: only 3 team months with data in the last 24 months; at least 8 are needed.',
    );
    expect(element.querySelector('[data-testid=suggestion-use]')).toBeNull();
  });

  it('says so when the suggestion fails, and asks again on retry', async () => {
    const api = new FakePreviewApi();
    api.suggestionAnswer = () => throwError(() => ({ code: 'FORBIDDEN', message: 'no' }));
    const { element, click } = await render(api);
    await click('suggest');
    expect(text(element.querySelector('[role=alert]'))).toContain('You may not see these corridors.');
    api.suggestionAnswer = () => of(SUGGESTION);
    element.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(api.suggestionCalls).toBe(2);
  });
});
