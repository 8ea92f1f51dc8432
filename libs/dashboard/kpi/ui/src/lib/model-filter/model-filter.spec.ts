import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ModelFilter } from './model-filter';

@Component({
  imports: [ModelFilter],
  template: `<sd-model-filter
    [models]="models"
    [selected]="selected()"
    [error]="error()"
    (selectedChange)="emitted.push($event)"
  />`,
})
class Host {
  readonly models = [
    { code: 'PREMIUM_FINANCING', name: 'Premium financing' },
    { code: 'CONSUMER_LOANS', name: 'Consumer loans' },
  ];
  readonly selected = signal<string | null>('CONSUMER_LOANS');
  readonly error = signal<string | null>(null);
  readonly emitted: (string | null)[] = [];
}

describe('ModelFilter', () => {
  it('is a labelled select of all models or one, and emits the choice', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const select = element.querySelector('select') as HTMLSelectElement;
    expect(element.querySelector(`label[for="${select.id}"]`)?.textContent?.trim()).toBe('Business model');
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual([
      'All models',
      'Premium financing',
      'Consumer loans',
    ]);
    expect(select.value).toBe('CONSUMER_LOANS');

    select.value = '';
    select.dispatchEvent(new Event('change'));
    select.value = 'PREMIUM_FINANCING';
    select.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.emitted).toEqual([null, 'PREMIUM_FINANCING']);
  });

  it('shows an API error next to the field', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.error.set('Unknown business model');
    await fixture.whenStable();
    const select = fixture.nativeElement.querySelector('select') as HTMLSelectElement;
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const describedBy = select.getAttribute('aria-describedby');
    expect(fixture.nativeElement.querySelector(`#${describedBy}`)?.textContent?.trim()).toBe('Unknown business model');
  });
});
