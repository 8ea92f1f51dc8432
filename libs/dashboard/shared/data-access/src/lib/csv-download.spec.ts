import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CsvDownload, type DownloadFailure, fileNameOf } from './csv-download';

describe('CsvDownload', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
  });

  it('reads the file name of the answer', () => {
    expect(fileNameOf('attachment; filename="targets-T1.csv"', 'x.csv')).toBe('targets-T1.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });

  it('asks with the parameters and saves the file under its name', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const done = firstValueFrom(
      TestBed.inject(CsvDownload).download('/api/exports/x', { teamId: 'T1', months: 3 }, 'x.csv'),
    );
    const request = TestBed.inject(HttpTestingController).expectOne('/api/exports/x?teamId=T1&months=3');
    request.flush(new Blob(['a,b']), { headers: { 'Content-Disposition': 'attachment; filename="t.csv"' } });
    expect(await done).toBe('t.csv');
    expect(click).toHaveBeenCalled();
  });

  it('fails with the API’s message', async () => {
    const done = firstValueFrom(TestBed.inject(CsvDownload).download('/api/exports/x', {}, 'x.csv')).catch(
      (failure: DownloadFailure) => failure,
    );
    const body = new Blob([JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Not your team' } })]);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/exports/x')
      .flush(body, { status: 403, statusText: 'Forbidden' });
    expect(await done).toEqual({ status: 403, message: 'Not your team' });
  });
});
