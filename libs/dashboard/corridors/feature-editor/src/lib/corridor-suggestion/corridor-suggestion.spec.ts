import { TestBed } from '@angular/core/testing';
import { CorridorApi } from '@salesdash/dashboard/kpi/data-access';
import { of, throwError } from 'rxjs';
import type { SuggestedBands } from '../corridor-draft';
import { FakePreviewApi, SUGGESTION } from '../testing/corridor-preview.fixtures';
import { CorridorSuggestion } from './corridor-suggestion';

async function render(api = new FakePreviewApi()) {
  TestBed.configureTestingModule({ providers: [{ provide: CorridorApi, useValue: api }] });
  const fixture = TestBed.createComponent(CorridorSuggestion);
  fixture.componentRef.setInput('businessModel', 'CONSUMER_LOANS');
  fixture.componentRef.setInput('modelName', 'Consumer loans');
  fixture.componentRef.setInput('kpi', 'WIN_RATE');
  fixture.componentRef.setInput('unit', 'RATE');
  const used: SuggestedBands[] = [];
  fixture.componentInstance.use.subscribe((bands) => used.push(bands));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (testId: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)?.click();
    await fixture.whenStable();
  };
  return { element, api, used, click };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('CorridorSuggestion', () => {
  it('asks only when asked, labels the answer as a suggestion and hands its bands over on request', async () => {
    const { element, api, used, click } = await render();
    expect(api.suggestionCalls).toBe(0);
    await click('suggest');
    expect(api.suggestionCalls).toBe(1);
    const result = text(element.querySelector('[data-testid=suggestion-result]'));
    expect(result).toContain('Suggestion — not in force until you publish it');
    expect(result).toContain('Suggested: acceptable 15.2–22.1 %, tolerated 12–25 %');
    expect(result).toContain('From 46 team months of Consumer loans in the last 24 complete months');
    expect(result).toContain('10th 12.0% · 25th 15.2% · 75th 22.1% · 90th 25.0%');
    expect(used).toEqual([]);

    await click('suggestion-use');
    expect(used).toEqual([{ acceptableMin: 0.152, acceptableMax: 0.221, toleratedMin: 0.12, toleratedMax: 0.25 }]);
    expect(text(element.querySelector('[data-testid=suggestion-used]'))).toContain('give your rationale');
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
