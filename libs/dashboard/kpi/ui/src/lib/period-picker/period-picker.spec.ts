import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { presetPeriod } from '@salesdash/shared/domain';
import type { PeriodChoice, PeriodSelection } from '../models';
import { validateCustomRange } from './custom-range';
import { PeriodPicker, periodProgressHint } from './period-picker';

const TODAY = '2025-05-14';

describe('validateCustomRange', () => {
  it('turns the inclusive last day into the exclusive end', () => {
    expect(validateCustomRange('2025-01-01', '2025-03-31')).toEqual({
      valid: true,
      period: { from: '2025-01-01', to: '2025-04-01' },
    });
    expect(validateCustomRange('2025-02-10', '2025-02-10')).toEqual({
      valid: true,
      period: { from: '2025-02-10', to: '2025-02-11' },
    });
  });

  it('asks for missing or invalid dates, per field', () => {
    expect(validateCustomRange('', '2025-13-01')).toEqual({
      valid: false,
      errors: { from: 'Enter a start date.', to: 'Enter an end date.' },
    });
  });

  it('rejects an end before the start', () => {
    expect(validateCustomRange('2025-03-01', '2025-02-28')).toEqual({
      valid: false,
      errors: { to: 'The end must not be before the start.' },
    });
  });

  it('allows five years and rejects more', () => {
    expect(validateCustomRange('2020-01-01', '2024-12-31').valid).toBe(true);
    expect(validateCustomRange('2020-01-01', '2025-01-01')).toEqual({
      valid: false,
      errors: { to: 'A period can span at most 5 years.' },
    });
  });
});

@Component({
  imports: [PeriodPicker],
  template: `<sd-period-picker
    [selection]="selection()"
    [today]="today"
    [serverError]="serverError()"
    (selectionChange)="emitted.push($event)"
  />`,
})
class Host {
  readonly today = TODAY;
  readonly selection = signal<PeriodSelection>({ preset: 'LAST_12_MONTHS', ...presetPeriod('LAST_12_MONTHS', TODAY) });
  readonly serverError = signal<string | null>(null);
  readonly emitted: PeriodSelection[] = [];
}

async function render() {
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const radio = (label: string) =>
    [...element.querySelectorAll('label.segment')]
      .find((l) => l.textContent?.trim() === label)
      ?.querySelector('input') as HTMLInputElement;
  return { fixture, element, host: fixture.componentInstance, radio };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('periodProgressHint', () => {
  const hint = (preset: PeriodChoice, from: string, to: string) => periodProgressHint({ from, to }, preset, TODAY);

  it('counts the days of a running preset that have begun, today included', () => {
    expect(hint('THIS_MONTH', '2025-05-01', '2025-06-01')).toBe('So far: 14 of 31 days — judged on what has elapsed.');
    expect(hint('THIS_QUARTER', '2025-04-01', '2025-07-01')).toBe(
      'So far: 44 of 91 days — judged on what has elapsed.',
    );
    expect(periodProgressHint({ from: '2025-05-01', to: '2025-06-01' }, 'THIS_MONTH', '2025-05-01')).toBe(
      'So far: 1 of 31 days — judged on what has elapsed.',
    );
  });

  it('says that a period ending today is judged on what has elapsed of today', () => {
    expect(hint('YEAR_TO_DATE', '2025-01-01', '2025-05-15')).toBe(
      'Up to today — today is judged on what has elapsed of it.',
    );
  });

  it('says that a custom period reaching beyond today is running too', () => {
    expect(hint('CUSTOM', '2025-05-01', '2025-09-01')).toBe(
      'Reaches beyond today: so far 14 of 123 days — judged on what has elapsed.',
    );
    expect(hint('CUSTOM', '2025-06-01', '2025-07-01')).toBe('Starts after today: nothing has happened in it yet.');
  });

  it('says nothing about a complete period', () => {
    expect(hint('LAST_MONTH', '2025-04-01', '2025-05-01')).toBeNull();
    expect(hint('CUSTOM', '2025-01-01', '2025-05-14')).toBeNull();
  });
});

describe('PeriodPicker', () => {
  it('offers the presets and Custom as one labelled radio group, showing the current choice', async () => {
    const { element, radio } = await render();
    expect(element.querySelector('legend')?.textContent?.trim()).toBe('Period');
    const labels = [...element.querySelectorAll('label.segment')].map((l) => l.textContent?.trim());
    expect(labels).toEqual([
      'This month',
      'This quarter',
      'Year to date',
      'Last month',
      'Last quarter',
      'Last 12 months',
      'Custom',
    ]);
    expect(radio('Last 12 months').checked).toBe(true);
    const names = new Set([...element.querySelectorAll('input[type=radio]')].map((i) => i.getAttribute('name')));
    expect(names.size).toBe(1);
  });

  it.each([
    ['This month', 'THIS_MONTH', '2025-05-01', '2025-06-01'],
    ['This quarter', 'THIS_QUARTER', '2025-04-01', '2025-07-01'],
    ['Year to date', 'YEAR_TO_DATE', '2025-01-01', '2025-05-15'],
    ['Last month', 'LAST_MONTH', '2025-04-01', '2025-05-01'],
    ['Last quarter', 'LAST_QUARTER', '2025-01-01', '2025-04-01'],
    ['Last 12 months', 'LAST_12_MONTHS', '2024-05-01', '2025-05-01'],
  ])('emits the %s preset at once', async (label, preset, from, to) => {
    const { host, radio, fixture } = await render();
    if (label === 'Last 12 months') {
      radio('This month').click();
      await fixture.whenStable();
    }
    radio(label).click();
    expect(host.emitted.at(-1)).toEqual({ preset, from, to });
  });

  it('says how much of a running period has elapsed, and nothing for a complete one', async () => {
    const { element, host, fixture } = await render();
    expect(element.querySelector('[data-testid=period-progress]')).toBeNull();
    expect(element.querySelector('fieldset')?.getAttribute('aria-describedby')).toBeNull();

    host.selection.set({ preset: 'THIS_MONTH', ...presetPeriod('THIS_MONTH', TODAY) });
    await fixture.whenStable();
    const hint = element.querySelector('[data-testid=period-progress]');
    expect(hint?.textContent?.trim()).toBe('So far: 14 of 31 days — judged on what has elapsed.');
    expect(element.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe(hint?.id);
  });

  it('shows the custom dates, prefilled with the current period (both days included)', async () => {
    const { element, host, radio, fixture } = await render();
    radio('Custom').click();
    await fixture.whenStable();
    expect(host.emitted).toEqual([]);
    const from = element.querySelector('input[type=date]') as HTMLInputElement;
    const to = element.querySelectorAll('input[type=date]')[1] as HTMLInputElement;
    expect(element.querySelector(`label[for="${from.id}"]`)?.textContent?.trim()).toBe('From');
    expect(element.querySelector(`label[for="${to.id}"]`)?.textContent?.trim()).toBe('To');
    expect(from.value).toBe('2024-05-01');
    expect(to.value).toBe('2025-04-30');
  });

  it('applies a valid custom period on submit (Enter in a field submits the form)', async () => {
    const { element, host, radio, fixture } = await render();
    radio('Custom').click();
    await fixture.whenStable();
    const [from, to] = [...element.querySelectorAll('input[type=date]')] as HTMLInputElement[];
    type(from, '2025-01-01');
    type(to, '2025-03-31');
    element.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(host.emitted).toEqual([{ preset: 'CUSTOM', from: '2025-01-01', to: '2025-04-01' }]);
  });

  it('shows a validation message next to the field, marks it invalid and emits nothing', async () => {
    const { element, host, radio, fixture } = await render();
    radio('Custom').click();
    await fixture.whenStable();
    const [from, to] = [...element.querySelectorAll('input[type=date]')] as HTMLInputElement[];
    type(from, '2025-03-01');
    type(to, '2025-01-31');
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(host.emitted).toEqual([]);
    expect(to.getAttribute('aria-invalid')).toBe('true');
    const errorId = to
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    expect(element.querySelector(`#${errorId}`)?.textContent?.trim()).toBe('The end must not be before the start.');
    expect(document.activeElement).toBe(to);
  });

  it('shows an error the API reported for the period', async () => {
    const { element, host, fixture } = await render();
    host.serverError.set('from must be before to');
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('from must be before to');
  });
});
