import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ImportApi, type ImportAnswer, IMPORTS_URL, type UploadStep } from './import-api';

const IMPORTED: ImportAnswer = {
  status: 'IMPORTED',
  files: [{ file: 'regions.csv', rows: 2, inserted: 1, updated: 0, unchanged: 1 }],
  durationMs: 120,
};
const REJECTED: ImportAnswer = {
  status: 'REJECTED',
  errors: ["regions.csv:3 region_id: duplicate id 'R1' (first on line 2)"],
  errorCount: 1,
};

describe('ImportApi', () => {
  let http: HttpTestingController;
  let steps: UploadStep[];
  // Every request starts with HttpClient's Sent event.
  const SENT: UploadStep = { kind: 'sending', fraction: 0 };
  let completed: boolean;

  function upload(...names: string[]) {
    TestBed.inject(ImportApi)
      .upload(names.map((name) => new File(['region_id,name\n'], name)))
      .subscribe({ next: (step) => steps.push(step), complete: () => (completed = true) });
    return http.expectOne({ method: 'POST', url: IMPORTS_URL });
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    steps = [];
    completed = false;
  });

  afterEach(() => http.verify());

  it('posts the files as multipart field "files" and asks for upload progress', () => {
    const request = upload('regions.csv', 'teams.csv');

    const body = request.request.body as FormData;
    expect((body.getAll('files') as File[]).map((file) => file.name)).toEqual(['regions.csv', 'teams.csv']);
    expect(request.request.reportProgress).toBe(true);
    request.flush(IMPORTED);
  });

  it('reports the share sent, then checking once every byte is up, then the answer', () => {
    const request = upload('regions.csv');

    request.event({ type: HttpEventType.UploadProgress, loaded: 25, total: 100 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 50 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 100, total: 100 });
    request.flush(IMPORTED);

    expect(steps).toEqual([
      SENT,
      { kind: 'sending', fraction: 0.25 },
      { kind: 'sending', fraction: null },
      { kind: 'checking' },
      { kind: 'answered', answer: IMPORTED },
    ]);
    expect(completed).toBe(true);
  });

  it('answers a 422 with the rejected import and its errors', () => {
    upload('regions.csv').flush(REJECTED, { status: 422, statusText: 'Unprocessable Entity' });

    expect(steps).toEqual([SENT, { kind: 'answered', answer: REJECTED }]);
    expect(completed).toBe(true);
  });

  it("shows a rejected bundle's problems in the reader's language, built from their codes", () => {
    const sent = {
      ...REJECTED,
      errors: ['sent in the API language'],
      issues: [
        {
          file: 'regions.csv',
          line: 3,
          column: 'region_id',
          code: 'DUPLICATE_ID',
          params: { id: 'R1', firstLine: 2 },
          message: 'x',
        },
        { file: 'teams.csv', line: 7, column: '-', code: 'A_NEWER_CODE', params: {}, message: 'kept as sent' },
      ],
    };
    upload('regions.csv').flush(sent, { status: 422, statusText: 'Unprocessable Entity' });

    expect(steps[1]).toEqual({
      kind: 'answered',
      answer: {
        status: 'REJECTED',
        errors: ["regions.csv:3 region_id: duplicate id 'R1' (first on line 2)", 'teams.csv:7 -: kept as sent'],
        errorCount: REJECTED.errorCount,
      },
    });
  });

  it('translates the refusal of an upload by its code', () => {
    upload('notes.csv').flush(
      {
        error: {
          code: 'BAD_USER_INPUT',
          messageCode: 'UPLOAD_NOT_A_BUNDLE_FILE',
          params: { file: 'notes.csv', allowed: 'regions.csv, teams.csv' },
          message: "files: 'notes.csv' is not a bundle file",
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(steps[1]).toEqual({
      kind: 'failed',
      failure: {
        kind: 'BAD_INPUT',
        message: "'notes.csv' is not a bundle file; a bundle holds only regions.csv, teams.csv",
      },
    });
  });

  it.each([
    [
      400,
      { error: { code: 'BAD_USER_INPUT', message: "files: 'notes.csv' is not a bundle file" } },
      { kind: 'BAD_INPUT', message: "'notes.csv' is not a bundle file" },
    ],
    [401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } }, { kind: 'UNAUTHENTICATED' }],
    [
      403,
      { error: { code: 'FORBIDDEN', message: 'The role MARKETING may not use this operation' } },
      { kind: 'FORBIDDEN' },
    ],
    [500, { statusCode: 500, message: 'Internal server error' }, { kind: 'SERVER' }],
    [422, { unexpected: true }, { kind: 'SERVER' }],
  ])('turns HTTP %d into a failure the page can name', (status, body, failure) => {
    upload('regions.csv').flush(body, { status, statusText: 'Error' });

    expect(steps).toEqual([SENT, { kind: 'failed', failure }]);
  });

  it('reports no answer at all as a network failure', () => {
    upload('regions.csv').error(new ProgressEvent('error'));

    expect(steps).toEqual([SENT, { kind: 'failed', failure: { kind: 'NETWORK' } }]);
  });

  it('treats a 200 without an import answer as a server failure', () => {
    upload('regions.csv').flush('<html>proxy page</html>');

    expect(steps).toEqual([SENT, { kind: 'failed', failure: { kind: 'SERVER' } }]);
  });
});
