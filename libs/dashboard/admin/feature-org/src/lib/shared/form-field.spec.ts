import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { throwError } from 'rxjs';
import type { AdminError } from '../data/admin-error';
import { FieldControl, FormField } from './form-field';
import { FormState } from './form-state';

@Component({
  imports: [FormField, FieldControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-form-field [form]="form" field="code" label="Code" hint="Letters only">
      <input sdFieldControl name="code" />
    </sd-form-field>
    <sd-form-field [form]="form" field="name" label="Name">
      <input sdFieldControl name="name" />
    </sd-form-field>
  `,
})
class TwoFields {
  readonly form = new FormState('sd-test-form', ['code', 'name'] as const);
}

const refusal: AdminError = {
  code: 'BAD_USER_INPUT',
  message: '…',
  issues: [{ field: 'input.name', message: 'must not be empty' }],
};

async function render() {
  const fixture = TestBed.createComponent(TwoFields);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const control = (name: string) => element.querySelector<HTMLInputElement>(`input[name=${name}]`);
  return { fixture, element, control };
}

describe('FormField', () => {
  it('labels its control and describes it by its hint', async () => {
    const { element, control } = await render();
    const code = control('code');
    expect(element.querySelector(`label[for="${code?.id}"]`)?.textContent).toBe('Code');
    expect(code?.getAttribute('aria-describedby')).toBe(`${code?.id}-hint`);
    expect(code?.hasAttribute('aria-invalid')).toBe(false);
    expect(control('name')?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('marks the field the API refused, shows why and focuses it', async () => {
    const { fixture, element, control } = await render();
    fixture.componentInstance.form.submit(
      throwError(() => refusal),
      () => undefined,
    );
    await fixture.whenStable();
    const name = control('name');
    expect(name?.getAttribute('aria-invalid')).toBe('true');
    expect(name?.getAttribute('aria-describedby')).toBe(`${name?.id}-error`);
    expect(element.querySelector(`#${name?.id}-error`)?.textContent).toBe('must not be empty');
    expect(document.activeElement).toBe(name);
    expect(control('code')?.hasAttribute('aria-invalid')).toBe(false);
  });
});
