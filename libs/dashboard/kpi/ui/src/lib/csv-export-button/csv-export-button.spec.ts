import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CsvExportButton, type ExportProgress } from './csv-export-button';

@Component({
  imports: [CsvExportButton],
  template: `<sd-csv-export-button
    label="Export (CSV)"
    buttonTestId="x-export"
    [progress]="progress()"
    [disabled]="empty()"
    (run)="runs = runs + 1"
  />`,
})
class Host {
  readonly progress = signal<ExportProgress>({ busy: false, message: null, failed: false });
  readonly empty = signal(false);
  runs = 0;
}

async function render() {
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, button: element.querySelector<HTMLButtonElement>('[data-testid=x-export]') };
}

describe('CsvExportButton', () => {
  it('runs the export on a click and says how it went, a failure as an error', async () => {
    const { fixture, element, button } = await render();
    button?.click();
    expect(fixture.componentInstance.runs).toBe(1);
    fixture.componentInstance.progress.set({ busy: true, message: 'Preparing the file…', failed: false });
    await fixture.whenStable();
    expect(button?.disabled).toBe(true);
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Preparing the file…');
    fixture.componentInstance.progress.set({ busy: false, message: 'The export failed: 403', failed: true });
    await fixture.whenStable();
    expect(button?.disabled).toBe(false);
    expect(element.querySelector('[role=status]')?.classList).toContain('field-error');
  });

  it('cannot be pressed with nothing to export', async () => {
    const { fixture, button } = await render();
    fixture.componentInstance.empty.set(true);
    await fixture.whenStable();
    expect(button?.disabled).toBe(true);
  });
});
