import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { ImportApi, type UploadStep } from '../import-api';
import { ImportPage } from './import-page';

class FakeImportApi {
  readonly uploads: { names: string[]; steps: Subject<UploadStep> }[] = [];

  upload(files: readonly File[]) {
    const steps = new Subject<UploadStep>();
    this.uploads.push({ names: files.map((file) => file.name), steps });
    return steps;
  }

  /** Emits a step of the last upload. */
  emit(step: UploadStep): void {
    this.uploads.at(-1)?.steps.next(step);
  }
}

function csv(name: string, content = 'region_id,name\nR1,North\n'): File {
  return new File([content], name, { type: 'text/csv' });
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function render() {
  const api = new FakeImportApi();
  TestBed.configureTestingModule({ providers: [{ provide: ImportApi, useValue: api }] });
  const fixture = TestBed.createComponent(ImportPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const choose = async (...files: File[]) => {
    const input = element.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) {
      throw new Error('no file input');
    }
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await stable();
  };
  const uploadButton = () => element.querySelector<HTMLButtonElement>('[data-testid=upload]');
  const upload = async () => {
    uploadButton()?.click();
    await stable();
  };
  const emit = async (step: UploadStep) => {
    api.emit(step);
    await stable();
  };
  return { api, element, choose, upload, uploadButton, emit, stable };
}

describe('ImportPage', () => {
  it('says that an error writes nothing and that importing the same rows again changes nothing', async () => {
    const { element } = await render();

    const rules = text(element.querySelector('[data-testid=import-rules]'));
    expect(rules).toContain('when any row has an error, nothing at all is written');
    expect(rules).toContain('importing the same rows again changes nothing');
    expect(rules).toContain('regions.csv, teams.csv, users.csv, deals.csv, stage_events.csv, interactions.csv');
    expect(rules).toContain('At most 64 MB per file and 128 MB per upload');
  });

  it('lists the chosen files with their sizes and flags a name that is not part of a bundle before upload', async () => {
    const { element, choose, uploadButton } = await render();
    expect(uploadButton()?.disabled).toBe(true);

    await choose(csv('notes.csv'), csv('regions.csv', 'region_id,name\n' + 'R1,North\n'.repeat(200)));

    const rows = [...element.querySelectorAll('[data-testid=chosen-files] tbody tr')];
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map(text))).toEqual([
      ['regions.csv', '1.8 kB', 'Bundle file'],
      ['notes.csv', '24 bytes', 'Not a bundle file'],
    ]);
    expect(uploadButton()?.disabled).toBe(true);
    const hint = element.querySelector('[data-testid=choice-hint]');
    expect(text(hint)).toContain('Remove the files marked “Not a bundle file” first: a bundle holds only regions.csv');
    expect(uploadButton()?.getAttribute('aria-describedby')).toBe(hint?.id);
  });

  it('lets the user remove a flagged file, then upload the rest', async () => {
    const { api, element, choose, upload, uploadButton, stable } = await render();
    await choose(csv('notes.csv'), csv('regions.csv'), csv('teams.csv'));

    element.querySelector<HTMLButtonElement>('tr[data-file="notes.csv"] button')?.click();
    await stable();
    expect(text(uploadButton())).toBe('Upload 2 files');
    await upload();

    expect(api.uploads.map((entry) => entry.names)).toEqual([['regions.csv', 'teams.csv']]);
  });

  it('adds dropped files, and the same name chosen again replaces the earlier file', async () => {
    const { element, choose, stable } = await render();
    await choose(csv('regions.csv'));
    const zone = element.querySelector('[data-testid=drop-zone]');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [csv('deals.csv'), csv('regions.csv', 'x\n')] } });

    zone?.dispatchEvent(drop);
    await stable();

    expect(drop.defaultPrevented).toBe(true);
    const rows = [...element.querySelectorAll('[data-testid=chosen-files] tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th')) + ' ' + text(row.querySelector('td')))).toEqual([
      'regions.csv 2 bytes',
      'deals.csv 24 bytes',
    ]);
  });

  it('shows the upload progress, then checking and loading, then the rows per file', async () => {
    const { element, choose, upload, uploadButton, emit } = await render();
    await choose(csv('regions.csv'), csv('teams.csv'));
    await upload();

    await emit({ kind: 'sending', fraction: 0.4 });
    const progress = element.querySelector<HTMLProgressElement>('[data-testid=upload-progress] progress');
    expect(progress?.value).toBe(40);
    expect(progress?.getAttribute('aria-label')).toBe('Upload progress');
    expect(text(element.querySelector('[data-testid=upload-progress] [role=status]'))).toBe('Uploading… 40 %');
    expect(uploadButton()?.disabled).toBe(true);
    expect(element.querySelector<HTMLInputElement>('input[type=file]')?.disabled).toBe(true);

    await emit({ kind: 'checking' });
    expect(element.querySelector('[data-testid=upload-progress]')).toBeNull();
    expect(text(element.querySelector('[data-testid=upload-checking]'))).toBe(
      'Uploaded. Checking and loading the rows…',
    );

    await emit({
      kind: 'answered',
      answer: {
        status: 'IMPORTED',
        files: [
          { file: 'regions.csv', rows: 3, inserted: 1, updated: 1, unchanged: 1 },
          { file: 'deals.csv', rows: 24_385, inserted: 24_000, updated: 0, unchanged: 385 },
        ],
        durationMs: 1234,
      },
    });
    const done = element.querySelector('[data-testid=import-done]');
    expect(text(done?.querySelector('h2'))).toBe('Imported 24,388 rows in 1.2 s');
    expect(document.activeElement).toBe(done?.querySelector('h2'));
    const table = [...(done?.querySelectorAll('tbody tr, tfoot tr') ?? [])].map((row) =>
      [...row.querySelectorAll('th, td')].map(text),
    );
    expect(table).toEqual([
      ['regions.csv', '3', '1', '1', '1'],
      ['deals.csv', '24,385', '24,000', '0', '385'],
      ['All files', '24,388', '24,001', '1', '386'],
    ]);
    expect(element.querySelector('[data-testid=upload-checking]')).toBeNull();
    expect(uploadButton()?.disabled).toBe(false);
  });

  it('says a quick import of one row in milliseconds and in the singular, without a total line', async () => {
    const { element, choose, upload, emit } = await render();
    await choose(csv('regions.csv'));
    await upload();

    await emit({
      kind: 'answered',
      answer: {
        status: 'IMPORTED',
        files: [{ file: 'regions.csv', rows: 1, inserted: 1, updated: 0, unchanged: 0 }],
        durationMs: 45.4,
      },
    });

    const done = element.querySelector('[data-testid=import-done]');
    expect(text(done?.querySelector('h2'))).toBe('Imported 1 row in 45 ms');
    expect(done?.querySelector('tfoot')).toBeNull();
  });

  it('shows every error of a rejected upload with the count, says when the list is capped, and copies it', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { element, choose, upload, emit, stable } = await render();
    await choose(csv('deals.csv'));
    await upload();
    const errors = ['deals.csv:2 amount: must be ≥ 0', "deals.csv:3 rep_id: unknown user 'U9'"];

    await emit({ kind: 'answered', answer: { status: 'REJECTED', errors, errorCount: 1502 } });

    const panel = element.querySelector('[data-testid=import-errors]');
    expect(text(panel?.querySelector('[data-testid=error-count]'))).toBe('Nothing was imported: 1,502 errors');
    expect([...(panel?.querySelectorAll('[data-testid=error-list] li') ?? [])].map(text)).toEqual(errors);
    expect(text(panel)).toContain('Showing the first 2 of 1,502 errors.');
    expect(panel?.querySelector('.errors')?.getAttribute('tabindex')).toBe('0');

    panel?.querySelector<HTMLButtonElement>('.errors-head button')?.click();
    await stable();
    await stable();

    expect(writeText).toHaveBeenCalledWith(errors.join('\n'));
    expect(text(panel?.querySelector('.copy-status'))).toBe('Copied 2 lines to the clipboard.');
  });

  it('says one error in the singular, without a capped note', async () => {
    const { element, choose, upload, emit } = await render();
    await choose(csv('deals.csv'));
    await upload();

    await emit({
      kind: 'answered',
      answer: { status: 'REJECTED', errors: ['deals.csv:1 colour: unknown'], errorCount: 1 },
    });

    expect(text(element.querySelector('[data-testid=error-count]'))).toBe('Nothing was imported: 1 error');
    expect(element.querySelector('[data-testid=import-errors] .notice')).toBeNull();
  });

  it.each<[string, UploadStep, string]>([
    [
      'a refused upload (400)',
      { kind: 'failed', failure: { kind: 'BAD_INPUT', message: "'regions.csv' is uploaded twice" } },
      "The upload was refused: 'regions.csv' is uploaded twice",
    ],
    [
      'a forbidden role (403)',
      { kind: 'failed', failure: { kind: 'FORBIDDEN' } },
      'Your role may not import data. Controlling and administrators can.',
    ],
    [
      'an ended session (401)',
      { kind: 'failed', failure: { kind: 'UNAUTHENTICATED' } },
      'Your session has ended. Sign in again, then upload the files once more.',
    ],
    [
      'no answer',
      { kind: 'failed', failure: { kind: 'NETWORK' } },
      'The server cannot be reached. Check your connection and try again; nothing was imported.',
    ],
  ])('names %s plainly', async (_case, step, message) => {
    const { element, choose, upload, emit } = await render();
    await choose(csv('regions.csv'));
    await upload();

    await emit(step);

    const alert = element.querySelector('[role=alert][data-testid=upload-failed]');
    expect(text(alert?.querySelector('h2'))).toBe('The upload did not go through');
    expect(text(alert?.querySelector('p'))).toBe(message);
  });

  it('forgets the last answer when the choice changes', async () => {
    const { element, choose, upload, emit } = await render();
    await choose(csv('regions.csv'));
    await upload();
    await emit({ kind: 'failed', failure: { kind: 'NETWORK' } });

    await choose(csv('teams.csv'));

    expect(element.querySelector('[data-testid=upload-failed]')).toBeNull();
  });
});
